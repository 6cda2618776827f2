import type { PersonView } from '../../domain/people/person-view.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { asOfForm, citedList, factDateWords, sourcesShort, stanceTag } from '../people-parts.js';

/** A person: the offices held with their dates (and which is held on the date), statements with quotes and sources, and as whom they speak. */
export function personPage(v: PersonView, links: Links): string {
  const p = v.person;
  const path = `/people/${p.id}`;
  // The campaign tools (the workspace, the letter builder) are served live only: the static export leaves their links out.
  const live = links.mode === 'live';
  const main = html`<p class="note">${live ? html`<a href="${links.page('/campaign')}">Campaign</a> › People` : html`<a href="${links.page('/people')}">People</a> › ${p.name}`}</p>
<h1>${p.honorificPrefix ? `${p.honorificPrefix} ` : ''}${p.name}</h1>
${p.otherNames.length > 0 ? html`<p class="lede">Also written ${p.otherNames.join(', ')}</p>` : ''}
${p.summary ? html`<p>${p.summary}</p>` : ''}
${p.verified ? '' : html`<p class="unverified">Not checked against an independent source.</p>`}
${p.note ? html`<p class="note">${p.note}</p>` : ''}
${asOfForm(path, v.on, links)}
<section aria-labelledby="offices-h"><h2 id="offices-h">Offices and roles</h2>
${v.tenures.length === 0 ? html`<p>No office or membership is recorded.</p>` : tenures(v, links)}
</section>
<section aria-labelledby="statements-h"><h2 id="statements-h">Statements</h2>
${v.statements.length === 0 ? html`<p>No statement by ${longDate(v.on)} is recorded.</p>` : html`<ol class="timeline">${v.statements.map((s) => html`<li id="statement-${s.id}"><span class="when">${factDateWords(s.date)}</span> — ${stanceTag(s.stance, s.modality)}<br><span class="note">${s.question}</span>
<blockquote>${s.quote}</blockquote>${citedList(links, s.sources, { quotes: false })}</li>`)}</ol>`}
</section>
${v.spokesperson ? html`<section aria-labelledby="spokes-h"><h2 id="spokes-h">Spokesperson</h2>
<p>${v.spokesperson.role}. Languages: ${v.spokesperson.languages.join(', ')}.</p>
${v.spokesperson.availability.length > 0 ? html`<ul>${v.spokesperson.availability.map((a) => html`<li>${a}</li>`)}</ul>` : html`<p class="note">No availability stated.</p>`}
${live ? html`<p><a href="${links.page('/campaign')}#spokespeople-h">All spokespeople</a></p>` : ''}</section>` : ''}
<section aria-labelledby="psources-h"><h2 id="psources-h">Sources for this person</h2>${citedList(links, v.sources)}</section>`;
  return layout({ title: p.name, description: `${p.name}: offices held with dates, statements with quotes and sources.`, path, links }, main);
}

function tenures(v: PersonView, links: Links): SafeHtml {
  const now = (t: PersonView['tenures'][number]): SafeHtml => {
    if (t.onDate === 'holds') return html`<strong>holds it</strong>`;
    if (t.onDate === 'last_seen') return html`last seen in post ${t.lastSeen ? longDate(t.lastSeen) : ''} <span class="note">(dates unknown: check before relying on it)</span>`;
    return html`<span class="note">—</span>`;
  };
  return html`<div class="table-wrap"><table><caption class="visually-hidden">Offices and roles of ${v.person.name}; the last column says whether the post is held on ${longDate(v.on)}</caption>
<thead><tr><th scope="col">Post or role</th><th scope="col">Organisation</th><th scope="col">From</th><th scope="col">Until</th><th scope="col">On ${longDate(v.on)}</th><th scope="col">Sources</th></tr></thead>
<tbody>${v.tenures.map((t) => html`<tr><th scope="row">${t.post ?? t.role}${t.acting ? html` <span class="note">(acting)</span>` : ''}${t.verified ? '' : html` <span class="unverified">unverified</span>`}${t.note ? html`<br><span class="note">${t.note}</span>` : ''}</th>
<td>${t.organization}</td><td>${t.start ? longDate(t.start) : html`<span class="note">not known</span>`}</td><td>${t.end ? longDate(t.end) : t.start ? html`<span class="note">in office in the latest source</span>` : html`<span class="note">not known</span>`}</td>
<td>${now(t)}</td><td>${sourcesShort(links, t.sources)}</td></tr>`)}</tbody></table></div>
${links.mode === 'live' ? html`<p class="note">Who held a post on any day: <a href="${links.page('/media-pack', { kind: 'letter' })}">the letter builder</a> resolves a post to its holder on the date.</p>` : ''}`;
}
