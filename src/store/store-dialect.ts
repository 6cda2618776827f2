import type { Dialect } from 'kysely';
import type { StoreDb } from './store-schema.js';

/**
 * What differs between the engines, as capabilities the store asks for (never `if (pg)` in the
 * store itself). Everything else, JSON and booleans included, takes one code path.
 */
export interface StoreDialect {
  /** A name for messages and logs: `sqlite` or `postgres`. */
  readonly name: string;
  /** The Kysely dialect to query through. */
  readonly kysely: Dialect;
  /** Runs before migrating, e.g. creating the PostgreSQL schema the store lives in. */
  prepare(db: StoreDb): Promise<void>;
  /**
   * Reads a driver error as a unique-key violation, returning `table.column` (e.g. `events.supersedes`),
   * or undefined when it is something else.
   */
  uniqueViolation(error: unknown): string | undefined;
}
