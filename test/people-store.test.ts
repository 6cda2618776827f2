// The workspace repository's contract, run on SQLite (a real temp file) and PostgreSQL (a fresh
// schema per test, dropped afterwards; skipped with the reason when unreachable, failing under CI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextOf, loadPeopleData } from '../src/data/people/load-people.js';
import type { Engagement } from '../src/domain/people/engagement.js';
import type { PeopleAdditions, PeopleData } from '../src/domain/people/people-data.js';
import type { PeopleContext } from '../src/domain/people/people-problem.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import type { PeopleStore } from '../src/store/people-store.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { shipped } from './support/shipped.js';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgProblem = await (async () => {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
})();
if (pgProblem !== undefined && !process.env.CI) process.stderr.write(`people-store: PostgreSQL SKIPPED, unreachable at ${PG_URL}: ${pgProblem}\n`);

const ctx: PeopleContext = contextOf(shipped());
const data: PeopleData = (() => {
  const r = loadPeopleData(ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
})();

interface Backend { readonly name: string; open(): { store: KyselyStore; cleanup: () => Promise<void> } }
let n = 0;
const backends: Backend[] = [
  { name: 'SQLite', open: () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-people-'));
    return { store: openSqliteStore(join(dir, 'p.db')), cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  } },
  ...(pgProblem !== undefined && !process.env.CI ? [] : [{ name: 'PostgreSQL', open: () => {
    const schema = `tw_people_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_${(n += 1)}`;
    return { store: openPostgresStore({ connectionString: PG_URL, schema }), cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    } };
  } }]),
];

/** A letter from the ICBL Director to a post on a day, built from the shipped ids. */
function letter(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: 'e-test-letter', kinds: ['letter'], date: { value: '2025-10-01', precision: 'day' }, status: 'done', iso3: 'LTU',
    from: [{ personId: 'tamar-gabelnick', organizationId: 'icbl-cmc' }], to: [{ postId: 'ltu-prime-minister' }], cc: [],
    summary: 'Follow-up letter', documents: [], followUps: [], replies: [],
    sources: [{ sourceId: 'corpus-icbl-letter-prime-minister-2025-01-17' }], recordedBy: 'tester', recordedAt: '2026-11-23T10:00:00Z', ...overrides,
  };
}
const first = <T>(list: readonly T[]): T => {
  const x = list[0];
  if (x === undefined) throw new Error('empty fixture list');
  return x;
};

describe.each(backends.map((b) => [b.name, b] as const))('people store on %s', (_name, backend) => {
  let store: KyselyStore;
  let people: PeopleStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    if (backend.name === 'PostgreSQL' && pgProblem !== undefined) throw new Error(`PostgreSQL unreachable at ${PG_URL} (${pgProblem}); CI requires this run`);
    const opened = backend.open();
    store = opened.store;
    cleanup = () => opened.cleanup();
    await store.migrate();
    people = peopleStoreOf(store);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('loads the shipped workspace and reads back exactly the same records, in order; a second load adds nothing', async () => {
    expect(await people.isLoaded()).toBe(false);
    const report = await people.load(data);
    expect(report.persons).toBe(data.persons.length);
    expect(report.memberships).toBe(data.memberships.length);
    expect(await people.isLoaded()).toBe(true);
    expect(await people.read()).toStrictEqual(data);
    const again = await people.load(data);
    expect(Object.values(again).every((v) => v === 0)).toBe(true);
  });

  it('appends a valid engagement to a post, resolved on its date', async () => {
    await people.load(data);
    const r = await people.append({ engagements: [letter()] }, ctx);
    expect(r).toMatchObject({ ok: true });
    expect((await people.read()).engagements.at(-1)).toStrictEqual(letter());
  });

  const vote = first(data.votes);
  const membership = data.memberships.find((m) => m.id === 'm-ltu-prime-minister-inga-ruginiene');
  const spokesperson = first(data.spokespeople);
  const statement = first(data.statements);
  const bad: [string, PeopleAdditions, string, string][] = [
    ['an engagement to a post nobody holds on that date', { engagements: [letter({ date: { value: '2015-01-01', precision: 'day' } })] }, 'post_vacant', 'engagements[e-test-letter].to[0].postId'],
    ['a vote whose counts exceed the seats', { votes: [{ ...vote, id: 'v-test', counts: { yes: 140, no: 2, abstain: 0 } }] }, 'counts_exceed_seats', 'votes[v-test].counts'],
    ['a statement with no source', { statements: [{ ...statement, id: 'st-test', sources: [] }] }, 'source_required', 'statements[st-test].sources'],
    ['overlapping office holders', { memberships: [{ ...(membership ?? first(data.memberships)), id: 'm-test', personId: 'gintautas-paluckas', start: '2025-10-01' }] }, 'overlapping_holders', 'memberships[m-test].start'],
    ['a spokesperson availability that ends before it starts', { spokespeople: [{ ...spokesperson, id: 'sp-test', availability: [{ from: '2025-04-02', to: '2025-04-01', place: 'Vilnius', sources: spokesperson.sources }] }] }, 'availability_ends_before_start', 'spokespeople[sp-test].availability[0].to'],
    ['a duplicate id', { engagements: [letter({ id: first(data.engagements).id })] }, 'duplicate_id', 'engagements[e-icbl-letter-pm-2025-01-17].id'],
  ];
  it.each(bad)('refuses %s, naming the field, and writes nothing', async (_what, additions, code, field) => {
    await people.load(data);
    const r = await people.append({ ...additions, engagements: [...(additions.engagements ?? []), ...(additions.engagements ? [] : [letter({ id: 'e-test-ok' })])] }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code, field });
    expect(await people.read()).toStrictEqual(data);
  });
});
