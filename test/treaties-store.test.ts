// The shipped dataset with all its treaties through the store, on SQLite and on PostgreSQL (a schema
// of its own, dropped afterwards): a protocol's parent, a treaty's unverified marks, a treaty with no
// entry into force (the CTBT) and the new kinds of event read back exactly as loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { TreatyStore } from '../src/store/treaty-store.js';
import { shipped } from './support/shipped.js';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `tw_treaties_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;

async function reachable(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
const problem = await reachable();
if (problem !== undefined && !process.env.CI) process.stderr.write(`treaties-store: PostgreSQL SKIPPED, unreachable at ${PG_URL}: ${problem}\n`);

const dir = mkdtempSync(join(tmpdir(), 'tw-treaties-'));
const backends: [string, () => TreatyStore][] = [['SQLite', () => openSqliteStore(join(dir, 'store.db'))]];
if (problem === undefined || process.env.CI) backends.push(['PostgreSQL', () => openPostgresStore({ connectionString: PG_URL, schema })]);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (problem !== undefined) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
});

describe.each(backends)('the whole shipped dataset on %s', (_name, open) => {
  it('reads back every treaty and event exactly as loaded', async () => {
    if (problem !== undefined && _name === 'PostgreSQL') throw new Error(`PostgreSQL unreachable at ${PG_URL} (${problem}); CI requires this run`);
    const dataset = shipped();
    const store = open();
    try {
      await store.migrate();
      await store.loadDataset(dataset);
      const read = await store.readDataset();
      expect(read.treaties).toStrictEqual(dataset.treaties);
      expect(read.treaties.find((t) => t.id === 'ccw-p1')?.parentTreatyId).toBe('ccw');
      expect(read.treaties.find((t) => t.id === 'enmod')?.unverified?.map((m) => m.path)).toEqual(['rules.entryIntoForce.quote']);
      expect(read.treaties.find((t) => t.id === 'ctbt')).not.toHaveProperty('entryIntoForce');
      const kinds = ['consent_to_be_bound', 'ratification_withdrawn', 'intent_not_to_become_party', 'provisional_application'];
      const pick = (events: typeof read.events) => events.filter((e) => kinds.includes(e.kind));
      expect(pick(read.events)).toStrictEqual(pick(dataset.events));
      expect(read.events).toHaveLength(dataset.events.length);
    } finally {
      await store.close();
    }
  }, 60_000);
});
