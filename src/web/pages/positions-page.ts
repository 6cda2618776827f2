import { cited } from '../../domain/people/cited.js';
import { dateLabel } from '../../domain/people/fact-date.js';
import { holderOn } from '../../domain/people/office-holders.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import { positionsTimeline } from '../../domain/people/positions.js';
import { type VoteView, votesView } from '../../domain/people/vote-view.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { State } from '../../domain/state.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { asOfForm, citedList, factDateWords, sourcesShort, stanceTag } from '../people-parts.js';

/**
 * A state's positions and votes: who holds which office on the date, the positions timeline (what
 * each speaker said, when, quoted and sourced), and each vote with its counts, the majority its rule
 * requires and the result derived from it — with every threshold or count a source states otherwise.
 */
export function positionsPage(index: RecordIndex, people: PeopleRecord, state: State, on: string, links: Links): string {
  const path = `/states/${state.iso3}/positions`;
  const positions = positionsTimeline(people, { iso3: state.iso3, on });
  const votes = votesView(index, people, state.iso3);
  const posts = people.data.posts.filter((p) => p.iso3 === state.iso3);
  const main = html`<p class="note"><a href="${links.page(`/states/${state.iso3}`)}">${state.name}</a> › Positions and votes</p>
<h1>${state.name}: positions and votes</h1>
<p class="lede">Who holds which office, what they said about withdrawing, and how parliament voted — as known on <strong>${longDate(on)}</strong>.</p>
${asOfForm(path, on, links)}
${links.mode === 'live' ? html`<p><a href="${links.page('/media-pack', { kind: 'media_pack', state: state.iso3, on })}">Build a media pack, letter or briefing for ${state.name}</a> · <a href="${links.page('/campaign', { state: state.iso3 })}">Campaign log for ${state.name}</a></p>` : ''}
<section aria-labelledby="holders-h"><h2 id="holders-h">Office holders on ${longDate(on)}</h2>
${posts.length === 0 ? html`<p>No office of ${state.name} is in the record.</p>` : html`<div class="table-wrap"><table><thead><tr><th scope="col">Post</th><th scope="col">Holder</th><th scope="col">Since</th><th scope="col">Sources</th></tr></thead>
<tbody>${posts.map((p) => {
    const h = holderOn(people, p.id, on);
    const who = h?.person ? html`<a href="${links.page(`/people/${h.person.id}`)}">${h.person.name}</a>${h.membership?.acting ? html` <span class="note">(acting)</span>` : ''}` : html`<span class="note">nobody in the record</span>`;
    const since = h?.certainty === 'in_office' && h.membership?.start ? longDate(h.membership.start) : h?.certainty === 'last_seen' ? html`<span class="note">dates unknown; last seen ${h.lastSeen ? longDate(h.lastSeen) : ''}</span>` : '—';
    return html`<tr><th scope="row">${p.label}</th><td>${who}</td><td>${since}</td><td>${h?.membership ? sourcesShort(links, cited(index, people, h.membership.sources)) : ''}</td></tr>`;
  })}</tbody></table></div>`}
</section>
<section aria-labelledby="positions-h"><h2 id="positions-h">Positions timeline</h2>
${positions.length === 0 ? html`<p>No statement on withdrawal by ${longDate(on)} is recorded.</p>` : html`<p class="note">“For withdrawing” means in favour of leaving the treaty the question names.</p>
<ol class="timeline">${positions.map((p) => html`<li id="statement-${p.statement.id}"><span class="when">${factDateWords(dateLabel(p.statement.date))}</span>${p.known === 'possibly' ? html` <span class="note">(date imprecise: may be after ${longDate(on)})</span>` : ''} — <a href="${links.page(`/people/${p.speaker.id}`)}">${p.speaker.name}</a>${p.statement.roleAsStated ?? p.post?.label ? html`, ${p.statement.roleAsStated ?? p.post?.label}` : ''}: ${stanceTag(p.statement.stance, p.statement.modality)}${p.statement.verified ? '' : html` <span class="unverified">unverified</span>`}
<br><span class="note">${p.question.text}</span>
<blockquote>${p.statement.quoteKind === 'reported' ? html`<span class="note">Reported:</span> ` : ''}${p.statement.quote}</blockquote>${p.statement.note ? html`<p class="note">${p.statement.note}</p>` : ''}${citedList(links, cited(index, people, p.statement.sources), { quotes: false })}</li>`)}</ol>`}
</section>
<section aria-labelledby="votes-h"><h2 id="votes-h">Votes</h2>
${votes.length === 0 ? html`<p>No vote is recorded.</p>` : votes.map((v) => vote(v, links))}
</section>`;
  return layout({ title: `${state.name}: positions and votes`, description: `${state.name}: office holders, the positions timeline with quotes and sources, and parliamentary votes with the required majority.`, path, links }, main);
}

function vote(v: VoteView, links: Links): SafeHtml {
  const disputes = v.thresholds.filter((t) => t.agreesWithRule === false);
  const result = v.outcome === 'unknown' ? 'Result unknown' : v.outcome === 'adopted' ? 'Adopted' : 'Rejected';
  const margin = v.margin === undefined ? '' : v.margin >= 0 ? ` with ${v.margin} votes to spare` : `, ${-v.margin} votes short`;
  return html`<article class="vote" aria-labelledby="vote-${v.id}"><h3 id="vote-${v.id}">${longDate(v.date)} — ${v.body}${v.stage === 'preliminary' ? html` <span class="note">(earlier stage)</span>` : ''}</h3>
<p>${v.motion}</p>
<dl class="vote-facts">
<dt>Counts</dt><dd>${v.countsText}${v.seats === null ? '' : ` of ${v.seats} seats`}</dd>
<dt>Required majority</dt><dd>${v.rule ? html`${v.arithmetic ?? v.rule.text}${v.rule.verified ? '' : html` <span class="unverified">inferred: legal basis not found</span>`}${v.rule.note ? html`<br><span class="note">${v.rule.note}</span>` : ''}<br><span class="note">Rule: ${sourcesShort(links, v.rule.sources)}</span>` : html`<span class="note">not in the record</span>`}</dd>
<dt>Result</dt><dd><strong>${result}</strong>${v.derived ? html` — derived from the rule${margin}` : html` <span class="note">(as reported; the rule could not decide it)</span>`}${v.reportDisagrees ? html` <span class="unverified">sources report a different result</span>` : ''}</dd>
</dl>
${disputes.length > 0 || v.otherCounts.length > 0 ? html`<aside class="disagree" aria-label="Where sources disagree"><h4>Where sources disagree</h4><ul>
${disputes.map((t) => html`<li>A source states the threshold as <strong>${t.votes}</strong> votes; the rule gives <strong>${v.required ?? '?'}</strong>.${t.note ? html` <span class="note">${t.note}</span>` : ''} ${sourcesShort(links, t.sources)}</li>`)}
${v.otherCounts.map((c) => html`<li>Another count: ${c.text}${c.note ? html` <span class="note">(${c.note})</span>` : ''} ${sourcesShort(links, c.sources)}</li>`)}
</ul></aside>` : ''}
${v.thresholds.filter((t) => t.agreesWithRule !== false).map((t) => html`<p class="note">Stated threshold ${t.votes}: ${t.agreesWithRule === null ? 'not comparable with the rule' : 'agrees with the rule'} (${sourcesShort(links, t.sources)})</p>`)}
${v.individualVotes.length > 0 ? html`<details><summary>${v.individualVotes.length} named votes</summary><ul>${v.individualVotes.map((i) => html`<li>${i.name}: ${i.option}${i.group ? html` <span class="note">(${i.group})</span>` : ''}</li>`)}</ul></details>` : ''}
${v.note ? html`<p class="note">${v.note}</p>` : ''}
${v.verified ? '' : html`<p class="unverified">Not checked against an independent source.</p>`}
${citedList(links, v.sources)}</article>`;
}
