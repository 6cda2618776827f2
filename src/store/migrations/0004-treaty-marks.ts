import type { Kysely, Migration } from 'kysely';

// A treaty's place under a parent (a CCW protocol joined separately) and the paths of its
// values that no stored source confirms: both optional, NULL when absent (the list as JSON text).
// Portable DDL only, as in 0001; never edit a shipped migration, add the next one.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('treaties').addColumn('parent_treaty_id', 'text').execute();
  await db.schema.alterTable('treaties').addColumn('unverified', 'text').execute();
}

/** `treaties.parent_treaty_id` and `treaties.unverified`. */
export const treatyMarksSchema: Migration = { up };
