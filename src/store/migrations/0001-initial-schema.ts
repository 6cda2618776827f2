import { type Kysely, type Migration, sql } from 'kysely';

// Only portable DDL here (text, integer, keys, checks): the same migration runs on SQLite and PostgreSQL.
// Never edit a shipped migration; add the next one.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('url', 'text')
    .addColumn('also_at', 'text')
    .addColumn('quote', 'text')
    .addColumn('notes', 'text')
    .addColumn('retrieved', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('states')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('official_name', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('state_aliases')
    .addColumn('iso3', 'text', (c) => c.notNull().references('states.iso3'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('state_aliases_pk', ['iso3', 'position'])
    .execute();

  await db.schema
    .createTable('treaties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('depositary', 'text', (c) => c.notNull())
    .addColumn('untc_number', 'text')
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('adopted', 'text', (c) => c.notNull())
    .addColumn('opened_for_signature', 'text', (c) => c.notNull())
    .addColumn('entry_into_force', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('group_memberships')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('iso3', 'text', (c) => c.notNull().references('states.iso3'))
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('verified', 'integer', (c) => c.notNull().check(sql`verified in (0, 1)`))
    .addColumn('note', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_memberships_pk', ['group_id', 'iso3', 'joined_on'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('iso3', 'text', (c) => c.notNull().references('states.iso3'))
    .addColumn('treaty_id', 'text', (c) => c.references('treaties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text', (c) => c.notNull())
    .addColumn('date_precision', 'text', (c) => c.notNull().check(sql`date_precision in ('day', 'month', 'year')`))
    .addColumn('effective_from', 'text')
    .addColumn('stated_effect', 'text')
    .addColumn('details', 'text')
    .addColumn('verified', 'integer', (c) => c.notNull().check(sql`verified in (0, 1)`))
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'text', (c) => c.references('events.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // An event is corrected at most once: when two corrections race, the database picks the winner.
    .addUniqueConstraint('events_supersedes_unique', ['supersedes'])
    .addUniqueConstraint('events_seq_unique', ['seq'])
    .execute();

  await db.schema
    .createIndex('events_fact_index')
    .on('events')
    .columns(['iso3', 'treaty_id', 'kind', 'date_value'])
    .execute();

  await db.schema
    .createTable('event_citations')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('quote', 'text')
    .addPrimaryKeyConstraint('event_citations_pk', ['event_id', 'position'])
    .execute();

  await db.schema.createIndex('event_citations_source_index').on('event_citations').column('source_id').execute();

  await db.schema
    .createTable('store_sequence')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into store_sequence (name, value) values ('records', 0)`.execute(db);
}

/** The first schema: reference tables, the event log with its citations, and the sequence counter. */
export const initialSchema: Migration = { up };
