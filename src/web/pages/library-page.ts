import type { DocumentSummary, SearchPage, StoredDocument } from '../../store/document-store.js';
import { snippetHtml, snippetParts } from '../../present/search-snippet.js';
import { type SafeHtml, html, raw, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** What the library page shows: a search and its hits, or the newest documents. */
export interface LibraryView {
  readonly q?: string;
  readonly page?: SearchPage;
  readonly error?: string;
  readonly recent: readonly DocumentSummary[];
  readonly total: number;
}

/**
 * The document library, `/library`: full-text search of the stored documents with highlighted
 * snippets. A snippet is the document's text escaped character by character, with only our own
 * <mark> around the matches: nothing a document holds can become markup on the page.
 */
export function libraryPage(view: LibraryView, links: Links): string {
  const q = view.q ?? '';
  const results = view.error !== undefined
    ? html`<p class="refusal" role="alert">${view.error}</p>`
    : view.page
      ? html`<h2>${view.page.total === 0 ? html`No document matches “${q}”` : html`${String(view.page.total)} document${view.page.total === 1 ? '' : 's'} match “${q}”`}</h2>
<ol class="hits">${view.page.hits.map((h) => html`<li>${docLink(h.document, links)}
<p class="snippet">${raw(snippetHtml(snippetParts(h.snippet)))}</p>${meta(h.document)}</li>`)}</ol>`
      : html`<h2>Newest documents</h2><ul class="hits">${view.recent.map((d) => html`<li>${docLink(d, links)}${meta(d)}</li>`)}</ul>`;
  const main = html`<h1>Document library</h1>
<p>${String(view.total)} stored document${view.total === 1 ? '' : 's'}: articles, letters and statements, searchable word for word. Events, statements and votes read from them wait in the <a href="${links.page('/review')}">review queue</a>.</p>
<form class="search-page" role="search" action="${links.page('/library')}" method="get">
<label for="library-q">Words, “a phrase”, OR, -word</label><br>
<input type="search" id="library-q" name="q" value="${q}" autocomplete="off"> <button type="submit">Search documents</button>
</form>
<div id="library-results" aria-live="polite">${results}</div>`;
  return layout({ title: q === '' ? 'Document library' : `“${q}” in the library`, description: 'Full-text search of the stored documents.', path: '/library', links }, main);
}

/** One document with its text; the passage a suggestion quotes (`mark`) highlighted. */
export function documentPage(doc: StoredDocument, mark: { start: number; end: number } | undefined, links: Links): string {
  const inside = mark && mark.start >= 0 && mark.end <= doc.body.length && mark.start < mark.end ? mark : undefined;
  const text: SafeHtml = inside
    ? html`${doc.body.slice(0, inside.start)}<mark id="passage">${doc.body.slice(inside.start, inside.end)}</mark>${doc.body.slice(inside.end)}`
    : html`${doc.body}`;
  const url = safeUrl(doc.url);
  const main = html`<p><a href="${links.page('/library')}">Document library</a></p>
<h1>${doc.title}</h1>
${meta(doc)}${url ? html`<p>Published at <a href="${url}" rel="noopener noreferrer">${url}</a></p>` : ''}
<div class="doc-text">${text}</div>`;
  return layout({ title: doc.title, description: `Stored document ${doc.id}`, path: '/library', links }, main);
}

function docLink(d: DocumentSummary, links: Links): SafeHtml {
  return html`<a href="${links.page(`/library/documents/${d.id}`)}"><strong>${d.title}</strong></a>`;
}

function meta(d: DocumentSummary): SafeHtml {
  return html`<div class="hit-meta">${d.publisher ?? 'publisher unknown'} · ${d.published ?? 'undated'} · ${d.kind} · ${d.id}</div>`;
}
