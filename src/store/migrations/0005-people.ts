import type { Kysely, Migration } from 'kysely';

// The campaign workspace (people, offices, statements, votes, engagements, spokespeople, Monitor
// figures): one table per collection, holding the record as JSON text in `body`, its recording
// order in `seq`, and the key columns it is referenced or filtered by, with foreign keys. Tables
// come in load order, so each foreign key points at a table created before it. Portable DDL only.
// The list is spelt out here, not imported, so that this migration never changes once shipped.

/** [table, [column, referenced table or null][]] in creation order. */
const TABLES: readonly (readonly [string, readonly (readonly [string, string | null])[]])[] = [
  ['people_sources', []],
  ['people_documents', [['source_id', 'people_sources']]],
  ['people_persons', [['name', null]]],
  ['people_organizations', [['name', null], ['iso3', null]]],
  ['people_posts', [['organization_id', 'people_organizations'], ['iso3', null]]],
  ['people_memberships', [['person_id', 'people_persons'], ['organization_id', 'people_organizations'], ['post_id', 'people_posts'], ['start_on', null], ['end_on', null]]],
  ['people_questions', [['iso3', null], ['treaty_id', null]]],
  ['people_statements', [['question_id', 'people_questions'], ['person_id', 'people_persons'], ['date_value', null]]],
  ['people_votes', [['organization_id', 'people_organizations'], ['iso3', null], ['treaty_id', null], ['date_value', null]]],
  ['people_pipeline_steps', [['iso3', null], ['treaty_id', null], ['stage', null], ['date_value', null]]],
  ['people_engagements', [['iso3', null], ['date_value', null]]],
  ['people_spokespeople', [['person_id', 'people_persons'], ['organization_id', 'people_organizations']]],
  ['people_monitor_reports', []],
  ['people_casualty_figures', [['report_id', 'people_monitor_reports'], ['year', null]]],
  ['people_figure_claims', []],
];

async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of TABLES) {
    let t = db.schema.createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull());
    for (const [column, references] of columns) {
      t = t.addColumn(column, column === 'year' ? 'integer' : 'text', (c) => (references === null ? c : c.references(`${references}.id`)));
    }
    await t.execute();
    for (const [column] of columns.filter(([c]) => c.endsWith('_id') || c === 'iso3')) {
      await db.schema.createIndex(`${table}_${column}_index`).on(table).column(column).execute();
    }
  }
}

/** The campaign workspace's tables. */
export const peopleSchema: Migration = { up };
