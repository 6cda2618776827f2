import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';
import type { DocumentSearch } from './document-search.js';
import type { IngestDb } from './ingest-schema.js';
import { postgresDocumentSearch } from './postgres-document-search.js';
import { sqliteDocumentSearch } from './sqlite-document-search.js';

/** The search capability of the engine behind a Kysely handle, read from its adapter: the one place the engines are told apart. */
export function documentSearchFor(db: Kysely<unknown> | IngestDb): DocumentSearch {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return sqliteDocumentSearch;
  if (adapter instanceof PostgresAdapter) return postgresDocumentSearch;
  throw new Error(`full-text search is not available for ${adapter.constructor.name}: use SQLite or PostgreSQL`);
}
