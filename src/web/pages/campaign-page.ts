import type { EngagementView } from '../../domain/people/campaign-views.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import { type SpokespersonQuery, findSpokespeople } from '../../domain/people/spokespeople.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { State } from '../../domain/state.js';
import { engagementsJson, spokespersonRow } from '../../present/people-json.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { citedList, factDateWords, sourcesShort } from '../people-parts.js';

/** What the campaign page was asked: the spokespeople filter, the state of the log, and a refusal to show. */
export interface CampaignQuery {
  readonly spokespeople: SpokespersonQuery;
  readonly state?: State;
  /** The form's fields as typed, to fill the form again. */
  readonly typed: { readonly language: string; readonly place: string; readonly on: string; readonly state: string };
  readonly error?: { readonly field: string; readonly message: string };
}

/**
 * The campaign log: spokespeople with a language / place / date filter ("who speaks Polish and is in
 * Vilnius on 2025-04-01?"), and the engagements — letters, meetings, visits, press releases — from
 * whom, to whom (a post resolved to its holder that day), with replies and follow-ups.
 */
export function campaignPage(index: RecordIndex, people: PeopleRecord, q: CampaignQuery, links: Links): string {
  const log = engagementsJson(index, people, q.state?.iso3).engagements;
  const main = html`<h1>Campaign log</h1>
<p class="lede">Who can speak where and in which language, and what the campaign has sent, asked and heard back — every entry with its source.</p>
${q.error ? html`<p class="error" role="alert" id="form-error"><strong>${q.error.field}:</strong> ${q.error.message}</p>` : ''}
<section aria-labelledby="spokespeople-h"><h2 id="spokespeople-h">Spokespeople</h2>
${filterForm(q, links)}
${q.error ? '' : spokespeople(index, people, q, links)}
</section>
<section aria-labelledby="log-h"><h2 id="log-h">Engagements${q.state ? html`: ${q.state.name}` : ''} <span class="note">(${log.length})</span></h2>
${q.state ? html`<p><a href="${links.page('/campaign')}">Show every state</a> · <a href="${links.page(`/states/${q.state.iso3}/positions`)}">${q.state.name}: positions and votes</a></p>` : ''}
${log.length === 0 ? html`<p>No engagement is recorded.</p>` : html`<ol class="timeline">${log.map((e) => engagement(e, links))}</ol>`}
</section>
<p><a href="${links.page('/people')}">Everyone in the record</a> · <a href="${links.page('/media-pack')}">Build a media pack or letter</a></p>`;
  return layout({ title: 'Campaign log', description: 'Spokespeople by language, place and date, and the campaign log of letters, meetings, visits and press releases.', path: '/campaign', links }, main);
}

function filterForm(q: CampaignQuery, links: Links): SafeHtml {
  const t = q.typed;
  const invalid = (field: string): SafeHtml => (q.error?.field === field ? html` aria-invalid="true" aria-describedby="form-error"` : html``);
  return html`<form class="filter" action="${links.page('/campaign')}" method="get" aria-label="Find a spokesperson">
<span><label for="f-language">Language</label> <input type="text" id="f-language" name="language" value="${t.language}" placeholder="Polish or pl"${invalid('language')}></span>
<span><label for="f-place">Place</label> <input type="text" id="f-place" name="place" value="${t.place}" placeholder="Vilnius"${invalid('place')}></span>
<span><label for="f-on">Available on</label> <input type="date" id="f-on" name="on" value="${t.on}"${invalid('on')}></span>
<span><label for="f-state">Log for state</label> <input type="text" id="f-state" name="state" value="${t.state}" placeholder="Lithuania or LTU"${invalid('state')}></span>
<button type="submit">Find</button> <a href="${links.page('/campaign')}">Clear</a>
</form>`;
}

function spokespeople(index: RecordIndex, people: PeopleRecord, q: CampaignQuery, links: Links): SafeHtml {
  const s = q.spokespeople;
  const answer = findSpokespeople(people, s);
  // "Nobody … speaks Polish and is in Vilnius"; "3 spokespeople who speak English and are in Vilnius".
  const asked = (many: boolean): string => {
    const where = s.place ? `${many ? 'are' : 'is'} in ${s.place}${s.on ? ` on ${longDate(s.on)}` : ''}` : s.on ? `${many ? 'are' : 'is'} available on ${longDate(s.on)}` : '';
    return [s.language ? `${many ? 'speak' : 'speaks'} ${s.language}` : '', where].filter((x) => x !== '').join(' and ');
  };
  const rows = answer.matches.map((m) => ({ id: m.person.id, row: spokespersonRow(index, people, m) }));
  const summary = html`<p id="spokes-summary" role="status">${rows.length === 0 ? `Nobody in the record ${asked(false) || 'at all'}.` : `${rows.length} ${rows.length === 1 ? 'spokesperson' : 'spokespeople'}${asked(false) ? ` who ${asked(rows.length > 1)}` : ''}.`}</p>`;
  const elsewhere = answer.speakersElsewhere.length > 0 && rows.length === 0
    ? html`<ul>${answer.speakersElsewhere.map((m) => html`<li><a href="${links.page(`/people/${m.person.id}`)}">${m.person.name}</a> speaks ${s.language ?? 'it'}, but the record places them ${m.spokesperson.availability.length > 0 ? html`elsewhere: ${m.spokesperson.availability.map((w) => `${w.place} ${w.from} – ${w.to}`).join('; ')}` : 'nowhere: no availability is stated'}.</li>`)}</ul>`
    : '';
  if (rows.length === 0) return html`${summary}${elsewhere}`;
  return html`${summary}<div class="table-wrap"><table class="spokespeople"><thead><tr><th scope="col">Name</th><th scope="col">Organisation and role</th><th scope="col">Languages</th><th scope="col">Where and when${s.place || s.on ? ' (matching)' : ''}</th><th scope="col">Contact</th><th scope="col">Sources</th></tr></thead>
<tbody>${rows.map(({ id, row: r }) => html`<tr><th scope="row"><a href="${links.page(`/people/${id}`)}">${r.name}</a>${r.verified ? '' : html` <span class="unverified">unverified</span>`}</th><td>${r.organization}<br><span class="note">${r.role}</span></td>
<td>${r.languages.map((l) => l.name).join(', ')}</td><td>${r.availability.length === 0 ? html`<span class="note">not stated</span>` : html`<ul class="plain">${r.availability.map((w) => html`<li>${w.place}: ${longDate(w.from)} – ${longDate(w.to)}${w.note ? html` <span class="note">(${w.note})</span>` : ''}</li>`)}</ul>`}</td>
<td>${r.contact.map((c, i) => html`${i > 0 ? html`<br>` : ''}${contactLink(c)}`)}</td><td>${sourcesShort(links, r.sources)}</td></tr>`)}</tbody></table></div>`;
}

function engagement(e: EngagementView, links: Links): SafeHtml {
  const kinds = e.kinds.map((k) => k.replace(/_/g, ' ')).join(', ');
  const asks = e.kinds.some((k) => k === 'letter' || k === 'meeting_request');
  return html`<li id="engagement-${e.id}"><span class="when">${factDateWords(e.date)}</span> — <strong>${kinds.charAt(0).toUpperCase()}${kinds.slice(1)}</strong>${e.status === 'planned' ? html` <span class="note">(planned)</span>` : ''}${e.place ? html` · ${e.place}` : ''}
<dl class="parties"><dt>From</dt><dd>${e.from.join('; ') || '—'}</dd>${e.to.length > 0 ? html`<dt>To</dt><dd>${e.to.join('; ')}</dd>` : ''}${e.cc.length > 0 ? html`<dt>Copied</dt><dd>${e.cc.join('; ')}</dd>` : ''}</dl>
<p>${e.summary}</p>
${e.documents.length > 0 ? html`<p class="note">Documents: ${sourcesShort(links, e.documents)}</p>` : ''}
${e.followUps.map((f) => html`<p><span class="note">Follow-up ${factDateWords(f.date)}:</span> ${f.text} ${sourcesShort(links, f.sources)}</p>`)}
${e.replies.map((r) => html`<p><span class="note">Reply ${factDateWords(r.date)}:</span> ${r.text} ${sourcesShort(links, r.sources)}</p>`)}
${e.replies.length === 0 && asks ? html`<p class="note">No reply recorded.</p>` : ''}
${citedList(links, e.sources, { quotes: false })}</li>`;
}

function contactLink(c: string): SafeHtml {
  const url = safeUrl(c);
  if (url) return html`<a href="${url}" rel="noopener">${c}</a>`;
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(c) ? html`<a href="mailto:${c}">${c}</a>` : html`${c}`;
}
