import { type Kysely, sql } from 'kysely';
import { type DocumentSearch, HIT_END, HIT_START } from './document-search.js';
import type { IngestDb } from './ingest-schema.js';
import { type SearchQuery, toFts5 } from './search-query.js';


/**
 * SQLite: an FTS5 index with external content (the text is stored once, in `documents`), kept
 * current by a trigger; Porter stemming so "vote" finds "voted", diacritics folded ("Šakalienė").
 */
export const sqliteDocumentSearch: DocumentSearch = {
  engine: 'sqlite',
  async createIndex(db: Kysely<unknown>) {
    await sql`create virtual table documents_fts using fts5(title, body, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger documents_fts_insert after insert on documents begin insert into documents_fts(rowid, title, body) values (new.seq, new.title, new.body); end`.execute(db);
    await sql`create trigger documents_fts_delete after delete on documents begin insert into documents_fts(documents_fts, rowid, title, body) values ('delete', old.seq, old.title, old.body); end`.execute(db);
  },
  async search(db: IngestDb, query: SearchQuery, limit: number, offset: number) {
    // bm25 weights: a match in the title counts five times one in the body. bm25 is lower-is-better.
    // (FTS5's ranking and snippet functions cannot share a query with a window count: two queries.)
    const rows = await sql<{ id: string; snippet: string; rank: number }>`
      select d.id as id, snippet(documents_fts, 1, ${HIT_START}, ${HIT_END}, ' … ', 24) as snippet, bm25(documents_fts, 5.0, 1.0) as rank
      from documents_fts join documents d on d.seq = documents_fts.rowid
      where documents_fts match ${toFts5(query)}
      order by rank, d.seq limit ${limit} offset ${offset}`.execute(db);
    return { rows: rows.rows.map((r) => ({ id: r.id, snippet: r.snippet, score: -r.rank })), total: await this.count(db, query) };
  },
  async count(db: IngestDb, query: SearchQuery) {
    const rows = await sql<{ n: number }>`select count(*) as n from documents_fts where documents_fts match ${toFts5(query)}`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  },
};
