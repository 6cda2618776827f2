// Shared by the API tests: each backend (SQLite on a temp file, PostgreSQL in a schema of its own)
// loaded with the shipped dataset, a server built on it with "today" pinned, and tokens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type ServerOptions, buildServer } from '../../src/api/build-server.js';
import { issueToken } from '../../src/api/issue-token.js';
import type { TokenRole } from '../../src/store/api-store.js';
import { openApiStore } from '../../src/store/kysely-api-store.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { shipped } from './shipped.js';

/** The day the tests run "on" (the dataset's own as-of date). */
export const TODAY = '2026-11-23';
/** The PostgreSQL the tests use. */
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One database with the shipped dataset loaded, and how to open more stores on it and drop it. */
export interface TestDb {
  readonly store: KyselyStore;
  /** Another store on the same database (a second server, a second process). */
  open(): Promise<KyselyStore>;
  /** The environment that makes openStore() (and the CLI) use this database. */
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A database engine under test. */
export interface Backend {
  readonly name: string;
  create(): Promise<TestDb>;
}

let counter = 0;

const sqlite: Backend = {
  name: 'SQLite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'tw-api-'));
    const path = join(dir, 'api.db');
    const open = async () => {
      const s = openSqliteStore(path);
      await s.migrate();
      return s;
    };
    const store = await open();
    await store.loadDataset(shipped());
    return { store, open, env: { TREATYWATCH_DB: path }, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  async create() {
    const schema = `tw_api_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_${(counter += 1)}`;
    const open = async () => {
      const s = openPostgresStore({ connectionString: PG_URL, schema });
      await s.migrate();
      return s;
    };
    const cleanup = () => pgQuery(`drop schema if exists ${schema} cascade`);
    try {
      const store = await open();
      await store.loadDataset(shipped());
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      return { store, open, env: { DATABASE_URL: url.toString() }, cleanup };
    } catch (error) {
      await cleanup();
      throw error;
    }
  },
};

async function pgQuery(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** Why PostgreSQL cannot be used here (undefined when it can). */
export const pgProblem = await pgQuery('select 1').then(() => undefined, (e: unknown) => (e instanceof Error ? e.message || e.name : String(e)));
if (pgProblem !== undefined && !process.env.CI) process.stderr.write(`api tests: PostgreSQL SKIPPED, unreachable at ${PG_URL}: ${pgProblem}\n`);
if (pgProblem !== undefined && process.env.CI) throw new Error(`PostgreSQL unreachable at ${PG_URL} (${pgProblem}); CI requires the API tests on it`);

/** The engines to run each suite on: SQLite, and PostgreSQL when it answers (always under CI). */
export const BACKENDS: readonly (readonly [string, Backend])[] = pgProblem === undefined ? [['SQLite', sqlite], ['PostgreSQL', postgres]] : [['SQLite', sqlite]];

/** Builds a server on a store with "today" pinned and logging off (options may override). */
export function testServer(store: KyselyStore, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ store, today: () => TODAY, writeLimit: { max: 10_000, timeWindow: 60_000 }, ...options });
}

/** Makes a token and returns the token itself. */
export async function tokenFor(store: KyselyStore, role: TokenRole, name: string): Promise<string> {
  const r = await issueToken(openApiStore(store), { name, role }, 'test', new Date().toISOString());
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.secret;
}

/** The Authorization header for a token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
