import type { Transaction } from 'kysely';
import type { DomainError } from '../domain/result.js';
import type { StoreDatabase } from './store-schema.js';

/** A write's transaction as extra work sees it: every area's tables (record, queue, workspace) share the one database. */
export type StoreTransaction = Transaction<StoreDatabase>;

/**
 * Work that must commit with a write or not at all, such as marking accepted the suggestion a record
 * came from. It runs inside the write's transaction after the write's own rows, and is given what was
 * written; an error it returns rolls the whole write back and becomes the write's error.
 */
export type AlsoInTransaction<W> = (trx: StoreTransaction, written: W) => Promise<DomainError | undefined>;

/** Options of a store write. */
export interface WriteOptions<W> {
  readonly alsoInTransaction?: AlsoInTransaction<W>;
}
