import { type Result, ok } from '../domain/result.js';
import type { DocumentSearch } from './document-search.js';
import { documentSearchFor } from './document-search-for.js';
import type { AddOutcome, DocumentStore, DocumentSummary, NewDocument, SearchPage, StoredDocument } from './document-store.js';
import { SUMMARY_COLUMNS, documentToRow, rowToDocument, rowToSummary } from './document-rows.js';
import { type DocumentRow, type IngestDb, type IngestTables, reserveNamed } from './ingest-schema.js';
import { batches } from './record-sequence.js';
import type { KyselyStore } from './kysely-store.js';
import { parseSearchQuery } from './search-query.js';
import { findUnstorable } from './storable-value.js';

const MAX_PAGE = 100;

/** The document library over the store's own database (SQLite or PostgreSQL), sharing its migrations. */
export function openDocumentStore(store: Pick<KyselyStore, 'db'>): DocumentStore {
  const db: IngestDb = store.db.withTables<IngestTables>();
  return new KyselyDocumentStore(db, documentSearchFor(db));
}

class KyselyDocumentStore implements DocumentStore {
  constructor(
    private readonly db: IngestDb,
    private readonly engine: DocumentSearch,
  ) {}

  async addMany(documents: readonly NewDocument[]): Promise<Result<AddOutcome[]>> {
    for (const [i, d] of documents.entries()) {
      const bad = findUnstorable(d, `documents[${i}]`);
      if (bad) return { ok: false, error: bad };
    }
    if (documents.length === 0) return ok([]);
    // One transaction; the counter's row lock makes concurrent ingests take turns, so the
    // duplicate check below sees every earlier commit (the unique sha256 is the last word).
    const outcomes = await this.db.transaction().execute(async (trx) => {
      const first = await reserveNamed(trx, 'documents', documents.length);
      const stored = await trx.selectFrom('documents').select(SUMMARY_COLUMNS).where('sha256', 'in', documents.map((d) => d.sha256)).execute();
      const byHash = new Map<string, DocumentSummary>(stored.map((r) => [r.sha256, rowToSummary(r)]));
      const out: AddOutcome[] = [];
      const rows: DocumentRow[] = [];
      for (const [i, d] of documents.entries()) {
        const twin = byHash.get(d.sha256);
        if (twin) {
          out.push({ status: 'duplicate', document: twin });
          continue;
        }
        const row = documentToRow(d, first + i);
        rows.push(row);
        const { body: _body, seq: _seq, ...rest } = row;
        const summary = rowToSummary(rest);
        byHash.set(d.sha256, summary);
        out.push({ status: 'added', document: summary });
      }
      // Many rows per statement: one round trip per hundred documents, not per document.
      for (const chunk of batches(rows, 100)) await trx.insertInto('documents').values(chunk).execute();
      return out;
    });
    return ok(outcomes);
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : rowToDocument(row);
  }

  async list(options: { readonly limit?: number } = {}): Promise<DocumentSummary[]> {
    const rows = await this.db.selectFrom('documents').select(SUMMARY_COLUMNS).orderBy('seq', 'desc').limit(options.limit ?? 1000).execute();
    return rows.map(rowToSummary);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async search(query: string, options: { readonly limit?: number; readonly offset?: number } = {}): Promise<Result<SearchPage>> {
    const parsed = parseSearchQuery(query);
    if (!parsed.ok) return parsed;
    const limit = Math.min(Math.max(1, options.limit ?? 10), MAX_PAGE);
    const offset = Math.max(0, options.offset ?? 0);
    const { rows, total } = await this.engine.search(this.db, parsed.value, limit, offset);
    if (rows.length === 0) return ok({ query, total: offset === 0 ? 0 : await this.engine.count(this.db, parsed.value), hits: [] });
    const docs = await this.db.selectFrom('documents').select(SUMMARY_COLUMNS).where('id', 'in', rows.map((r) => r.id)).execute();
    const byId = new Map(docs.map((d) => [d.id, rowToSummary(d)]));
    const hits = rows.flatMap((r) => {
      const document = byId.get(r.id);
      return document ? [{ document, snippet: r.snippet, score: r.score }] : [];
    });
    return ok({ query, total, hits });
  }
}
