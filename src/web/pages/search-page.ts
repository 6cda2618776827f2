import type { RecordIndex } from '../../domain/record-index.js';
import { type State, normaliseName } from '../../domain/state.js';
import { type SafeHtml, html, jsonScript } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** States whose code, name or any alias contains the words of the query (normalised as the record's name index is). */
export function searchStates(index: RecordIndex, q: string): State[] {
  const key = normaliseName(q);
  if (key === '') return [];
  const hits = new Set<string>();
  for (const [name, iso3] of index.stateNames) if (name.includes(key)) hits.add(iso3);
  return index.stateList.filter((s) => hits.has(s.iso3));
}

/**
 * The search page: the form, the matches for `q` (on the live server; in the static export the search
 * module finds them from the name index shipped with the page), and every state A to Z, so that the
 * smallest states are one click away too.
 */
export function searchPage(index: RecordIndex, q: string | undefined, links: Links): string {
  const isStatic = links.mode === 'static';
  const hits = q === undefined || isStatic ? [] : searchStates(index, q);
  const stateLink = (s: State): SafeHtml => html`<a href="${links.page(`/states/${s.iso3}`)}">${s.name}</a>`;
  const results = q === undefined || q.trim() === '' || isStatic
    ? html``
    : html`<h2>${hits.length === 0 ? html`No state is called “${q}”` : html`States matching “${q}”`}</h2>${hits.length === 0 ? html`<p>Try a code (LTU, LT) or another name; every state is listed below.</p>` : html`<ul>${hits.map((s) => html`<li>${stateLink(s)}</li>`)}</ul>`}`;
  const main = html`<h1>Find a state</h1>
<form class="search-page" role="search" action="${links.page('/search')}" method="get">
<label for="search-q">Name, alias or ISO code (“Lithuania”, “LT”, “Türkiye”, “Holy See”)</label><br>
<input type="search" id="search-q" name="q" value="${q ?? ''}" autocomplete="off"> <button type="submit">Search</button>
</form>
<div id="search-results" data-client="${isStatic ? 'true' : 'false'}" aria-live="polite">${results}</div>
${isStatic ? '' : html`<p>Looking for words in articles, letters and statements? <a href="${links.page('/library', q ? { q } : undefined)}">Search the document library${q ? html` for “${q}”` : ''}</a>.</p>`}
<h2>Every state, A to Z</h2>
<ul class="small-states">${index.stateList.map((s) => html`<li>${stateLink(s)}</li>`)}</ul>
${isStatic ? jsonScript('search-index', {
    names: Object.fromEntries(index.stateNames),
    states: Object.fromEntries(index.stateList.map((s) => [s.iso3, [s.name, links.page(`/states/${s.iso3}`)]])),
  }) : ''}`;
  return layout({ title: 'Find a state', description: 'Find a state by any name, alias or ISO code.', path: '/search', links, scripts: isStatic ? ['search'] : [] }, main);
}
