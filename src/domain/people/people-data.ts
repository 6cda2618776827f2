import type { Source } from '../source.js';
import type { CasualtyFigure, FigureClaim, MonitorReport } from '../monitor/casualties.js';
import type { Engagement } from './engagement.js';
import type { PipelineStep } from './pipeline-step.js';
import type { Membership, Organization, Person, Post } from './popolo.js';
import type { Spokesperson } from './spokesperson.js';
import type { Question, Statement } from './statement.js';
import type { VoteEvent } from './vote.js';

/** A stored document's text (a letter, a media pack, an article), so that citations can quote spans of it. */
export interface PeopleDocument {
  readonly id: string;
  /** The source it is the text of. */
  readonly sourceId: string;
  readonly text: string;
}

/** Everything the campaign workspace holds, as plain data: what the data files and the store hold. */
export interface PeopleData {
  readonly sources: readonly Source[];
  readonly documents: readonly PeopleDocument[];
  readonly persons: readonly Person[];
  readonly organizations: readonly Organization[];
  readonly posts: readonly Post[];
  readonly memberships: readonly Membership[];
  readonly questions: readonly Question[];
  readonly statements: readonly Statement[];
  readonly votes: readonly VoteEvent[];
  readonly pipelineSteps: readonly PipelineStep[];
  readonly engagements: readonly Engagement[];
  readonly spokespeople: readonly Spokesperson[];
  readonly monitorReports: readonly MonitorReport[];
  readonly casualtyFigures: readonly CasualtyFigure[];
  readonly figureClaims: readonly FigureClaim[];
}

/** The collections of PeopleData, in the order they load (what is referred to before what refers). */
export const PEOPLE_COLLECTIONS = [
  'sources',
  'documents',
  'persons',
  'organizations',
  'posts',
  'memberships',
  'questions',
  'statements',
  'votes',
  'pipelineSteps',
  'engagements',
  'spokespeople',
  'monitorReports',
  'casualtyFigures',
  'figureClaims',
] as const satisfies readonly (keyof PeopleData)[];
/** One of PEOPLE_COLLECTIONS. */
export type PeopleCollection = (typeof PEOPLE_COLLECTIONS)[number];

/** A record of any collection. */
export type PeopleItem = PeopleData[PeopleCollection][number];

/** No records at all. */
export const EMPTY_PEOPLE_DATA: PeopleData = Object.fromEntries(PEOPLE_COLLECTIONS.map((c) => [c, []])) as unknown as PeopleData;

/** Some records to add: any collection may be missing. */
export type PeopleAdditions = Partial<PeopleData>;

/** Joins two sets of records (the stored ones and additions). */
export function mergePeople(a: PeopleData, b: PeopleAdditions): PeopleData {
  const out: Record<string, readonly unknown[]> = {};
  for (const c of PEOPLE_COLLECTIONS) out[c] = [...a[c], ...(b[c] ?? [])];
  return out as unknown as PeopleData;
}
