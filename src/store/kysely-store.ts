import { Kysely } from 'kysely';
import type { Dataset } from '../domain/dataset.js';
import type { TreatyEvent } from '../domain/event.js';
import { type Result, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import { appendEvents } from './append-event.js';
import { loadDataset } from './load-dataset.js';
import { migrateToLatest } from './migrations/migration-provider.js';
import { readDataset, readEvent, readEvents } from './read-records.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreDatabase, StoreDb } from './store-schema.js';
import type { WriteOptions } from './store-transaction.js';
import type { AppendItem, EventFilter, LoadReport, TreatyStore } from './treaty-store.js';

/** The TreatyStore over Kysely: one implementation, with the engine's differences injected as a StoreDialect. */
export class KyselyStore implements TreatyStore {
  /** The Kysely handle, for the other areas' repositories (documents, tokens, people) that share this database and its migrations. */
  readonly db: StoreDb;

  constructor(readonly dialect: StoreDialect) {
    this.db = new Kysely<StoreDatabase>({ dialect: dialect.kysely });
  }

  async migrate(): Promise<void> {
    await this.dialect.prepare(this.db);
    await migrateToLatest(this.db);
  }

  loadDataset(dataset: Dataset): Promise<LoadReport> {
    return loadDataset(this.db, dataset);
  }

  readDataset(): Promise<Dataset> {
    return this.snapshot((trx) => readDataset(trx));
  }

  async isInitialised(): Promise<boolean> {
    const [state, treaty] = await Promise.all([
      this.db.selectFrom('states').select('iso3').limit(1).executeTakeFirst(),
      this.db.selectFrom('treaties').select('id').limit(1).executeTakeFirst(),
    ]);
    return state !== undefined || treaty !== undefined;
  }

  async appendEvent(event: TreatyEvent, newSources: readonly Source[]): Promise<Result<TreatyEvent>> {
    const result = await appendEvents(this.db, this.dialect, [{ event, newSources }], false);
    return result.ok ? ok(event) : result;
  }

  appendEvents(batch: readonly AppendItem[], options?: WriteOptions<readonly TreatyEvent[]>): Promise<Result<TreatyEvent[]>> {
    return appendEvents(this.db, this.dialect, batch, true, options);
  }

  getEvent(id: string): Promise<TreatyEvent | undefined> {
    return this.snapshot((trx) => readEvent(trx, id));
  }

  listEvents(filter: EventFilter): Promise<TreatyEvent[]> {
    return this.snapshot((trx) => readEvents(trx, filter));
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** Reads in one consistent snapshot, so an append landing half way through cannot split an event from its citations. */
  private snapshot<T>(read: (trx: StoreDb) => Promise<T>): Promise<T> {
    return this.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
  }
}
