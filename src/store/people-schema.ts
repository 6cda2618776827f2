import type { Kysely } from 'kysely';
import type { PeopleCollection, PeopleItem } from '../domain/people/people-data.js';

// Each workspace collection has its own table: the record as JSON text in `body` (one code path on
// both engines, like the treaty tables), plus the columns that carry its references (with foreign
// keys, so the database itself refuses an orphan) and the keys listings filter on.

/** A row of any people table: id, the record as JSON, its recording order, and its key columns. */
export interface PeopleRow {
  id: string;
  body: string;
  seq: number;
  source_id?: string | null;
  person_id?: string | null;
  organization_id?: string | null;
  post_id?: string | null;
  question_id?: string | null;
  report_id?: string | null;
  name?: string | null;
  iso3?: string | null;
  treaty_id?: string | null;
  stage?: string | null;
  date_value?: string | null;
  start_on?: string | null;
  end_on?: string | null;
  year?: number | null;
}

/** The key columns a table has (besides id, body and seq), each with the table it references, if any. */
export type KeyColumns = Partial<Record<Exclude<keyof PeopleRow, 'id' | 'body' | 'seq'>, string | null>>;

/** Table name and key columns of each collection (the migration and the repository read this one list). */
export const PEOPLE_TABLES: Readonly<Record<PeopleCollection, { readonly table: string; readonly columns: KeyColumns }>> = {
  sources: { table: 'people_sources', columns: {} },
  documents: { table: 'people_documents', columns: { source_id: 'people_sources' } },
  persons: { table: 'people_persons', columns: { name: null } },
  organizations: { table: 'people_organizations', columns: { name: null, iso3: null } },
  posts: { table: 'people_posts', columns: { organization_id: 'people_organizations', iso3: null } },
  memberships: { table: 'people_memberships', columns: { person_id: 'people_persons', organization_id: 'people_organizations', post_id: 'people_posts', start_on: null, end_on: null } },
  questions: { table: 'people_questions', columns: { iso3: null, treaty_id: null } },
  statements: { table: 'people_statements', columns: { question_id: 'people_questions', person_id: 'people_persons', date_value: null } },
  votes: { table: 'people_votes', columns: { organization_id: 'people_organizations', iso3: null, treaty_id: null, date_value: null } },
  pipelineSteps: { table: 'people_pipeline_steps', columns: { iso3: null, treaty_id: null, stage: null, date_value: null } },
  engagements: { table: 'people_engagements', columns: { iso3: null, date_value: null } },
  spokespeople: { table: 'people_spokespeople', columns: { person_id: 'people_persons', organization_id: 'people_organizations' } },
  monitorReports: { table: 'people_monitor_reports', columns: {} },
  casualtyFigures: { table: 'people_casualty_figures', columns: { report_id: 'people_monitor_reports', year: null } },
  figureClaims: { table: 'people_figure_claims', columns: {} },
};

/** The people tables, for Kysely's typed queries. */
export type PeopleDatabase = Record<string, PeopleRow>;

/** A Kysely instance (or transaction) over the people tables. */
export type PeopleDb = Kysely<PeopleDatabase>;

/** The key column values of one record. */
export function keyValues(collection: PeopleCollection, item: PeopleItem): Omit<PeopleRow, 'id' | 'body' | 'seq'> {
  const r = item as unknown as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const date = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? str((v as { value?: unknown }).value) : null);
  const all: Omit<PeopleRow, 'id' | 'body' | 'seq'> = {
    source_id: str(r.sourceId),
    person_id: str(r.personId ?? r.speakerId),
    organization_id: str(r.organizationId ?? r.bodyId),
    post_id: str(r.postId),
    question_id: str(r.questionId),
    report_id: str(r.reportId),
    name: str(r.name),
    iso3: str(r.iso3),
    treaty_id: str(r.treatyId),
    stage: str(r.stage),
    date_value: date(r.date),
    start_on: str(r.start),
    end_on: str(r.end),
    year: typeof r.year === 'number' ? r.year : null,
  };
  const keep = PEOPLE_TABLES[collection].columns;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k in keep));
}
