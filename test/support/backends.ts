import pg from 'pg';
import { tempDb } from './cli.js';

/** Where the CLI tests run: a fresh SQLite file, and PostgreSQL in a schema of its own when reachable (required under CI). */
export interface CliBackend {
  readonly name: string;
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be used, or undefined when it answers. */
export async function postgresProblem(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The backends for one test file; PostgreSQL is left out (with a printed reason) only when unreachable and CI is unset. */
export async function cliBackends(label: string): Promise<CliBackend[]> {
  const problem = await postgresProblem();
  const lite: CliBackend = { name: 'SQLite', env: { TREATYWATCH_DB: tempDb() }, cleanup: () => Promise.resolve() };
  if (problem !== undefined && !process.env.CI) {
    process.stderr.write(`${label}: PostgreSQL SKIPPED, unreachable at ${BASE}: ${problem}\n`);
    return [lite];
  }
  const schema = `tw_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  return [lite, {
    name: 'PostgreSQL',
    env: { DATABASE_URL: `${BASE}${BASE.includes('?') ? '&' : '?'}schema=${schema}` },
    cleanup: async () => {
      if (problem !== undefined) return;
      const c = new pg.Client({ connectionString: BASE });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  }];
}
