import type { CitationOut } from './citations.js';

/** One change, as a feed entry: a status taking effect on its day, or events being recorded. Text is plain (escape it for markup). */
export interface ChangeEntry {
  /** Stable across rebuilds: the same change always has the same id. */
  readonly id: string;
  readonly kind: 'status_change' | 'recorded' | 'obligation';
  /** When it happened: the day a status takes effect (midnight UTC), or when events were recorded. */
  readonly at: string;
  readonly title: string;
  readonly summary: string;
  readonly iso3?: string;
  readonly treatyId?: string;
  readonly author: string;
  readonly eventIds: readonly string[];
  readonly sources: readonly CitationOut[];
}

/** Which changes: all, one treaty's, or one state's. */
export interface ChangeFilter {
  readonly treatyId?: string;
  readonly iso3?: string;
}
