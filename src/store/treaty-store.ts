import type { Dataset } from '../domain/dataset.js';
import type { TreatyEvent } from '../domain/event.js';
import type { Result } from '../domain/result.js';
import type { Source } from '../domain/source.js';

/** What loading the shipped dataset changed (zero everywhere on a second run). */
export interface LoadReport {
  readonly states: number;
  readonly treaties: number;
  readonly sources: number;
  readonly events: number;
  readonly memberships: number;
}

/** Persistence of the record behind one small interface; SQLite and PostgreSQL implement it alike. */
export interface TreatyStore {
  /** Brings the schema up to date (idempotent). */
  migrate(): Promise<void>;
  /** Loads the curated dataset in one transaction; rows already present are left as they are. */
  loadDataset(dataset: Dataset): Promise<LoadReport>;
  /** Reads the whole record (events in the order they were recorded, superseded ones included). */
  readDataset(): Promise<Dataset>;
  /** Whether any dataset has been loaded. */
  isInitialised(): Promise<boolean>;
  /**
   * Appends one event, with any new sources it cites, in one transaction.
   * Fails with `duplicate_event` (same id, or same state, treaty, kind and date as a standing event),
   * `unknown_source`, or `superseded_event` / `unknown_event` for a correction whose target is gone or missing.
   */
  appendEvent(event: TreatyEvent, newSources: readonly Source[]): Promise<Result<TreatyEvent>>;
  /** One event by id, superseded or not. */
  getEvent(id: string): Promise<TreatyEvent | undefined>;
  close(): Promise<void>;
}
