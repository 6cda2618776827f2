import { HIT_END, HIT_START } from '../../store/document-search.js';
import type { SearchHit } from '../../store/document-store.js';
import { CliError, orFail } from '../cli-error.js';
import { type Format, out, printJson } from '../output.js';
import { withIngestStores } from './ingest.js';
import { io } from '../io.js';

/** Options of `search`. */
export interface SearchOptions {
  readonly limit?: string;
  readonly offset?: string;
  readonly format: Format;
}

/** `treatywatch search "<query>"`: full-text search of the stored documents, best first, with the matches marked. */
export async function searchCommand(query: string, opts: SearchOptions): Promise<void> {
  const limit = count(opts.limit, 'limit', 10);
  const offset = count(opts.offset, 'offset', 0);
  const page = await withIngestStores(async ({ documents }) => orFail(await documents.search(query, { limit, offset })));
  if (opts.format === 'json') {
    printJson({ query: page.query, total: page.total, offset, hits: page.hits.map(hitJson) });
    return;
  }
  if (page.hits.length === 0) {
    out(page.total === 0 ? `No document matches: ${query}` : `No more results (${page.total} in all).`);
    return;
  }
  const bold = useColour() ? ['\u001b[1m', '\u001b[22m'] : ['*', '*'];
  const width = Math.max(40, (io().stdout.columns || 80) - 1);
  for (const h of page.hits) {
    const d = h.document;
    out(`${d.id}  ${d.published ?? 'undated'}  ${d.publisher ?? 'publisher unknown'}`);
    out(wrap(d.title, width - 2).map((l) => `  ${l}`).join('\n'));
    const lines = wrap(h.snippet, width - 4).map((l) => `    ${l.split(HIT_START).join(bold[0]).split(HIT_END).join(bold[1])}`);
    out(lines.join('\n'));
    out('');
  }
  const shown = `${offset + 1}–${offset + page.hits.length}`;
  out(`${shown} of ${page.total} document(s)${offset + page.hits.length < page.total ? ` (more: --offset ${offset + page.hits.length})` : ''}.`);
}

/** A hit for --json: the snippet as plain text, and where the matches are in it (UTF-16 offsets). */
export function hitJson(h: SearchHit): Record<string, unknown> {
  const highlights: [number, number][] = [];
  let plain = '';
  const snippet = h.snippet.replace(/\s+/g, ' ').trim();
  let open = -1;
  for (const ch of snippet) {
    if (ch === HIT_START) open = plain.length;
    else if (ch === HIT_END && open >= 0) {
      highlights.push([open, plain.length]);
      open = -1;
    } else plain += ch;
  }
  return { ...h.document, score: Number(h.score.toFixed(6)), snippet: plain, highlights };
}

function useColour(): boolean {
  return io().stdout.isTTY && (io().env.NO_COLOR ?? '') === '';
}

function count(text: string | undefined, field: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,6}$/.test(text)) throw new CliError('invalid_input', `--${field} must be a whole number, e.g. 20`, field);
  return Number(text);
}

/** Words laid out in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}
