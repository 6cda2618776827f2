import type { RecordIndex } from '../record-index.js';
import type { Citation, Source } from '../source.js';
import type { PeopleRecord } from './people-record.js';

/** A citation with its source spelled out, for JSON outputs and footnotes. */
export interface CitedSource {
  readonly id: string;
  readonly publisher?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly quote?: string;
  readonly kind?: string;
}

/** A source by id, from the workspace's own sources or the treaty record's. */
export function sourceOf(index: RecordIndex, people: PeopleRecord, id: string): Source | undefined {
  return people.sources.get(id) ?? index.sources.get(id);
}

/** Resolves citations against both sets of sources. */
export function cited(index: RecordIndex, people: PeopleRecord, citations: readonly Citation[]): CitedSource[] {
  return citations.map((c) => {
    const s = sourceOf(index, people, c.sourceId);
    return {
      id: c.sourceId,
      ...(s ? { publisher: s.publisher, title: s.title, kind: s.kind } : {}),
      ...(s?.date ? { date: s.date } : {}),
      ...(s?.url ? { url: s.url } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
    };
  });
}
