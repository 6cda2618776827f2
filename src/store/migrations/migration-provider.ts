import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
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
  const migrator = new Migrator({ db, provider: codeMigrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  throw new Error(`database migration ${failed} failed`, { cause: error });
}
