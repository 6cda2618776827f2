import type { PeopleData } from '../domain/people/people-data.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { Source } from '../domain/source.js';

/**
 * What some claims need beyond the treaty record: parliamentary votes, the Monitor's casualty
 * figures and the steps of national withdrawals (the people/votes data), with their sources.
 * Any part may be missing: the claims that need it are then unverifiable, and say why.
 */
export type ClaimFacts = Partial<Pick<PeopleData, 'votes' | 'casualtyFigures' | 'monitorReports' | 'pipelineSteps'>> & {
  /** The sources those facts cite (their ids are not in the treaty record's sources). */
  readonly sources?: ReadonlyMap<string, Source>;
  /** The workspace's people, posts, questions and statements, for statement claims. */
  readonly people?: PeopleRecord;
  /** Why the facts could not be loaded, if they could not. */
  readonly problem?: string;
};
