import type { IsoDate } from './calendar-date.js';

/** What kind of publisher a source is; official depositary records weigh most. */
export const SOURCE_KINDS = ['depositary', 'treaty_text', 'government', 'intergovernmental', 'ngo', 'news', 'dataset', 'reference'] as const;
/** One of SOURCE_KINDS. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A document that facts are taken from. */
export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly kind: SourceKind;
  /** Date of publication, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date?: string;
  readonly url?: string;
  /** Further addresses of the same document (mirrors, copies). */
  readonly alsoAt?: readonly string[];
  /** The passage the facts come from, verbatim, where we have it. */
  readonly quote?: string;
  /** What was taken from it, or caveats about it. */
  readonly notes?: string;
  readonly retrieved?: IsoDate;
}

/** A source cited for one fact, optionally with the passage that supports that fact. */
export interface Citation {
  readonly sourceId: string;
  readonly quote?: string;
}
