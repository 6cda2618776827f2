import type { PeopleAdditions, PeopleCollection, PeopleData } from '../domain/people/people-data.js';
import type { PeopleContext, PeopleProblem } from '../domain/people/people-problem.js';
import type { DomainError, Result } from '../domain/result.js';
import type { WriteOptions } from './store-transaction.js';

/** How many records of each collection a load or an append wrote (zero everywhere on a second load). */
export type PeopleWriteReport = Readonly<Record<PeopleCollection, number>>;

/** Persistence of the campaign workspace; SQLite and PostgreSQL implement it alike (kysely-people-store.ts). */
export interface PeopleStore {
  /** Whether any workspace record is stored. */
  isLoaded(): Promise<boolean>;
  /** Loads the shipped workspace data insert-if-absent, in one transaction: records already stored (by id) are left as they are. */
  load(data: PeopleData): Promise<PeopleWriteReport>;
  /** Reads every record, each collection in recording order. */
  read(): Promise<PeopleData>;
  /**
   * Validates the additions against the stored records and the treaty record (`ctx`) and writes
   * them, all in one transaction: one refusal (overlapping office holders, counts that exceed the
   * seats, an engagement to a post nobody holds, a statement without a source, a duplicate id, …)
   * and nothing is written. `alsoInTransaction` runs last in the same transaction: its error rolls all back.
   */
  append(additions: PeopleAdditions, ctx: PeopleContext, options?: WriteOptions<PeopleWriteReport>): Promise<Result<PeopleWriteReport, PeopleProblem | DomainError>>;
}
