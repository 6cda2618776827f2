import type { Result } from '../domain/result.js';
import type { Source } from '../domain/source.js';

/** What `treatywatch sync` remembers about one treaty's status page between runs. */
export interface SyncState {
  readonly treatyId: string;
  /** The address fetched (validators are only sent back to the same address). */
  readonly url: string;
  /** The depositary's validators, sent back as If-None-Match / If-Modified-Since. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** The "STATUS AS AT" date of the page last imported, and the document it is stored as. */
  readonly statusAsAt?: string;
  readonly documentId?: string;
  /** When the page was last asked for, and when a new page last came back (ISO 8601). */
  readonly checkedAt: string;
  readonly changedAt?: string;
}

/** The sync bookkeeping, on the store's own database. */
export interface SyncStore {
  get(treatyId: string): Promise<SyncState | undefined>;
  /** Every treaty fetched so far, by treaty id. */
  list(): Promise<SyncState[]>;
  /** Saves the state after a check that changes nothing in the record (304, the same page, an older one). */
  save(state: SyncState): Promise<void>;
  /**
   * Records a newer status page imported cleanly: the page as a new depositary source (so the treaty's
   * horizon moves to its date) and the state, in one transaction. A different source stored under the
   * same id is refused (`duplicate_source`) and nothing is written.
   */
  advance(state: SyncState, page: Source): Promise<Result<void>>;
}
