import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { initialSchema } from './0001-initial-schema.js';
import { apiSchema } from './0002-api.js';
import { documentsSchema } from './0003-documents.js';
import { treatyMarksSchema } from './0004-treaty-marks.js';
import { peopleSchema } from './0005-people.js';
import { syncStateSchema } from './0006-sync-state.js';

// Migrations are code, imported statically, so they ship inside dist/ and never depend on
// reading a folder at run time. Names sort in the order they must run.
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-api': apiSchema,
  '0003-documents': documentsSchema,
  '0004-treaty-marks': treatyMarksSchema,
  '0005-people': peopleSchema,
  '0006-sync-state': syncStateSchema,
};

/** Hands Kysely's Migrator the migrations compiled into this package. */
export const codeMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};

/** Runs every pending migration; throws (naming the migration) when one fails. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  if (await isUpToDate(db)) return;
  const schema = await currentSchema(db);
  // Kysely looks for its bookkeeping tables in every schema unless told which: name ours, or a
  // fresh schema beside another that has them (parallel test runs, two deployments) never migrates.
  const migrator = new Migrator({ db, provider: codeMigrationProvider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  throw new Error(`database migration ${failed} failed`, { cause: error });
}

/** PostgreSQL's schema in use (from search_path); undefined on SQLite, which has none. */
async function currentSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  try {
    return (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema ?? undefined;
  } catch {
    return undefined;
  }
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
