// The document library and the review queue: one contract, run on SQLite and on PostgreSQL.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainError, Result } from '../src/domain/result.js';
import { HIT_END, HIT_START } from '../src/store/document-search.js';
import type { DocumentStore, NewDocument } from '../src/store/document-store.js';
import { openDocumentStore } from '../src/store/kysely-document-store.js';
import { openSuggestionStore } from '../src/store/kysely-suggestion-store.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import type { NewSuggestion, SuggestionStore } from '../src/store/suggestion-store.js';
import { type Harness, backends } from './fixtures/ingest/backends.js';

function doc(body: string, extra: Partial<NewDocument> = {}): NewDocument {
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { id: `doc-${sha256.slice(0, 12)}`, sha256, title: body.split('\n')[0] ?? '', kind: 'news', format: 'text', bytes: Buffer.byteLength(body), body, ingestedBy: 'tester', ingestedAt: '2026-11-23T10:00:00.000Z', ...extra };
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}
function failure<T>(r: Result<T>): DomainError {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

const VOTE = doc('Seimas votes to leave\nOn 8 May 2025 the Seimas voted to withdraw from the Ottawa Convention, with 107 votes in favour.', { publisher: 'LRT', url: 'https://example.org/lrt', published: '2025-05-08', dateOrigin: 'given' });
const LATVIA = doc('Saeima approves withdrawal\nLatvia\'s parliament approved the withdrawal on 16 April 2025. Minister Dovilė Šakalienė was not involved.');
const CLUSTER = doc('Cluster munitions\nLithuania left the Convention on Cluster Munitions; the Seimas had voted in July 2024.');

const list = await backends('ingest-store-contract');
describe.each(list.map((b) => [b.name, b] as const))('%s: documents and suggestions', (_name, backend) => {
  let h: Harness;
  let store: KyselyStore;
  let docs: DocumentStore;
  let queue: SuggestionStore;

  beforeEach(async () => {
    h = backend.create();
    store = await h.open();
    docs = openDocumentStore(store);
    queue = openSuggestionStore(store);
  });
  afterEach(async () => {
    await store.close();
    await h.cleanup();
  });

  it('stores a document and reads it back exactly, absent fields absent', async () => {
    const [out] = value(await docs.addMany([VOTE]));
    expect(out?.status).toBe('added');
    const { body: _b, ...summary } = { ...VOTE, chars: [...VOTE.body].length };
    expect(out?.document).toStrictEqual(summary);
    expect(await docs.get(VOTE.id)).toStrictEqual({ ...VOTE, chars: [...VOTE.body].length });
    const plain = value(await docs.addMany([LATVIA]))[0]?.document;
    expect(plain && 'publisher' in plain).toBe(false);
    expect(await docs.count()).toBe(2);
    expect((await docs.list()).map((d) => d.id)).toStrictEqual([LATVIA.id, VOTE.id]);
  });

  it('de-duplicates by content: again later, and twice in one call', async () => {
    value(await docs.addMany([VOTE]));
    const again = value(await docs.addMany([{ ...VOTE, title: 'other title', ingestedBy: 'someone else' }, LATVIA, LATVIA]));
    expect(again.map((o) => [o.status, o.document.id])).toStrictEqual([['duplicate', VOTE.id], ['added', LATVIA.id], ['duplicate', LATVIA.id]]);
    expect((await docs.get(VOTE.id))?.title).toBe('Seimas votes to leave');
    expect(await docs.count()).toBe(2);
  });

  it('refuses text it cannot store exactly, writing nothing', async () => {
    const bad = doc('A title\nnul \u0000 here');
    expect(failure(await docs.addMany([LATVIA, bad]))).toMatchObject({ code: 'invalid_text', field: 'documents[1].body' });
    expect(await docs.count()).toBe(0);
  });

  it('finds words by their stem, ranks title matches first, and marks the matches', async () => {
    value(await docs.addMany([VOTE, LATVIA, CLUSTER]));
    const page = value(await docs.search('Seimas vote'));
    expect(page.total).toBe(2);
    expect(page.hits.map((h) => h.document.id)).toStrictEqual([VOTE.id, CLUSTER.id]);
    expect(page.hits[0]?.snippet).toContain(`${HIT_START}voted${HIT_END}`);
    expect(page.hits[0]?.document.publisher).toBe('LRT');
  });

  it('understands phrases, OR, exclusions and folded diacritics', async () => {
    value(await docs.addMany([VOTE, LATVIA, CLUSTER]));
    const ids = async (q: string) => value(await docs.search(q)).hits.map((h) => h.document.id).sort();
    expect(await ids('"Ottawa Convention"')).toStrictEqual([VOTE.id]);
    expect(await ids('"Convention Ottawa"')).toStrictEqual([]);
    expect(await ids('Saeima OR Cluster')).toStrictEqual([LATVIA.id, CLUSTER.id].sort());
    expect(await ids('Seimas -cluster')).toStrictEqual([VOTE.id]);
    expect(await ids('Sakaliene')).toStrictEqual([LATVIA.id]);
    expect(await ids('Šakalienė')).toStrictEqual([LATVIA.id]);
  });

  it('reads engine syntax in a query as plain words, and refuses an empty one', async () => {
    value(await docs.addMany([VOTE]));
    for (const q of ['Seimas* NEAR(vote)', 'title:Seimas', '(Seimas) & !vote | ^', '"unclosed Seimas', "Seimas' OR OR"]) {
      expect((await docs.search(q)).ok, q).toBe(true);
    }
    expect(failure(await docs.search('  -- "" ()'))).toMatchObject({ code: 'empty_query', field: 'query' });
    expect(failure(await docs.search('-Seimas'))).toMatchObject({ code: 'empty_query' });
    expect(failure(await docs.search('x'.repeat(501)))).toMatchObject({ code: 'query_too_long' });
  });

  it('pages through results', async () => {
    const many = Array.from({ length: 12 }, (_, i) => doc(`Mine ban news ${i}\nThe landmine convention, item ${i}.`));
    value(await docs.addMany(many));
    const first = value(await docs.search('landmine', { limit: 5 }));
    const third = value(await docs.search('landmine', { limit: 5, offset: 10 }));
    expect([first.total, first.hits.length, third.hits.length]).toStrictEqual([12, 5, 2]);
  });

  describe('the review queue', () => {
    const suggestion = (key: string, extra: Partial<NewSuggestion> = {}): NewSuggestion => ({
      key, origin: 'document', documentId: VOTE.id, type: 'event', summary: `Lithuania: ${key}`,
      proposal: { state: 'LTU', treaty: 'apmbc', kind: 'parliamentary_vote', date: '2025-05-08', details: { yes: 107 } },
      quote: 'the Seimas voted to withdraw', span: { start: 28, end: 56 }, createdBy: 'tester', createdAt: '2026-11-23T10:00:00.000Z', ...extra,
    });
    beforeEach(async () => {
      value(await docs.addMany([VOTE]));
    });

    it('adds suggestions with short ids, and never the same key twice', async () => {
      const first = value(await queue.addMany([suggestion('a'), suggestion('b')]));
      expect(first.added.map((s) => [s.id, s.status])).toStrictEqual([['1', 'pending'], ['2', 'pending']]);
      expect(await queue.get('1')).toStrictEqual(first.added[0]);
      const again = value(await queue.addMany([suggestion('a'), suggestion('c', { origin: 'depositary', duplicateOf: 'apmbc-LTU-ratification' })]));
      expect([again.added.map((s) => s.key), again.known.map((s) => s.id)]).toStrictEqual([['c'], ['1']]);
      expect((await queue.get(again.added[0]?.id ?? ''))?.duplicateOf).toBe('apmbc-LTU-ratification');
      expect((await queue.list({ origin: 'depositary' })).map((s) => s.key)).toStrictEqual(['c']);
    });

    it('accepts or rejects once, keeping who, when, why and what came of it', async () => {
      value(await queue.addMany([suggestion('a'), suggestion('b')]));
      const rejected = value(await queue.reject('2', { by: 'ana', at: '2026-11-23T11:00:00.000Z', reason: 'the vote was on the CCM' }));
      expect(rejected).toMatchObject({ status: 'rejected', review: { by: 'ana', reason: 'the vote was on the CCM' } });
      expect(failure(await queue.accept('2', { by: 'bo', at: '2026-11-23T12:00:00.000Z' }))).toMatchObject({ code: 'already_reviewed', field: 'id' });
      expect(failure(await queue.reject('99', { by: 'bo', at: 'x', reason: 'r' }))).toMatchObject({ code: 'unknown_suggestion' });
      expect((await queue.list({ status: 'pending' })).map((s) => s.id)).toStrictEqual(['1']);
      expect(value(await queue.addMany([suggestion('b')])).known[0]?.status).toBe('rejected');
    });

    it('lets only one of two racing reviewers win', async () => {
      value(await queue.addMany([suggestion('a')]));
      const other = await h.open();
      try {
        const a = () => queue.reject('1', { by: 'ana', at: '2026-11-23T11:00:00.000Z', reason: 'no' });
        const b = () => openSuggestionStore(other).reject('1', { by: 'bo', at: '2026-11-23T11:00:00.000Z', reason: 'nope' });
        // better-sqlite3 is synchronous: two connections in one process cannot wait on each other's
        // lock (the busy wait blocks the only thread), so on SQLite the second comes after the first.
        const results = backend.name === 'SQLite' ? [await a(), await b()] : await Promise.all([a(), b()]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toStrictEqual(['already_reviewed']);
      } finally {
        await other.close();
      }
    });
  });
});
