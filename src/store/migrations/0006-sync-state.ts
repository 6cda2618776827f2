import type { Kysely, Migration } from 'kysely';

// What `treatywatch sync` remembers per treaty between runs: the address it fetched, the validators
// the depositary answered with (for conditional requests), and the page it last stored and imported.
// Portable DDL only, as in 0001; never edit a shipped migration, add the next one.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_state')
    .addColumn('treaty_id', 'text', (c) => c.primaryKey().references('treaties.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    // The "STATUS AS AT" date of the page last imported cleanly, and the document it is stored as.
    .addColumn('status_as_at', 'text')
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text')
    .execute();
}

/** `sync_state`: one row per treaty that `treatywatch sync` has fetched. */
export const syncStateSchema: Migration = { up };
