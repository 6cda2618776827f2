import type { Dataset } from '../domain/dataset.js';
import type { EventKind, TreatyEvent } from '../domain/event.js';
import type { Result } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import type { WriteOptions } from './store-transaction.js';

/** What loading the shipped dataset changed (zero everywhere on a second run). */
export interface LoadReport {
  readonly states: number;
  readonly treaties: number;
  readonly groups: number;
  readonly sources: number;
  readonly events: number;
  readonly memberships: number;
}

/** The stable `code`s appendEvent can fail with (the `field` says where, the message what to fix). */
export const APPEND_EVENT_ERRORS = [
  /** Same id as a stored event, or same state, treaty, kind and date as a standing one. */
  'duplicate_event',
  /** A new source whose id is stored already with different content. */
  'duplicate_source',
  'unknown_state',
  'unknown_treaty',
  /** A citation to a source neither stored nor among the new sources. */
  'unknown_source',
  /** A correction whose target is not stored. */
  'unknown_event',
  /** A correction whose target another event already corrects. */
  'already_superseded',
  /** Text that cannot be stored exactly (a NUL character, a lone surrogate). */
  'invalid_text',
  /** A number that cannot be stored exactly (NaN, Infinity). */
  'invalid_number',
] as const;
/** One of APPEND_EVENT_ERRORS. */
export type AppendEventError = (typeof APPEND_EVENT_ERRORS)[number];

/** One event to append, with the sources it cites that the store does not hold yet. */
export interface AppendItem {
  readonly event: TreatyEvent;
  readonly newSources: readonly Source[];
}

/** Which events listEvents returns; every field narrows, none means all. */
export interface EventFilter {
  readonly iso3?: string;
  /** A treaty id, or null for the events that concern the state alone. */
  readonly treatyId?: string | null;
  readonly kind?: EventKind;
  /** Only events no other event supersedes. */
  readonly standingOnly?: boolean;
}

/** Persistence of the record behind one small interface; SQLite and PostgreSQL implement it alike. */
export interface TreatyStore {
  /** Brings the schema up to date (idempotent). */
  migrate(): Promise<void>;
  /**
   * Loads the curated dataset in one transaction; rows already present are left as they are.
   * Throws a StoreError (and changes nothing) when the dataset cites what neither it nor the store holds.
   */
  loadDataset(dataset: Dataset): Promise<LoadReport>;
  /** Reads the whole record (events in the order they were recorded, superseded ones included). */
  readDataset(): Promise<Dataset>;
  /** Whether any dataset has been loaded. */
  isInitialised(): Promise<boolean>;
  /**
   * Appends one event, with any new sources it cites, in one transaction.
   * Fails with one of APPEND_EVENT_ERRORS, e.g. `duplicate_event`, `unknown_source`,
   * or `unknown_event` / `already_superseded` for a correction whose target is missing or corrected already.
   */
  appendEvent(event: TreatyEvent, newSources: readonly Source[]): Promise<Result<TreatyEvent>>;
  /**
   * Appends several events in one transaction, each checked against the log as the ones before it
   * leave it (an import, a correction with its follow-ups): one refusal and nothing is written.
   * Errors are those of appendEvent, with the field placed in the batch: `batch[2].event.supersedes`.
   * `alsoInTransaction` runs last in the same transaction (given the events): its error rolls all back.
   */
  appendEvents(batch: readonly AppendItem[], options?: WriteOptions<readonly TreatyEvent[]>): Promise<Result<TreatyEvent[]>>;
  /** One event by id, superseded or not. */
  getEvent(id: string): Promise<TreatyEvent | undefined>;
  /** The events that match, in recording order (for listings such as `treatywatch events LTU`). */
  listEvents(filter: EventFilter): Promise<TreatyEvent[]>;
  /** Releases the database (the SQLite file, the PostgreSQL pool). */
  close(): Promise<void>;
}
