import type { DomainError } from '../result.js';
import type { PeopleCollection } from './people-data.js';

/** What the workspace's records may refer to in the treaty record. */
export interface PeopleContext {
  readonly stateIds: ReadonlySet<string>;
  readonly treatyIds: ReadonlySet<string>;
  /** Source ids of the treaty record (a pipeline step may cite the depositary). */
  readonly sourceIds: ReadonlySet<string>;
}

/** A refused record: which collection, which record, which field, and what to fix (with a stable code). */
export interface PeopleProblem extends DomainError {
  readonly collection: PeopleCollection;
  readonly record: string;
}

/** Builds a problem; the field is given as `<collection>[<id>].<path>`. */
export function problem(collection: PeopleCollection, record: string, path: string, code: string, message: string): PeopleProblem {
  return { code, collection, record, field: `${collection}[${record}]${path === '' ? '' : `.${path}`}`, message };
}
