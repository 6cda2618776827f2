import { HIT_END, HIT_START } from '../store/document-search.js';

/** A search snippet as plain text with where the matched words are (UTF-16 offsets, end exclusive). */
export interface SnippetParts {
  readonly text: string;
  readonly highlights: readonly (readonly [number, number])[];
}

/** Splits a stored snippet (matches between HIT_START and HIT_END) into plain text and highlight offsets. */
export function snippetParts(snippet: string): SnippetParts {
  const highlights: [number, number][] = [];
  let text = '';
  let open = -1;
  for (const ch of snippet.replace(/\s+/g, ' ').trim()) {
    if (ch === HIT_START) open = text.length;
    else if (ch === HIT_END) {
      if (open >= 0) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

/**
 * The snippet as HTML: every character of the document's text escaped, and only our own <mark>
 * elements around the matches, so a document's markup can never reach a page as markup.
 */
export function snippetHtml(parts: SnippetParts): string {
  let html = '';
  let at = 0;
  for (const [start, end] of parts.highlights) {
    html += `${escapeText(parts.text.slice(at, start))}<mark>${escapeText(parts.text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeText(parts.text.slice(at));
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
