import { sql } from 'kysely';
import { contextOf, loadPeopleData } from '../data/people/load-people.js';
import type { Dataset } from '../domain/dataset.js';
import { PEOPLE_COLLECTIONS } from '../domain/people/people-data.js';
import { type PeopleRecord, indexPeople } from '../domain/people/people-record.js';
import { peopleStoreOf } from '../store/kysely-people-store.js';
import type { KyselyStore } from '../store/kysely-store.js';
import { PEOPLE_TABLES } from '../store/people-schema.js';
import type { RecordSnapshot } from './record-cache.js';

/** The campaign workspace as one version of it, indexed once. */
export interface PeopleSnapshot {
  readonly people: PeopleRecord;
  /** Changes whenever the store's workspace changes (records are only ever added) or the record it was checked against does. */
  readonly version: string;
  /** Whether the records come from the store, or from data/people because the store holds none yet. */
  readonly origin: 'store' | 'shipped';
}

/**
 * Holds the indexed campaign workspace of a store. Writes to the workspace only ever add rows, so
 * the number of rows across its tables is its version: one query, asked at most once per
 * `recheckMs`. A store whose workspace is still empty answers with the data shipped in
 * data/people (what `treatywatch init` would load), checked against the record.
 */
export class PeopleCache {
  private held: { snap: PeopleSnapshot; rows: number; record: number } | undefined;
  private checkedAt = 0;
  private pending: Promise<PeopleSnapshot> | undefined;

  constructor(
    private readonly store: KyselyStore,
    private readonly recheckMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The workspace as it stands, for the record snapshot given. */
  current(record: RecordSnapshot): Promise<PeopleSnapshot> {
    const held = this.held;
    if (held && held.record === record.version && this.clock() - this.checkedAt < this.recheckMs) return Promise.resolve(held.snap);
    this.pending ??= this.check(record).finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async check(record: RecordSnapshot): Promise<PeopleSnapshot> {
    const rows = await countRows(this.store);
    this.checkedAt = this.clock();
    const held = this.held;
    if (held && held.rows === rows && held.record === record.version) return held.snap;
    const ws = await workspaceOf(this.store, record.dataset, rows);
    const snap: PeopleSnapshot = { ...ws, version: `${ws.origin === 'store' ? 's' : 'd'}${rows}.r${record.version}` };
    this.held = { snap, rows, record: record.version };
    return snap;
  }
}

/**
 * The workspace as a reader sees it once, without a cache (the CLI's `check`): the same rule as
 * PeopleCache, the store's records, or the shipped ones while the store holds none.
 */
export async function readWorkspace(store: KyselyStore, dataset: Dataset): Promise<Omit<PeopleSnapshot, 'version'>> {
  return workspaceOf(store, dataset, await countRows(store));
}

async function workspaceOf(store: KyselyStore, dataset: Dataset, rows: number): Promise<Omit<PeopleSnapshot, 'version'>> {
  if (rows > 0) return { people: indexPeople(await peopleStoreOf(store).read()), origin: 'store' };
  const loaded = loadPeopleData(contextOf(dataset));
  // The shipped files are checked by their own tests; a failure here is a bug, not the client's doing.
  if (!loaded.ok) throw new Error(`data/people/${loaded.error.file}: ${loaded.error.message}`);
  return { people: indexPeople(loaded.value), origin: 'shipped' };
}

// One statement: the sum of every workspace table's row count.
async function countRows(store: KyselyStore): Promise<number> {
  const parts = PEOPLE_COLLECTIONS.map((c) => sql`(select count(*) from ${sql.table(PEOPLE_TABLES[c].table)})`);
  const { rows } = await sql<{ n: number | string }>`select ${sql.join(parts, sql` + `)} as n`.execute(store.db);
  return Number(rows[0]?.n ?? 0);
}

const caches = new WeakMap<KyselyStore, PeopleCache>();

/** The one workspace cache of a store (shared by the API's routes and the web pages of one server). */
export function peopleCacheOf(store: KyselyStore, recheckMs = 1000): PeopleCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new PeopleCache(store, recheckMs);
    caches.set(store, cache);
  }
  return cache;
}
