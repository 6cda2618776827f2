import type { CitedSource } from '../domain/people/cited.js';
import { sourceAnchor } from './components.js';
import { longDate } from './dates.js';
import { type SafeHtml, html, safeUrl } from './html.js';
import type { Links } from './links.js';

// Pieces the campaign-workspace pages share: sources as the workspace cites them (its own sources
// and the treaty record's, already resolved), stances in words, and the small forms.

/** Workspace citations as a list: each source linked where it has an address, its passage quoted. */
export function citedList(links: Links, list: readonly CitedSource[], opts: { readonly quotes?: boolean } = {}): SafeHtml {
  if (list.length === 0) return html`<p class="note unverified">No source recorded.</p>`;
  // Without the passages, a source cited twice for one fact is listed once.
  const shown = opts.quotes === false ? list.filter((s, i) => list.findIndex((x) => x.id === s.id) === i) : list;
  return html`<ul class="cites">${shown.map((s) => html`<li>${sourceTitle(links, s)}${opts.quotes !== false && s.quote ? html`<blockquote>${s.quote}</blockquote>` : ''}</li>`)}</ul>`;
}

/** A source's publisher and title, linked to the document when it has an address. */
export function sourceTitle(links: Links, s: CitedSource): SafeHtml {
  const text = s.publisher ? html`${s.publisher}: “${s.title ?? s.id}”` : html`${s.title ?? s.id}`;
  // A document without an address (a letter, a media pack) is listed, with its text, on the sources page.
  const url = safeUrl(s.url) ?? `${links.page('/sources')}#${sourceAnchor(s.id)}`;
  return html`<a href="${url}" rel="noopener">${text}</a>${s.date ? html` (${s.date})` : ''}`;
}

/** Sources in a few words (for table cells): publishers linked, titles on hover. */
export function sourcesShort(links: Links, list: readonly CitedSource[]): SafeHtml {
  if (list.length === 0) return html`<span class="unverified">no source</span>`;
  const once = list.filter((s, i) => list.findIndex((x) => x.id === s.id) === i);
  return html`${once.map((s, i) => {
    const url = safeUrl(s.url) ?? `${links.page('/sources')}#${sourceAnchor(s.id)}`;
    return html`${i > 0 ? ', ' : ''}<a href="${url}" title="${s.title ?? ''}" rel="noopener">${s.publisher ?? s.title ?? s.id}</a>`;
  })}`;
}

const STANCE_WORDS: Readonly<Record<string, string>> = { supports: 'For withdrawing', opposes: 'Against withdrawing', undecided: 'Undecided' };

/** A stance as a labelled tag: words first (never colour alone), the modality beside it. */
export function stanceTag(stance: string, modality: string): SafeHtml {
  return html`<span class="stance" data-stance="${stance}">${STANCE_WORDS[stance] ?? stance}</span> <span class="note">(${modality})</span>`;
}

/** A date as the workspace gives it: a day or month in words, a bound ("by …") kept. */
export function factDateWords(label: string): SafeHtml {
  const m = /^(by )?(\d{4}(?:-\d{2}){0,2})$/.exec(label);
  if (!m?.[2]) return html`${label}`;
  return html`${m[1] ?? ''}<time datetime="${m[2]}">${longDate(m[2])}</time>`;
}

/**
 * A "facts as of" form: a date field and Show, kept as a GET so the address is the view. The static
 * export has no server to read `?on=`: there it says which date the copy shows instead.
 */
export function asOfForm(action: string, on: string, links: Links, label = 'As of'): SafeHtml {
  if (links.mode === 'static') return html`<p class="note as-of">As of <time datetime="${on}">${longDate(on)}</time>, the date this copy of the site was exported for.</p>`;
  return html`<form class="date-control" action="${links.page(action)}" method="get">
<span><label for="as-of">${label}</label> <input type="date" id="as-of" name="on" value="${on}" required></span>
<button type="submit">Show</button>
</form>`;
}
