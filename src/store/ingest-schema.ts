import type { Kysely } from 'kysely';
import type { StoreDatabase } from './store-schema.js';

// Row types of the ingest area's tables (migration 0003). JSON as text and booleans as 0/1, as in
// the core tables, so one code path serves both engines.

/** A row of `documents`: a stored text with its metadata; `seq` orders rows and keys SQLite's FTS index. */
export interface DocumentRow {
  id: string;
  sha256: string;
  title: string;
  publisher: string | null;
  kind: string;
  url: string | null;
  published: string | null;
  date_origin: string | null;
  format: string;
  file_name: string | null;
  bytes: number;
  chars: number;
  body: string;
  ingested_by: string;
  ingested_at: string;
  seq: number;
}

/** A row of `suggestions`: one proposed fact awaiting review, or reviewed (kept, so it does not come back). */
export interface SuggestionRow {
  id: string;
  key: string;
  origin: string;
  document_id: string | null;
  type: string;
  status: string;
  summary: string;
  proposal: string;
  quote: string | null;
  span_start: number | null;
  span_end: number | null;
  duplicate_of: string | null;
  created_by: string;
  created_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  reason: string | null;
  edits: string | null;
  event_id: string | null;
  seq: number;
}

/** The ingest tables, added to the core schema (a type alias: Kysely's withTables wants an index-compatible type). */
export type IngestTables = {
  documents: DocumentRow;
  suggestions: SuggestionRow;
};

/** A Kysely handle that knows the core and the ingest tables. */
export type IngestDb = Kysely<StoreDatabase & IngestTables>;

/** Reserves `count` values of a named counter in `store_sequence` and returns the first (the row lock serialises writers). */
export async function reserveNamed(trx: IngestDb, name: 'documents' | 'suggestions', count: number): Promise<number> {
  const row = await trx
    .updateTable('store_sequence')
    .set((eb) => ({ value: eb('value', '+', count) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}
