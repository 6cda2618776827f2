import { type Kysely, type Migration, sql } from 'kysely';

// The API's tables: bearer tokens (only a hash of each is kept) and idempotency keys.
// Portable DDL only, as in 0001; never edit a shipped migration, add the next one.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('editor', 'admin')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  // A name says who wrote (it becomes recordedBy): one live token per name; a revoked one frees the name.
  await db.schema
    .createIndex('api_tokens_live_name')
    .on('api_tokens')
    .column('name')
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('api_idempotency')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    // Null while the first request is still being answered.
    .addColumn('status', 'integer')
    .addColumn('body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('api_idempotency_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('api_idempotency_created').on('api_idempotency').column('created_at').execute();
}

/** API tokens (hashes only) and idempotency keys. */
export const apiSchema: Migration = { up };
