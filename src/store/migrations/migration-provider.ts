import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { initialSchema } from './0001-initial-schema.js';

// Migrations are code, imported statically, so they ship inside dist/ and never depend on
// reading a folder at run time. Names sort in the order they must run.
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
};

/** Hands Kysely's Migrator the migrations compiled into this package. */
export const codeMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};

/** Runs every pending migration; throws (naming the migration) when one fails. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  if (await isUpToDate(db)) return;
  const migrator = new Migrator({ db, provider: codeMigrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  throw new Error(`database migration ${failed} failed`, { cause: error });
}

/**
 * Whether the newest migration is already recorded: one indexed read, so that every CLI run
 * does not pay for the Migrator's lock and bookkeeping. Any doubt (no table yet) means "no".
 */
async function isUpToDate<DB>(db: Kysely<DB>): Promise<boolean> {
  const latest = Object.keys(MIGRATIONS).sort().at(-1) ?? '';
  try {
    const found = await sql<{ name: string }>`select name from kysely_migration where name = ${latest}`.execute(db);
    return found.rows.length > 0;
  } catch {
    return false;
  }
}
