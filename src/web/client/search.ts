import type { DomWindow } from './dom.js';

/**
 * The search page's client module for the static export, where no server answers `?q=` (shipped as
 * this function's source: self-contained). It normalises the query with the record's own
 * normaliseName, shipped alongside (case, accents, punctuation and a leading "the" do not matter), goes straight to the state when a
 * name or code matches, and otherwise lists the states whose names contain the words.
 */
export function searchModule(win: DomWindow, normalise: (name: string) => string): void {
  const doc = win.document;
  const block = doc.getElementById('search-index');
  const out = doc.getElementById('search-results');
  if (!block || !out || out.getAttribute('data-client') !== 'true') return;
  const index = JSON.parse(block.textContent ?? '{}') as { names: Record<string, string>; states: Record<string, [name: string, href: string]> };
  const q = new URLSearchParams(win.location.search).get('q') ?? '';
  const field = doc.getElementById('search-q');
  if (field) field.value = q;
  const key = normalise(q);
  if (key === '') return;
  const exact = index.names[key];
  const target = exact === undefined ? undefined : index.states[exact];
  if (target) {
    win.location.href = target[1];
    return;
  }
  const hits = new Set<string>();
  for (const [name, iso3] of Object.entries(index.names)) if (name.includes(key)) hits.add(iso3);
  const heading = doc.createElement('h2');
  heading.textContent = hits.size === 0 ? `No state is called “${q}”` : `States matching “${q}”`;
  const list = doc.createElement('ul');
  for (const iso3 of hits) {
    const s = index.states[iso3];
    if (!s) continue;
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.setAttribute('href', s[1]);
    a.textContent = s[0];
    li.append(a);
    list.append(li);
  }
  out.replaceChildren(heading, list);
}
