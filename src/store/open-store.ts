import type { KyselyStore } from './kysely-store.js';

/** The environment variables that choose a store. */
export interface StoreEnv {
  /** A PostgreSQL URL (optionally with `?schema=`); when set, PostgreSQL is used. */
  readonly DATABASE_URL?: string | undefined;
  /** The SQLite file used otherwise (default `./treatywatch.db`). */
  readonly TREATYWATCH_DB?: string | undefined;
}

/** Options for openStore. */
export interface OpenStoreOptions {
  /** Bring the schema up to date before returning (default true; cheap when nothing is pending). */
  readonly migrate?: boolean;
}

/** Opens the store the environment names: PostgreSQL when DATABASE_URL is set, else SQLite at TREATYWATCH_DB or ./treatywatch.db. */
export async function openStore(env: StoreEnv, options: OpenStoreOptions = {}): Promise<KyselyStore> {
  // Each engine's driver is imported only when chosen: a CLI run on SQLite never loads pg (and starts faster).
  const store =
    env.DATABASE_URL !== undefined && env.DATABASE_URL !== ''
      ? (await import('./postgres-store.js')).openPostgresStore({ connectionString: env.DATABASE_URL })
      : (await import('./sqlite-store.js')).openSqliteStore(env.TREATYWATCH_DB !== undefined && env.TREATYWATCH_DB !== '' ? env.TREATYWATCH_DB : './treatywatch.db');
  if (options.migrate === false) return store;
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
