import { PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { domainError } from '../domain/result.js';
import { KyselyStore } from './kysely-store.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreDb } from './store-schema.js';
import { StoreError } from './store-error.js';

/** How to reach PostgreSQL. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:5432/db`; a `?schema=name` parameter works like the `schema` option. */
  readonly connectionString: string;
  /** Keep every table in this schema (created by migrate()), e.g. to isolate a test run. */
  readonly schema?: string;
  /** Most connections the pool opens (default 10). */
  readonly maxConnections?: number;
}

/** Opens a PostgreSQL store over a connection pool. Call migrate() before use. */
export function openPostgresStore(options: PostgresStoreOptions): KyselyStore {
  return new KyselyStore(postgresStoreDialect(options));
}

/** The PostgreSQL capabilities: a pg Pool whose connections look only in the chosen schema. */
export function postgresStoreDialect(options: PostgresStoreOptions): StoreDialect {
  const { connectionString, urlSchema } = splitSchema(options.connectionString);
  const schema = options.schema ?? urlSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(domainError('invalid_schema', `"${schema}" is not a usable schema name: use lower-case letters, digits and _ (at most 63), starting with a letter`, 'schema'));
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // search_path set at connection start applies to every statement, migrations included.
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  // An idle connection that dies (server restart) is dropped by the pool; without a listener Node would crash.
  // The next query reports the problem to its caller.
  pool.on('error', () => undefined);
  return {
    name: 'postgres',
    kysely: new PostgresDialect({ pool }),
    prepare: async (db) => {
      if (schema !== undefined) await createSchema(db, schema);
    },
    uniqueViolation,
  };
}

// pg reports SQLSTATE 23505 with the table, and the columns in `detail`: `Key (supersedes)=(x) already exists.`
function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof pg.DatabaseError) || error.code !== '23505') return undefined;
  const columns = /^Key \((.+?)\)=/.exec(error.detail ?? '')?.[1];
  return error.table === undefined || columns === undefined ? undefined : `${error.table}.${columns}`;
}

async function createSchema(db: StoreDb, schema: string): Promise<void> {
  try {
    await db.schema.createSchema(schema).ifNotExists().execute();
  } catch (error) {
    // `if not exists` can still fail when two processes race to create it (Kysely's Migrator says
    // the same of its tables): that is fine as long as the schema is there now.
    const found = await sql<{ one: number }>`select 1 as one from pg_namespace where nspname = ${schema}`.execute(db);
    if (found.rows.length === 0) throw error;
  }
}

// pg does not know `?schema=`: take it out, leaving the URL untouched otherwise (percent-escapes and all).
// A libpq keyword string (`host=… dbname=…`) is not a URL and cannot carry it: pass it through.
function splitSchema(url: string): { connectionString: string; urlSchema?: string } {
  if (!URL.canParse(url)) return { connectionString: url };
  const parsed = new URL(url);
  const urlSchema = parsed.searchParams.get('schema');
  if (urlSchema === null) return { connectionString: url };
  parsed.searchParams.delete('schema');
  return urlSchema === '' ? { connectionString: parsed.toString() } : { connectionString: parsed.toString(), urlSchema };
}
