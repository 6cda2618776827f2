import { type Kysely, type Migration, sql } from 'kysely';
import { documentSearchFor } from '../document-search-for.js';

// Portable DDL for the tables; the full-text index is the one engine-specific part, and comes from
// the engine's search capability (FTS5 on SQLite, tsvector + GIN on PostgreSQL).

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('date_origin', 'text', (c) => c.check(sql`date_origin in ('given', 'dateline', 'metadata')`))
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('text', 'markdown', 'html')`))
    .addColumn('file_name', 'text')
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('chars', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('ingested_by', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .execute();
  await documentSearchFor(db).createIndex(db);

  await db.schema
    .createTable('suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // What makes two suggestions the same (so a rejected one does not come back).
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('document', 'depositary')`))
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'accepted', 'rejected')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('duplicate_of', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reason', 'text')
    .addColumn('edits', 'text')
    .addColumn('event_id', 'text', (c) => c.references('events.id'))
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex('suggestions_status_index').on('suggestions').columns(['status', 'seq']).execute();
  await db.schema.createIndex('suggestions_document_index').on('suggestions').column('document_id').execute();

  await sql`insert into store_sequence (name, value) values ('documents', 0), ('suggestions', 0)`.execute(db);
}

/** Documents with full-text search, and the review queue of suggested facts. */
export const documentsSchema: Migration = { up };
