import type { RecordIndex } from '../domain/record-index.js';
import type { Citation, Source } from '../domain/source.js';

/** A citation with its source spelled out, as JSON outputs (CLI and API) give it. */
export interface CitationOut {
  readonly id: string;
  readonly publisher?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly quote?: string;
}

/** Resolves citations against the record's sources. */
export function citationsOut(index: RecordIndex, citations: readonly Citation[]): CitationOut[] {
  return citations.map((c) => {
    const s: Source | undefined = index.sources.get(c.sourceId);
    return {
      id: c.sourceId,
      ...(s ? { publisher: s.publisher, title: s.title } : {}),
      ...(s?.date ? { date: s.date } : {}),
      ...(s?.url ? { url: s.url } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
    };
  });
}
