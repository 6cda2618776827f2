// `treatywatch sync` against a stand-in depositary on loopback (node:http on 127.0.0.1), on SQLite and
// PostgreSQL: the published APMBC page and altered copies of it (test/fixtures/ingest/untc/, each given
// a later "STATUS AS AT" date here: test inputs, not facts), and the ways an answer can fail. Every
// failure leaves the record, the review queue, the documents and the sync bookkeeping as they were.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treatyHorizon } from '../src/domain/horizon.js';
import { indexRecord } from '../src/domain/record-index.js';
import type { Treaty } from '../src/domain/treaty.js';
import { acceptSuggestion } from '../src/ingest/review-suggestion.js';
import { type SyncOptions, type SyncOutcome, type SyncStores, syncTreaty } from '../src/ingest/sync/sync-treaty.js';
import { openDocumentStore } from '../src/store/kysely-document-store.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { openSuggestionStore } from '../src/store/kysely-suggestion-store.js';
import { openSyncStore } from '../src/store/kysely-sync-store.js';
import { type Harness, backends } from './fixtures/ingest/backends.js';
import { type DepositaryServer, failing, page, serverError, slow, startDepositary, truncated } from './support/depositary-server.js';
import { REFERENCE, shipped } from './support/shipped.js';

const PUBLISHED = readFileSync(`${REFERENCE}untc/XXVI-5-apmbc-status-2026-02-03.html`, 'utf8');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/untc/${name}`, import.meta.url), 'utf8');
/** A page with its "STATUS AS AT" line moved to a later day (DD-MM-YYYY, as the page writes it). */
const asAt = (html: string, ddmmyyyy: string) => {
  const line = 'STATUS AS AT : 03-02-2026';
  if (!html.includes(line)) throw new Error('the page has no status line to move');
  return html.replace(line, `STATUS AS AT : ${ddmmyyyy}`);
};

const list = await backends('sync-loopback');
describe.each(list.map((b) => [b.name, b] as const))('%s: sync from a loopback depositary', { timeout: 60_000 }, (_name, backend) => {
  let h: Harness;
  let store: KyselyStore;
  let stores: SyncStores;
  let server: DepositaryServer;
  let apmbc: Treaty;
  const options = (o: Partial<SyncOptions> = {}): SyncOptions => ({
    base: server.base, dryRun: false, timeoutMs: 2000, retries: 1, backoffMs: 10, maxBytes: 2 * 1024 * 1024,
    recording: { by: 'sync-test', at: '2026-12-08T00:00:00.000Z' }, ...o,
  });
  const sync = (o: Partial<SyncOptions> = {}) => syncTreaty(stores, apmbc, options(o));
  const horizon = async () => treatyHorizon(indexRecord(await store.readDataset()), 'apmbc');
  /** Everything a sync may write. */
  const snapshot = async () => JSON.stringify({
    record: await store.readDataset(),
    suggestions: await stores.suggestions.list({ limit: 10_000 }),
    documents: await stores.documents.count(),
    sync: await stores.sync.list(),
  });
  const imported = (o: SyncOutcome) => {
    if (o.kind !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(o.kind === 'failed' ? o.error : o.kind)}`);
    return o;
  };

  beforeAll(async () => {
    h = backend.create();
    store = await h.open();
    await store.loadDataset(shipped());
    stores = { record: store, documents: openDocumentStore(store), suggestions: openSuggestionStore(store), sync: openSyncStore(store) };
    server = await startDepositary();
    apmbc = shipped().treaties.find((t) => t.id === 'apmbc') as Treaty;
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await h.cleanup();
  });

  it('the page as published: stored as a dated document, no difference, the horizon stays at 2026-02-03', async () => {
    server.set('XXVI-5', page(PUBLISHED, { etag: '"p-2026-02-03"', lastModified: 'Tue, 03 Feb 2026 15:16:18 GMT' }));
    const o = imported(await sync());
    expect([o.newer, o.diff.differences, o.suggestions?.added, o.horizonBefore, o.horizonAfter, o.source.id]).toStrictEqual([false, [], [], '2026-02-03', '2026-02-03', 'untc-xxvi-5']);
    const doc = await stores.documents.get(o.document?.summary.id ?? '');
    expect(doc).toMatchObject({ kind: 'depositary', published: '2026-02-03', url: `${server.base}/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en` });
    expect(doc?.body).toMatch(/STATUS AS AT : 03-02-2026/);
    expect(await stores.sync.get('apmbc')).toMatchObject({ etag: '"p-2026-02-03"', lastModified: 'Tue, 03 Feb 2026 15:16:18 GMT', statusAsAt: '2026-02-03', documentId: doc?.id });
  });

  it('asked again, the request is conditional and a 304 changes nothing but the time of the check', async () => {
    const before = await stores.sync.get('apmbc');
    const o = await sync({ recording: { by: 'sync-test', at: '2026-12-08T01:00:00.000Z' } });
    expect(o).toStrictEqual({ kind: 'not_modified', treatyId: 'apmbc', url: expect.stringContaining('mtdsg_no=XXVI-5') as unknown, horizon: '2026-02-03' });
    expect(server.requests('XXVI-5').at(-1)).toMatchObject({ 'if-none-match': '"p-2026-02-03"', 'if-modified-since': 'Tue, 03 Feb 2026 15:16:18 GMT' });
    expect(await stores.sync.get('apmbc')).toStrictEqual({ ...before, checkedAt: '2026-12-08T01:00:00.000Z' });
  });

  const failures: [string, () => void, Partial<SyncOptions>, string, string][] = [
    ['a 500 (retried, then given up)', () => server.set('XXVI-5', serverError), {}, 'fetch', 'http_status'],
    ['a slow answer', () => server.set('XXVI-5', slow(1500, page(asAt(PUBLISHED, '01-12-2026')))), { timeoutMs: 300 }, 'fetch', 'fetch_timeout'],
    ['a truncated body', () => server.set('XXVI-5', truncated(asAt(PUBLISHED, '01-12-2026'), 50_000)), {}, 'fetch', 'truncated_page'],
    ['a wrong content type', () => server.set('XXVI-5', page(asAt(PUBLISHED, '01-12-2026'), {}, 'application/pdf')), {}, 'fetch', 'wrong_content_type'],
    ['a page over the size limit', () => server.set('XXVI-5', page(asAt(PUBLISHED, '01-12-2026'))), { maxBytes: 100_000 }, 'fetch', 'page_too_large'],
    ['a changed layout (a column heading reworded)', () => server.set('XXVI-5', page(asAt(fixture('apmbc-layout-heading.html'), '01-12-2026'))), {}, 'page', 'untc_layout_changed'],
    ['a changed layout (no participant table)', () => server.set('XXVI-5', page(asAt(fixture('apmbc-layout-no-table.html'), '01-12-2026'))), {}, 'page', 'untc_layout_changed'],
    ['no "STATUS AS AT" line', () => server.set('XXVI-5', page(fixture('apmbc-layout-no-status.html'))), {}, 'page', 'not_untc_page'],
    ['another treaty\'s page at this address', () => server.set('XXVI-5', page(readFileSync(`${REFERENCE}untc/XXVI-6-ccm-status-2026-02-03.html`, 'utf8'))), {}, 'page', 'wrong_page'],
  ];
  for (const [what, serve, o, stage, code] of failures) {
    it(`${what}: refused as ${code}, the record unchanged`, async () => {
      serve();
      const before = await snapshot();
      const tries = server.requests('XXVI-5').length;
      const r = await sync(o);
      expect(r).toMatchObject({ kind: 'failed', stage, error: { code } });
      expect(await snapshot()).toBe(before);
      expect((await horizon())?.completeTo).toBe('2026-02-03');
      if (code === 'http_status') expect(server.requests('XXVI-5').length - tries).toBe(2);
    });
  }

  it('a 500 that passes on the retry is no failure', async () => {
    server.set('XXVI-5', failing(1, serverError, page(PUBLISHED, { etag: '"p-2026-02-03"' })));
    const retried: string[] = [];
    const o = await sync({ onRetry: (_n, e) => retried.push(e.code) });
    expect(retried).toStrictEqual(['http_status']);
    expect(o.kind).toBe('not_modified');
  });

  it('a dry run of a newer page says what would change and writes nothing', async () => {
    server.set('XXVI-5', page(asAt(fixture('apmbc-new-participant.html'), '01-12-2026')));
    const before = await snapshot();
    const o = imported(await sync({ dryRun: true }));
    expect([o.newer, o.horizonAfter, o.document, o.suggestions, o.diff.differences.map((d) => d.kind)]).toStrictEqual([true, '2026-12-01', undefined, undefined, ['new_participant']]);
    expect(await snapshot()).toBe(before);
  });

  it('a newer page with a new participant: the horizon moves, the accession is queued citing the new page, and accepted cites it', async () => {
    server.set('XXVI-5', page(asAt(fixture('apmbc-new-participant.html'), '01-12-2026'), { etag: '"p-2026-12-01"' }));
    const o = imported(await sync());
    expect([o.newer, o.horizonBefore, o.horizonAfter]).toStrictEqual([true, '2026-02-03', '2026-12-01']);
    expect(await horizon()).toStrictEqual({ completeTo: '2026-12-01', sourceId: 'untc-xxvi-5-2026-12-01', treatyId: 'apmbc' });
    const source = (await store.readDataset()).sources.find((s) => s.id === 'untc-xxvi-5-2026-12-01');
    expect(source).toMatchObject({ kind: 'depositary', date: '2026-12-01', url: o.url, retrieved: '2026-12-08' });
    const [s] = o.suggestions?.added ?? [];
    expect(s).toMatchObject({ origin: 'depositary', documentId: o.document?.summary.id, proposal: { page: { id: 'untc-xxvi-5-2026-12-01' }, input: { state: 'MAR', kind: 'accession', date: '2026-01-20' } } });
    const accepted = await acceptSuggestion(stores, s?.id ?? '', {}, { recordedBy: 'reviewer', recordedAt: '2026-12-08T02:00:00.000Z' }, '2026-12-08');
    expect(accepted.ok && accepted.value.event.sources).toStrictEqual([{ sourceId: 'untc-xxvi-5-2026-12-01', quote: 'Morocco: 20 Jan 2026 a (Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d))' }]);
    expect(await stores.sync.get('apmbc')).toMatchObject({ statusAsAt: '2026-12-01', etag: '"p-2026-12-01"', documentId: o.document?.summary.id });
  });

  it('the same page once more (no validators this time): nothing new, and the horizon stays', async () => {
    server.set('XXVI-5', page(asAt(fixture('apmbc-new-participant.html'), '01-12-2026')));
    const o = imported(await sync());
    expect(o.diff.differences).toStrictEqual([]);
    expect([o.newer, o.document?.duplicate, o.suggestions?.added, o.source.id]).toStrictEqual([false, true, [], 'untc-xxvi-5-2026-12-01']);
  });

  it('a newer page with a new withdrawal: queued with its notification and stated effect; the horizon moves again', async () => {
    server.set('XXVI-5', page(asAt(fixture('apmbc-new-withdrawal.html'), '15-12-2026')));
    const o = imported(await sync());
    expect(o.horizonAfter).toBe('2026-12-15');
    const w = o.suggestions?.added.find((s) => s.summary.startsWith('Norway'));
    expect(w?.proposal).toMatchObject({ page: { id: 'untc-xxvi-5-2026-12-15', date: '2026-12-15' }, input: { state: 'NOR', kind: 'withdrawal', date: '2026-01-05', effect_date: '2026-07-05', notification: 'C.N.9.2026.TREATIES-XXVI-5' } });
  });

  it('a newer page with a changed date: a correction is queued, the record itself is not changed', async () => {
    const events = JSON.stringify((await store.readDataset()).events);
    server.set('XXVI-5', page(asAt(fixture('apmbc-changed-date.html'), '20-12-2026')));
    const o = imported(await sync());
    const c = o.suggestions?.added.find((s) => s.type === 'correction');
    expect(c?.proposal).toMatchObject({ supersedes: 'apmbc-ALB-ratification', input: { date: '2000-02-28' }, page: { id: 'untc-xxvi-5-2026-12-20' } });
    expect(JSON.stringify((await store.readDataset()).events)).toBe(events);
    expect((await horizon())?.completeTo).toBe('2026-12-20');
  });

  it('an older page than the horizon is stored and compared, but the horizon does not go back', async () => {
    server.set('XXVI-5', page(PUBLISHED));
    const o = imported(await sync());
    expect([o.newer, o.horizonAfter]).toStrictEqual([false, '2026-12-20']);
    expect((await horizon())?.completeTo).toBe('2026-12-20');
  });
});
