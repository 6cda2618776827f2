import type { Kysely } from 'kysely';
import type { IngestDb } from './ingest-schema.js';
import type { SearchQuery } from './search-query.js';

/** Marks around a matched word in a snippet: private-use characters, which ingest removes from texts, so they never clash. */
export const HIT_START = '\uE000';
/** Closes a HIT_START. */
export const HIT_END = '\uE001';

/** One ranked hit as the engine returns it. */
export interface SearchRow {
  readonly id: string;
  /** A passage around the matches, matched words between HIT_START and HIT_END. */
  readonly snippet: string;
  /** Higher is better; comparable only within one search. */
  readonly score: number;
}

/**
 * Full-text search as an engine capability (house style 2): SQLite's FTS5 and PostgreSQL's
 * tsvector + GIN differ only here; the document store above takes one code path.
 */
export interface DocumentSearch {
  readonly engine: 'sqlite' | 'postgres';
  /** Creates the index over `documents` (title weighted above body); run by migration 0003. */
  createIndex(db: Kysely<unknown>): Promise<void>;
  /** The best `limit` hits after `offset`, best first, and how many match in all (counted in the same pass). */
  search(db: IngestDb, query: SearchQuery, limit: number, offset: number): Promise<{ rows: SearchRow[]; total: number }>;
  /** How many documents match in all (for a page past the last hit). */
  count(db: IngestDb, query: SearchQuery): Promise<number>;
}
