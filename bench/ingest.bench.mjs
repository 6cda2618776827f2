// Ingest benchmarks (ingest issue): 10 000 documents generated from the corpus, stored and indexed
// for full-text search on SQLite and on PostgreSQL; documents per second, database size, search
// latency; and the events suggested per second from the same texts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const title = 'Documents, search and suggestions';

const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const DOCS = 10_000;
const QUERIES = ['Seimas vote', 'landmine', '"Ottawa Convention"', 'Gabelnick OR Nergaard', 'withdrawal -cluster', 'Lithuania parliament', 'humanitarian law', 'stockpile', 'Šakalienė', 'children civilians'];

/** Deterministic pseudo-random numbers (the same documents every run). */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** 10 000 documents of 2–12 paragraphs drawn from the corpus, each with a line of its own so no two hash alike. */
function generate() {
  const paragraphs = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(new URL(f, CORPUS), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40));
  const next = rng(7);
  return Array.from({ length: DOCS }, (_, i) => {
    const n = 2 + Math.floor(next() * 11);
    const body = [`Bulletin ${i + 1}`, ...Array.from({ length: n }, () => paragraphs[Math.floor(next() * paragraphs.length)])].join('\n\n');
    return { name: `bulletin-${i + 1}.txt`, bytes: Buffer.from(body) };
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function engines() {
  const { openSqliteStore } = await import('../dist/store/sqlite-store.js');
  const { openPostgresStore } = await import('../dist/store/postgres-store.js');
  const dir = mkdtempSync(join(tmpdir(), 'tw-ingest-bench-'));
  const path = join(dir, 'bench.db');
  const list = [{ name: 'SQLite', open: () => openSqliteStore(path), size: async (store) => { await store.db.executeQuery({ sql: 'pragma wal_checkpoint(truncate)', parameters: [], query: { kind: 'RawNode' } }).catch(() => undefined); return statSync(path).size; }, cleanup: () => rmSync(dir, { recursive: true, force: true }) }];
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `tw_ingest_bench_${process.pid}`;
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    list.push({
      name: 'PostgreSQL',
      open: () => openPostgresStore({ connectionString: url, schema }),
      size: async () => Number((await client.query(`select sum(pg_total_relation_size(c.oid)) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname in ('documents', 'suggestions')`, [schema])).rows[0].n),
      cleanup: async () => { await client.query(`drop schema if exists ${schema} cascade`); await client.end(); },
    });
  } catch (e) {
    process.stdout.write(`PostgreSQL unreachable (${e.message}): SQLite only\n`);
  }
  return list;
}

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { openDocumentStore } = await import('../dist/store/kysely-document-store.js');
  const { ingestDocuments } = await import('../dist/ingest/ingest-documents.js');
  const { readDateline } = await import('../dist/ingest/dateline.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { buildGazetteer } = await import('../dist/text/index.js');
  const { suggestFromDocument } = await import('../dist/ingest/suggest/suggest-from-document.js');
  const dataset = loadDataset().value;
  const items = generate();
  const mib = items.reduce((n, d) => n + d.bytes.length, 0) / 1024 / 1024;

  for (const engine of await engines()) {
    const store = engine.open();
    await store.migrate();
    await store.loadDataset(dataset);
    const docs = openDocumentStore(store);
    const t = performance.now();
    const r = await ingestDocuments(docs, items, { kind: 'news' }, { by: 'bench', at: new Date().toISOString(), dateline: readDateline }, { batchSize: 500 });
    const seconds = (performance.now() - t) / 1000;
    if (!r.ok || r.value.added.length !== DOCS) throw new Error(`ingest failed on ${engine.name}: ${JSON.stringify(r.ok ? r.value.refused[0] : r.error)}`);
    add(`${engine.name}: ingest ${DOCS} documents (${mib.toFixed(0)} MiB of text: checked, stored, indexed)`, `${(DOCS / seconds).toFixed(0)} documents/s (${seconds.toFixed(1)} s)`, '—', null);
    add(`${engine.name}: database size for the documents and their full-text index`, `${((await engine.size(store)) / 1024 / 1024).toFixed(0)} MiB`, '—', null);
    const ms = [];
    for (let round = 0; round < 20; round += 1) {
      for (const q of QUERIES) {
        const s = performance.now();
        const page = await docs.search(q, { limit: 10 });
        ms.push(performance.now() - s);
        if (!page.ok) throw new Error(`search "${q}" failed: ${page.error.message}`);
      }
    }
    ms.sort((a, b) => a - b);
    add(`${engine.name}: search with snippets (${QUERIES.length} queries × 20, top 10 of ${DOCS})`, `${percentile(ms, 0.5).toFixed(1)} ms p50, ${percentile(ms, 0.99).toFixed(1)} ms p99`, '—', null);
    await store.close();
    await engine.cleanup();
  }

  // Suggestions: the shared text reader and the event phrases over the same texts, in process.
  const index = indexRecord(dataset);
  const gazetteer = buildGazetteer(index);
  const sample = items.slice(0, 1000).map((d, i) => ({ id: `doc-${i}`, body: d.bytes.toString('utf8') }));
  const t = performance.now();
  let count = 0;
  for (const d of sample) count += suggestFromDocument(index, gazetteer, d, { by: 'bench', at: 'now' }).length;
  const seconds = (performance.now() - t) / 1000;
  const sampleMib = sample.reduce((n, d) => n + d.body.length, 0) / 1024 / 1024;
  add(`suggest events from 1 000 of those documents (${sampleMib.toFixed(1)} MiB; ${count} suggestions)`, `${(sample.length / seconds).toFixed(0)} documents/s (${(sampleMib / seconds).toFixed(2)} MiB/s)`, '—', null);
  return { dataset: `${DOCS} documents generated from the 5 corpus texts; load average ${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure)` };
}
