import { type Kysely, sql } from 'kysely';
import { type DocumentSearch, HIT_END, HIT_START } from './document-search.js';
import type { IngestDb } from './ingest-schema.js';
import { type SearchQuery, excludedWebsearch, toWebsearch } from './search-query.js';
import { FOLD_FROM, FOLD_TO, foldDiacritics } from './text-fold.js';

const HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** The tsquery for a parsed search: the wanted terms, and none of the excluded ones. */
function tsquery(q: SearchQuery) {
  const want = sql`websearch_to_tsquery('english', ${foldDiacritics(toWebsearch(q))})`;
  const not = foldDiacritics(excludedWebsearch(q));
  return not === '' ? want : sql`(${want} && !!websearch_to_tsquery('english', ${not}))`;
}

/**
 * PostgreSQL: a stored generated tsvector (English stemming, diacritics folded; title weighted A,
 * body B) under a GIN index; ts_headline marks the matches. The text is stored once, in
 * `documents.body`. (A word matched only through folding is found but not marked in the snippet.)
 */
export const postgresDocumentSearch: DocumentSearch = {
  engine: 'postgres',
  async createIndex(db: Kysely<unknown>) {
    const fold = (column: string) => sql`translate(${sql.ref(column)}, ${sql.lit(FOLD_FROM)}, ${sql.lit(FOLD_TO)})`;
    await sql`alter table documents add column search tsvector generated always as (setweight(to_tsvector('english', ${fold('title')}), 'A') || setweight(to_tsvector('english', ${fold('body')}), 'B')) stored`.execute(db);
    await sql`create index documents_search_index on documents using gin (search)`.execute(db);
  },
  async search(db: IngestDb, query: SearchQuery, limit: number, offset: number) {
    // Rank, count and page in one pass, then build headlines for the page only: ts_headline re-parses the whole text.
    const rows = await sql<{ id: string; snippet: string; score: number; total: string }>`
      with q as (select ${tsquery(query)} as q),
      hits as (
        select d.id, d.body, d.seq, ts_rank_cd(d.search, q.q) as score, count(*) over () as total
        from documents d, q where d.search @@ q.q
        order by score desc, d.seq limit ${limit} offset ${offset})
      select hits.id, ts_headline('english', hits.body, q.q, ${HEADLINE}) as snippet, hits.score, hits.total
      from hits, q order by hits.score desc, hits.seq`.execute(db);
    return { rows: rows.rows.map((r) => ({ id: r.id, snippet: r.snippet, score: Number(r.score) })), total: Number(rows.rows[0]?.total ?? 0) };
  },
  async count(db: IngestDb, query: SearchQuery) {
    const rows = await sql<{ n: string }>`select count(*) as n from documents d where d.search @@ ${tsquery(query)}`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  },
};
