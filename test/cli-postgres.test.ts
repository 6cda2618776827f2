import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from './support/cli.js';

// The main job on PostgreSQL: the same CLI, DATABASE_URL set, a schema of its own dropped afterwards.
const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `tw_cli_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
const url = `${BASE}${BASE.includes('?') ? '&' : '?'}schema=${schema}`;

async function reachable(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
const problem = await reachable();
if (problem !== undefined && !process.env.CI) process.stderr.write(`cli-postgres: SKIPPED, PostgreSQL unreachable at ${BASE}: ${problem}\n`);

describe.skipIf(problem !== undefined && !process.env.CI)('the CLI on PostgreSQL (DATABASE_URL)', () => {
  beforeAll(() => {
    if (problem !== undefined) throw new Error(`PostgreSQL unreachable at ${BASE} (${problem}); CI requires this run`);
  });
  afterAll(async () => {
    if (problem !== undefined) return;
    const c = new pg.Client({ connectionString: BASE });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  });

  it('init, status and a refused write give the same answers as on SQLite', async () => {
    const onPg = { DATABASE_URL: url };
    const onLite = { TREATYWATCH_DB: tempDb() };
    expect((await cli(['init'], onPg)).code).toBe(0);
    for (const args of [['status', 'apmbc', '--on', '2025-03-26', '--json'], ['state', 'Lithuania', '--json'], ['pending', 'ccm', '--on', '2024-12-01', '--json']]) {
      const a = await cli(args, onPg);
      const b = await cli(args, onLite);
      expect(a.code, a.stderr).toBe(0);
      expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
    }
    const bad = await cli(['add-event', '--state', 'USA', '--treaty', 'apmbc', '--kind', 'withdrawal', '--date', '2025-01-01', '--source-url', 'https://e.org', '--source-title', 't', '--publisher', 'p'], onPg);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/withdrawal_by_non_party/)]);
    const counts = JSON.parse((await cli(['status', 'apmbc', '--on', '2025-03-26', '--json'], onPg)).stdout) as { counts: { parties_deposited: number; parties_in_force: number } };
    expect([counts.counts.parties_deposited, counts.counts.parties_in_force]).toEqual([165, 164]);
  });
});
