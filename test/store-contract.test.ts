// One contract suite, run against every TreatyStore implementation (house style 3): SQLite on a
// real temp file, PostgreSQL in a fresh schema per test (dropped afterwards). Without a reachable
// PostgreSQL the PG block is skipped with the reason, except under CI, where that fails the suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TreatyEvent } from '../src/domain/event.js';
import type { DomainError, Result } from '../src/domain/result.js';
import type { Source } from '../src/domain/source.js';
import { type StoreEnv, openStore } from '../src/store/open-store.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { StoreError } from '../src/store/store-error.js';
import type { TreatyStore } from '../src/store/treaty-store.js';
import { EMPTY_DATASET, brokenFixture, newEvent, storeFixture } from './fixtures/store-dataset.js';

/** One database under test: stores opened on it share its data. */
interface Harness {
  open(): TreatyStore;
  /** The environment that makes openStore() open this same database. */
  readonly env: StoreEnv;
  cleanup(): Promise<void>;
}

interface Backend {
  readonly name: string;
  create(): Harness;
}

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const sqlite: Backend = {
  name: 'SQLite',
  create() {
    const dir = mkdtempSync(join(tmpdir(), 'treatywatch-store-'));
    const path = join(dir, 'store.db');
    return { open: () => openSqliteStore(path), env: { TREATYWATCH_DB: path }, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  },
};

let schemas = 0;
const postgres: Backend = {
  name: 'PostgreSQL',
  create() {
    const schema = `tw_contract_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_${(schemas += 1)}`;
    const url = new URL(PG_URL);
    url.searchParams.set('schema', schema);
    return {
      open: () => openPostgresStore({ connectionString: PG_URL, schema }),
      env: { DATABASE_URL: url.toString() },
      cleanup: async () => {
        await withClient((c) => c.query(`drop schema if exists ${schema} cascade`));
      },
    };
  },
};

async function withClient<T>(use: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const pgProblem = await withClient((c) => c.query('select 1')).then(
  () => undefined,
  (e: unknown) => (e instanceof Error ? e.message || e.name : String(e)),
);
if (pgProblem !== undefined && process.env.CI) {
  describe('PostgreSQL store', () => {
    it('is reachable (required when CI is set)', () => {
      throw new Error(`PostgreSQL at ${PG_URL} is unreachable (${pgProblem}); CI requires the PG contract run`);
    });
  });
} else if (pgProblem !== undefined) {
  console.warn(`\n[store-contract] PostgreSQL block SKIPPED: ${PG_URL} unreachable (${pgProblem}). Set TEST_DATABASE_URL or start the server.\n`);
  describe.skip(`PostgreSQL store (SKIPPED: ${PG_URL} unreachable: ${pgProblem})`, () => {
    it('runs the contract', () => undefined);
  });
}
const backends = pgProblem === undefined ? [sqlite, postgres] : [sqlite];

/** The error of a failed result (and a test failure if it succeeded). */
function failure<T>(result: Result<T>): DomainError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

describe.each(backends.map((b) => [b.name, b] as const))('%s store', (_name, backend) => {
  let db: Harness;
  let store: TreatyStore;
  const extra: TreatyStore[] = [];

  beforeEach(async () => {
    db = backend.create();
    store = db.open();
    await store.migrate();
  });

  afterEach(async () => {
    for (const s of [store, ...extra.splice(0)]) await s.close();
    await db.cleanup();
  });

  describe('schema and loading', () => {
    it('migrates twice, and again from a second connection, leaving an empty store', async () => {
      await store.migrate();
      const second = db.open();
      extra.push(second);
      await second.migrate();
      expect(await store.isInitialised()).toBe(false);
      expect(await second.readDataset()).toStrictEqual(EMPTY_DATASET);
    });

    it('reads back exactly what it loaded, in order, optional fields absent', async () => {
      const fixture = storeFixture();
      const report = await store.loadDataset(fixture);
      expect(report).toStrictEqual({ states: 5, treaties: 1, groups: 1, sources: 4, events: 8, memberships: 4 });
      expect(await store.isInitialised()).toBe(true);
      expect(await store.readDataset()).toStrictEqual(fixture);
    });

    it('reports zeros and changes nothing on a second load', async () => {
      await store.loadDataset(storeFixture());
      const again = await store.loadDataset(storeFixture());
      expect(again).toStrictEqual({ states: 0, treaties: 0, groups: 0, sources: 0, events: 0, memberships: 0 });
      expect(await store.readDataset()).toStrictEqual(storeFixture());
    });

    it('rolls a failed load back whole, naming the field at fault', async () => {
      await store.loadDataset(storeFixture());
      const broken = brokenFixture();
      const error = await store.loadDataset(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).error).toMatchObject({ code: 'unknown_source', field: `events[${broken.events.length - 1}].sources[0].sourceId` });
      expect(await store.readDataset()).toStrictEqual(storeFixture());
    });

    it('opens the same database through openStore(env)', async () => {
      await store.loadDataset(storeFixture());
      const viaEnv = await openStore(db.env);
      extra.push(viaEnv);
      expect(await viaEnv.readDataset()).toStrictEqual(storeFixture());
    });
  });

  describe('appending', () => {
    beforeEach(async () => {
      await store.loadDataset(storeFixture());
    });

    it('appends events with their new sources, in recording order', async () => {
      const source: Source = { id: 'lrt-2025-03-18', publisher: 'LRT', title: 'Government backs withdrawal', kind: 'news', date: '2025-03-18' };
      const first = newEvent({ sources: [{ sourceId: 'lrt-2025-03-18', quote: 'The government decided…' }] });
      const second = newEvent({ id: 'apmbc-LTU-hos-2025-05-06', kind: 'head_of_state_signature', date: { value: '2025-05-06', precision: 'day' } });
      expect(await store.appendEvent(first, [source])).toStrictEqual({ ok: true, value: first });
      expect((await store.appendEvent(second, [])).ok).toBe(true);
      const read = await store.readDataset();
      expect(read.events.map((e) => e.id)).toStrictEqual([...storeFixture().events.map((e) => e.id), first.id, second.id]);
      expect(read.sources.at(-1)).toStrictEqual(source);
      expect(await store.getEvent(first.id)).toStrictEqual(first);
      expect(await store.listEvents({ iso3: 'LTU', kind: 'head_of_state_signature' })).toStrictEqual([second]);
    });

    it('refuses a duplicate id, and the same fact under a new id', async () => {
      const event = newEvent();
      expect((await store.appendEvent(event, [])).ok).toBe(true);
      expect(failure(await store.appendEvent({ ...event, note: 'again' }, []))).toMatchObject({ code: 'duplicate_event', field: 'id' });
      const twin = failure(await store.appendEvent({ ...event, id: 'another-id' }, []));
      expect(twin).toMatchObject({ code: 'duplicate_event', field: 'supersedes' });
      expect(twin.message).toContain(event.id);
      expect(await store.getEvent('another-id')).toBeUndefined();
    });

    it('refuses unknown sources, states and treaties, naming the field', async () => {
      const cases: [TreatyEvent, string, string][] = [
        [newEvent({ sources: [{ sourceId: 'lrt-2025-04-16' }, { sourceId: 'nope' }] }), 'unknown_source', 'sources[1].sourceId'],
        [newEvent({ statedEffect: { date: '2025-12-27', sources: [{ sourceId: 'nope' }] } }), 'unknown_source', 'statedEffect.sources[0].sourceId'],
        [newEvent({ iso3: 'XXX' }), 'unknown_state', 'iso3'],
        [newEvent({ treatyId: 'nope' }), 'unknown_treaty', 'treatyId'],
      ];
      for (const [event, code, field] of cases) expect(failure(await store.appendEvent(event, []))).toMatchObject({ code, field });
      expect(await store.readDataset()).toStrictEqual(storeFixture());
    });

    it('accepts a new source sent again unchanged, refuses a different one under a stored id', async () => {
      const stored = storeFixture().sources[2];
      if (stored === undefined) throw new Error('fixture has no third source');
      expect((await store.appendEvent(newEvent(), [stored])).ok).toBe(true);
      const changed = { ...stored, title: 'Another document' };
      const error = failure(await store.appendEvent(newEvent({ id: 'x2', date: { value: '2025-03-19', precision: 'day' } }), [changed]));
      expect(error).toMatchObject({ code: 'duplicate_source', field: 'newSources[0].id' });
    });

    it('keeps a corrected event readable and refuses to correct it twice', async () => {
      const target = 'apmbc-LTU-vote-2025-04-16';
      const old = await store.getEvent(target);
      const fix = newEvent({ id: 'fix-1', kind: 'parliamentary_vote', date: { value: '2025-04-17', precision: 'day' }, supersedes: target });
      expect((await store.appendEvent(fix, [])).ok).toBe(true);
      expect(await store.getEvent(target)).toStrictEqual(old);
      const standing = await store.listEvents({ iso3: 'LTU', standingOnly: true });
      expect(standing.map((e) => e.id)).toContain('fix-1');
      expect(standing.map((e) => e.id)).not.toContain(target);
      const again = failure(await store.appendEvent({ ...fix, id: 'fix-2' }, []));
      expect(again).toMatchObject({ code: 'already_superseded', field: 'supersedes' });
      expect(again.message).toContain('fix-1');
      expect(failure(await store.appendEvent({ ...fix, id: 'fix-3', supersedes: 'no-such-event' }, []))).toMatchObject({ code: 'unknown_event', field: 'supersedes' });
    });

    const target = 'apmbc-LTU-withdrawal-2025-06-27';
    const correction = (day: number) => newEvent({ id: `race-${day}`, kind: 'withdrawal', date: { value: `2025-06-${day}`, precision: 'day' }, supersedes: target });

    // Two at once, then a burst of eight: on PostgreSQL the burst gets past the checks together,
    // so it is the unique key on `supersedes` that picks the winner.
    it.each([2, 8])('lets exactly one of %i concurrent corrections of an event win', async (n) => {
      const results = await Promise.all(Array.from({ length: n }, (_, i) => store.appendEvent(correction(10 + i), [])));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const r of results.filter((x) => !x.ok)) expect(failure(r)).toMatchObject({ code: 'already_superseded', field: 'supersedes' });
      const corrections = (await store.readDataset()).events.filter((e) => e.supersedes === target);
      expect(corrections).toHaveLength(1);
    });

    it('lets exactly one of several concurrent appends of the same fact win', async () => {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.appendEvent(newEvent({ id: `same-${i}` }), [])));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const r of results.filter((x) => !x.ok)) expect(failure(r).code).toBe('duplicate_event');
      expect(await store.listEvents({ iso3: 'LTU', kind: 'government_decision' })).toHaveLength(1);
    });

    it('appends a batch whole or not at all', async () => {
      const a = newEvent({ id: 'batch-a' });
      const b = newEvent({ id: 'batch-b', date: { value: '2025-03-20', precision: 'day' }, supersedes: 'batch-a' });
      const bad = newEvent({ id: 'batch-c', date: { value: '2025-03-21', precision: 'day' }, sources: [{ sourceId: 'nope' }] });
      const refused = failure(await store.appendEvents([{ event: a, newSources: [] }, { event: bad, newSources: [] }]));
      expect(refused).toMatchObject({ code: 'unknown_source', field: 'batch[1].event.sources[0].sourceId' });
      expect(await store.getEvent('batch-a')).toBeUndefined();
      expect(await store.appendEvents([{ event: a, newSources: [] }, { event: b, newSources: [] }])).toStrictEqual({ ok: true, value: [a, b] });
    });
  });

  describe('hostile text', () => {
    beforeEach(async () => {
      await store.loadDataset(storeFixture());
    });

    const hostile = [
      `He said "no" and 'yes' — it's \`fine\` \\ \\\\`,
      "'; DROP TABLE events; --",
      "$1 $$ E'\\x00' :name ? %s",
      '100% _of_ % LIKE',
      '👩🏽‍⚖️🇱🇹💣 \u{1F9E8}',
      'الدولة \u202Eצה״ל\u202C end',
      'Å vs A\u030A; ﬁ; \uFEFFbom',
      ' \t\r\n leading and trailing \n',
      '{"json": [1, null]}',
      'null',
      '',
    ];

    it('round-trips quotes, SQL, emoji, RTL, 100 kB and empty strings unchanged', async () => {
      const big = `${'Lietuvos Respublikos Seimas '.repeat(3700)}ž`;
      expect(big.length).toBeGreaterThan(100_000);
      const source: Source = { id: hostile[1] ?? '', publisher: hostile[4] ?? '', title: hostile[5] ?? '', kind: 'news', notes: big, alsoAt: hostile };
      const details = Object.fromEntries(hostile.map((text, i) => [`${text}#${i}`, i % 2 === 0 ? text : i]));
      const event = newEvent({
        id: `apmbc-LTU-'; DROP TABLE events; --`,
        note: big,
        recordedBy: hostile[4] ?? '',
        details: { ...details, flag: false },
        sources: hostile.map((quote) => ({ sourceId: hostile[1] ?? '', quote })),
      });
      expect((await store.appendEvent(event, [source])).ok).toBe(true);
      expect(await store.getEvent(event.id)).toStrictEqual(event);
      const read = await store.readDataset();
      expect(read.events.at(-1)).toStrictEqual(event);
      expect(read.sources.at(-1)).toStrictEqual(source);
      expect(read.events).toHaveLength(storeFixture().events.length + 1);
    });

    it('refuses NUL characters and broken surrogates with a clear error, storing nothing', async () => {
      const cases: [TreatyEvent, Source[], string][] = [
        [newEvent({ note: 'before\u0000after' }), [], 'note'],
        [newEvent({ details: { 'bad\u0000key': 1 } }), [], 'details.bad\u0000key'],
        [newEvent({ sources: [{ sourceId: 'lrt-2025-04-16', quote: 'half a pair \uD83D' }] }), [], 'sources[0].quote'],
        [newEvent(), [{ id: 'n', publisher: 'p', title: 't\u0000', kind: 'news' }], 'newSources[0].title'],
      ];
      for (const [event, sources, field] of cases) {
        const error = failure(await store.appendEvent(event, sources));
        expect(error).toMatchObject({ code: 'invalid_text', field });
      }
      expect(failure(await store.appendEvent(newEvent({ details: { n: Number.NaN } }), []))).toMatchObject({ code: 'invalid_number', field: 'details.n' });
      expect(await store.readDataset()).toStrictEqual(storeFixture());
    });
  });
});
