import type { Dataset } from '../domain/dataset.js';
import type { ObligationRecord } from '../domain/monitor/obligation-event.js';
import { type RecordIndex, indexRecord } from '../domain/record-index.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { AppendItem } from '../store/treaty-store.js';

/** The record as one version of it: indexed once, shared by every read until the next write. */
export interface RecordSnapshot {
  readonly index: RecordIndex;
  readonly dataset: Dataset;
  /** The store's record counter when it was read: it moves with every write, from any process. */
  readonly version: number;
  /** When the record last changed: the newest `recordedAt` of its events, as an HTTP date. */
  readonly lastModified: string;
}

/**
 * Holds the indexed record. Writes through this server refresh it at once; writes by other
 * processes (the CLI, another server on the same PostgreSQL) are noticed by reading the store's
 * counter, at most once per `recheckMs`, so a read costs no query at all in between.
 */
export class RecordCache {
  private snapshot: Promise<RecordSnapshot> | undefined;
  /** What `snapshot` resolved to, once it has (undefined while a read is in flight). */
  private held: RecordSnapshot | undefined;
  private checkedAt = 0;
  private checking: Promise<RecordSnapshot> | undefined;

  private monitor: ObligationRecord | undefined;

  /** `obligations` reads the Monitor's obligation record (shipped beside the dataset, not in the store), once, checked against the first record read. */
  constructor(
    private readonly store: KyselyStore,
    private readonly recheckMs: number,
    private readonly clock: () => number = Date.now,
    private readonly obligations?: (dataset: Dataset) => ObligationRecord,
  ) {}

  /** Indexes a dataset with the Monitor's obligation record. */
  private indexOf(dataset: Dataset): RecordIndex {
    if (this.obligations !== undefined) this.monitor ??= this.obligations(dataset);
    return indexRecord(dataset, this.monitor);
  }

  /** The current snapshot (reading the store only when it may have changed). */
  current(): Promise<RecordSnapshot> {
    if (this.snapshot === undefined) return this.refresh();
    if (this.clock() - this.checkedAt < this.recheckMs) return this.snapshot;
    this.checking ??= this.recheck().finally(() => (this.checking = undefined));
    return this.checking;
  }

  /**
   * The snapshot `current()` would give now, when that needs no waiting (read already, checked
   * within recheckMs); otherwise undefined. A cached read then answers without a promise.
   */
  ready(): RecordSnapshot | undefined {
    return this.held !== undefined && this.clock() - this.checkedAt < this.recheckMs ? this.held : undefined;
  }

  /** Reads and indexes the record again (after a write). */
  refresh(): Promise<RecordSnapshot> {
    this.checkedAt = this.clock();
      this.held = undefined;
      const next = load(this.store, (d) => this.indexOf(d));
    // A failed read is not kept: the next request reads again.
    const kept: Promise<RecordSnapshot> = next.then(
      (snap) => {
        if (this.snapshot === kept) this.held = snap;
        return snap;
      },
      (error: unknown) => {
        if (this.snapshot === kept) this.snapshot = undefined;
        throw error;
      },
    );
    this.snapshot = kept;
    return kept;
  }

  /** The snapshot, checked against the store's counter now (not after recheckMs): what a write validates against. */
  async latest(): Promise<RecordSnapshot> {
    const held = await (this.snapshot ?? this.refresh());
    const version = await readVersion(this.store);
    this.checkedAt = this.clock();
    return version === held.version ? held : this.refresh();
  }

  /**
   * After this server wrote `batch` on top of `held`: when the counter moved by exactly what the
   * batch reserved (one value per event and per new source), nobody else wrote in between, and the
   * new record is `held` with the batch appended — indexed here instead of read back whole.
   * Otherwise it is read again.
   */
  async written(held: RecordSnapshot, batch: readonly AppendItem[]): Promise<RecordSnapshot> {
    const reserved = batch.reduce((n, b) => n + b.newSources.length + 1, 0);
    const version = await readVersion(this.store);
    if (version !== held.version + reserved) return this.refresh();
    const dataset = {
      ...held.dataset,
      events: [...held.dataset.events, ...batch.map((b) => b.event)],
      sources: [...held.dataset.sources, ...batch.flatMap((b) => b.newSources)],
    };
    const next: RecordSnapshot = { index: this.indexOf(dataset), dataset, version, lastModified: lastModifiedOf(dataset) };
    const current = await this.snapshot?.catch(() => undefined);
    // A refresh by a concurrent request may already hold a newer version: never step back.
    if (current === undefined || current.version <= version) {
      this.snapshot = Promise.resolve(next);
      this.held = next;
      this.checkedAt = this.clock();
    }
    return next;
  }

  private async recheck(): Promise<RecordSnapshot> {
    const held = await (this.snapshot ?? this.refresh());
    // If the store cannot say (a dropped connection), keep answering from what is held and ask again after recheckMs.
    const version = await readVersion(this.store).catch(() => held.version);
    this.checkedAt = this.clock();
    return version === held.version ? held : this.refresh();
  }
}

async function load(store: KyselyStore, indexOf: (d: Dataset) => RecordIndex): Promise<RecordSnapshot> {
  // The counter first: a write landing in between makes the version look older than the data,
  // which only costs one extra rebuild, never a stale answer under a new version.
  const version = await readVersion(store);
  const dataset = await store.readDataset();
  return { index: indexOf(dataset), dataset, version, lastModified: lastModifiedOf(dataset) };
}

/** The newest `recordedAt` of the record's events, as an HTTP date. */
function lastModifiedOf(dataset: Dataset): string {
  const newest = dataset.events.reduce((max, e) => (e.recordedAt > max ? e.recordedAt : max), '');
  const time = Date.parse(newest);
  return new Date(Number.isNaN(time) ? 0 : time).toUTCString();
}

async function readVersion(store: KyselyStore): Promise<number> {
  const row = await store.db.selectFrom('store_sequence').select('value').where('name', '=', 'records').executeTakeFirst();
  return Number(row?.value ?? 0);
}
