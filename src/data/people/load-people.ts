import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Dataset } from '../../domain/dataset.js';
import { EMPTY_PEOPLE_DATA, type PeopleCollection, type PeopleData } from '../../domain/people/people-data.js';
import type { PeopleContext } from '../../domain/people/people-problem.js';
import { validatePeople } from '../../domain/people/validate-people.js';
import { type Result, err, ok } from '../../domain/result.js';
import { DEFAULT_DATA_DIR } from '../load-dataset.js';
import { sourceSchema } from '../schemas.js';
import { type PeopleDataError, issueToError, problemToError } from './people-data-error.js';
import * as s from './people-schemas.js';

/** The shipped workspace data: `data/people/` beside the treaty dataset. */
export const DEFAULT_PEOPLE_DIR = join(DEFAULT_DATA_DIR, 'people');

/** Each file of `data/people/` and what it holds. */
const FILES = {
  'sources.json': z.array(sourceSchema),
  'documents.json': z.array(z.strictObject({ id: z.string().min(1), sourceId: z.string().min(1), file: z.string().regex(/^documents\/[\w.-]+\.txt$/, 'a file under documents/, e.g. documents/letter.txt') })),
  'persons.json': z.array(s.personSchema),
  'organizations.json': z.array(s.organizationSchema),
  'posts.json': z.array(s.postSchema),
  'memberships.json': z.array(s.membershipSchema),
  'questions.json': z.array(s.questionSchema),
  'statements.json': z.array(s.statementSchema),
  'votes.json': z.array(s.voteSchema),
  'pipeline.json': z.array(s.pipelineStepSchema),
  'engagements.json': z.array(s.engagementSchema),
  'spokespeople.json': z.array(s.spokespersonSchema),
  'monitor.json': z.strictObject({ reports: z.array(s.monitorReportSchema), figures: z.array(s.casualtyFigureSchema), claims: z.array(s.figureClaimSchema) }),
} as const;
type FileName = keyof typeof FILES;

/** Which file a collection comes from (for naming the file in an error). */
export const FILE_OF: Readonly<Record<PeopleCollection, FileName>> = {
  sources: 'sources.json', documents: 'documents.json', persons: 'persons.json', organizations: 'organizations.json', posts: 'posts.json',
  memberships: 'memberships.json', questions: 'questions.json', statements: 'statements.json', votes: 'votes.json', pipelineSteps: 'pipeline.json',
  engagements: 'engagements.json', spokespeople: 'spokespeople.json', monitorReports: 'monitor.json', casualtyFigures: 'monitor.json', figureClaims: 'monitor.json',
};

/** What the workspace may refer to in a treaty dataset. */
export function contextOf(dataset: Dataset): PeopleContext {
  return { stateIds: new Set(dataset.states.map((x) => x.iso3)), treatyIds: new Set(dataset.treaties.map((t) => t.id)), sourceIds: new Set(dataset.sources.map((x) => x.id)) };
}

/** Reads and validates `data/people/` (or `dir`) against the treaty record it refers to. */
export function loadPeopleData(ctx: PeopleContext, dir: string = DEFAULT_PEOPLE_DIR): Result<PeopleData, PeopleDataError> {
  const files: Record<string, unknown> = {};
  for (const name of Object.keys(FILES)) {
    const path = join(dir, name);
    if (!existsSync(path)) return err({ code: 'missing_file', file: name, message: `${path} is missing` });
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      return err({ code: 'invalid_json', file: name, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return parsePeopleFiles(files, (file) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }, ctx);
}

/** Validates already-parsed files; `readText` returns a stored document's text (or undefined when missing). */
export function parsePeopleFiles(files: Readonly<Record<string, unknown>>, readText: (file: string) => string | undefined, ctx: PeopleContext): Result<PeopleData, PeopleDataError> {
  const parsed: Partial<{ [F in FileName]: z.output<(typeof FILES)[F]> }> = {};
  for (const [name, schema] of Object.entries(FILES) as [FileName, z.ZodType][]) {
    const r = schema.safeParse(files[name]);
    if (!r.success) return err(issueToError(name, files[name], r.error.issues[0]));
    (parsed as Record<string, unknown>)[name] = r.data;
  }
  const p = parsed as { [F in FileName]: z.output<(typeof FILES)[F]> };
  const documents = [];
  for (const d of p['documents.json']) {
    const text = readText(d.file);
    if (text === undefined) return err({ code: 'missing_file', file: 'documents.json', record: d.id, field: 'file', message: `${d.file} is missing` });
    documents.push({ id: d.id, sourceId: d.sourceId, text });
  }
  const data: PeopleData = {
    ...EMPTY_PEOPLE_DATA,
    sources: p['sources.json'], documents, persons: p['persons.json'], organizations: p['organizations.json'], posts: p['posts.json'],
    memberships: p['memberships.json'], questions: p['questions.json'], statements: p['statements.json'], votes: p['votes.json'],
    pipelineSteps: p['pipeline.json'], engagements: p['engagements.json'], spokespeople: p['spokespeople.json'],
    monitorReports: p['monitor.json'].reports, casualtyFigures: p['monitor.json'].figures, figureClaims: p['monitor.json'].claims,
  };
  const clash = data.sources.find((x) => ctx.sourceIds.has(x.id));
  if (clash) return err({ code: 'duplicate_id', file: 'sources.json', record: clash.id, field: 'id', message: `the source id "${clash.id}" is already used by the treaty dataset: choose another` });
  const problem = validatePeople(data, ctx);
  return problem ? err(problemToError(problem, FILE_OF[problem.collection])) : ok(data);
}
