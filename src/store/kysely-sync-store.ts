import type { Kysely } from 'kysely';
import { type Result, err, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import type { KyselyStore } from './kysely-store.js';
import { insertNewSources } from './new-sources.js';
import { reserveSeq } from './record-sequence.js';
import { Refusal } from './store-error.js';
import type { StoreDatabase, StoreDb } from './store-schema.js';
import type { SyncState, SyncStore } from './sync-store.js';

/** A row of `sync_state` (migration 0006). */
export type SyncStateRow = {
  treaty_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  status_as_at: string | null;
  document_id: string | null;
  checked_at: string;
  changed_at: string | null;
};

type SyncDb = Kysely<StoreDatabase & { sync_state: SyncStateRow }>;

/** The sync bookkeeping over the store's database (SQLite or PostgreSQL), sharing its migrations. */
export function openSyncStore(store: Pick<KyselyStore, 'db'>): SyncStore {
  return new KyselySyncStore(store.db);
}

class KyselySyncStore implements SyncStore {
  constructor(private readonly base: StoreDb) {}

  private get db(): SyncDb {
    return this.base.withTables<{ sync_state: SyncStateRow }>();
  }

  async get(treatyId: string): Promise<SyncState | undefined> {
    const row = await this.db.selectFrom('sync_state').selectAll().where('treaty_id', '=', treatyId).executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async list(): Promise<SyncState[]> {
    return (await this.db.selectFrom('sync_state').selectAll().orderBy('treaty_id').execute()).map(fromRow);
  }

  async save(state: SyncState): Promise<void> {
    await upsert(this.db, state);
  }

  async advance(state: SyncState, page: Source): Promise<Result<void>> {
    try {
      await this.base.transaction().execute(async (trx) => {
        // The source takes a place in the record's sequence like any write, so servers notice it.
        await insertNewSources(trx, [page], await reserveSeq(trx, 1));
        await upsert(trx.withTables<{ sync_state: SyncStateRow }>(), state);
      });
      return ok(undefined);
    } catch (e) {
      if (e instanceof Refusal) return err(e.error);
      throw e;
    }
  }
}

async function upsert(db: SyncDb, state: SyncState): Promise<void> {
  const row = toRow(state);
  const { treaty_id: _id, ...rest } = row;
  await db.insertInto('sync_state').values(row).onConflict((oc) => oc.column('treaty_id').doUpdateSet(rest)).execute();
}

function toRow(s: SyncState): SyncStateRow {
  return {
    treaty_id: s.treatyId,
    url: s.url,
    etag: s.etag ?? null,
    last_modified: s.lastModified ?? null,
    status_as_at: s.statusAsAt ?? null,
    document_id: s.documentId ?? null,
    checked_at: s.checkedAt,
    changed_at: s.changedAt ?? null,
  };
}

function fromRow(r: SyncStateRow): SyncState {
  return {
    treatyId: r.treaty_id,
    url: r.url,
    checkedAt: r.checked_at,
    ...(r.etag === null ? {} : { etag: r.etag }),
    ...(r.last_modified === null ? {} : { lastModified: r.last_modified }),
    ...(r.status_as_at === null ? {} : { statusAsAt: r.status_as_at }),
    ...(r.document_id === null ? {} : { documentId: r.document_id }),
    ...(r.changed_at === null ? {} : { changedAt: r.changed_at }),
  };
}
