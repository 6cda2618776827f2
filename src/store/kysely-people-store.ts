import { EMPTY_PEOPLE_DATA, PEOPLE_COLLECTIONS, type PeopleAdditions, type PeopleCollection, type PeopleData, type PeopleItem, mergePeople } from '../domain/people/people-data.js';
import type { PeopleContext, PeopleProblem } from '../domain/people/people-problem.js';
import { validatePeople } from '../domain/people/validate-people.js';
import { type DomainError, type Result, domainError, err, ok } from '../domain/result.js';
import { fromJson, toJson } from './json-column.js';
import type { KyselyStore } from './kysely-store.js';
import { type PeopleDb, type PeopleDatabase, PEOPLE_TABLES, keyValues } from './people-schema.js';
import type { PeopleStore, PeopleWriteReport } from './people-store.js';
import { findUnstorable } from './storable-value.js';
import type { StoreDialect } from './store-dialect.js';
import { Refusal, StoreError } from './store-error.js';
import type { StoreDb } from './store-schema.js';
import type { WriteOptions } from './store-transaction.js';

/** Opens the workspace repository on a store's database (both engines, one implementation). */
export function peopleStoreOf(store: Pick<KyselyStore, 'db' | 'dialect'>): PeopleStore {
  return new KyselyPeopleStore(store.db, store.dialect);
}

/** The workspace's view of a store handle or transaction (the same connection, its tables named loosely). */
function peopleView(db: StoreDb): PeopleDb {
  return db.withTables<PeopleDatabase>() as unknown as PeopleDb;
}

/** The PeopleStore over Kysely. */
export class KyselyPeopleStore implements PeopleStore {
  private readonly db: PeopleDb;

  /** `base` is the store's own handle: appends begin their transaction there, so extra work in it sees every table. */
  constructor(private readonly base: StoreDb, private readonly dialect: StoreDialect) {
    this.db = peopleView(base);
  }

  async isLoaded(): Promise<boolean> {
    const row = await this.db.selectFrom(PEOPLE_TABLES.persons.table).select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async load(data: PeopleData): Promise<PeopleWriteReport> {
    const bad = findUnstorable(data, '');
    if (bad) throw new StoreError(bad);
    return this.db.transaction().execute((trx) => insertAll(trx, data, true));
  }

  read(): Promise<PeopleData> {
    return this.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute((trx) => readAll(trx));
  }

  async append(additions: PeopleAdditions, ctx: PeopleContext, options: WriteOptions<PeopleWriteReport> = {}): Promise<Result<PeopleWriteReport, PeopleProblem | DomainError>> {
    const bad = findUnstorable(additions, '');
    if (bad) return err(bad);
    try {
      // Read, check and write in one transaction, so that two writers cannot both pass the checks.
      const report = await this.base.transaction().execute(async (trx) => {
        const people = peopleView(trx);
        const merged = mergePeople(await readAll(people), additions);
        const problem = validatePeople(merged, ctx);
        if (problem) throw new Refusal(problem);
        const written = await insertAll(people, { ...EMPTY_PEOPLE_DATA, ...additions }, false);
        const also = await options.alsoInTransaction?.(trx, written);
        if (also) throw new Refusal(also);
        return written;
      });
      return ok(report);
    } catch (e) {
      if (e instanceof Refusal) return err(e.error);
      const unique = this.dialect.uniqueViolation(e);
      if (unique !== undefined) return err(domainError('duplicate_id', `a record with this id is already stored (${unique}): choose another id`, unique));
      throw e;
    }
  }
}

async function readAll(db: PeopleDb): Promise<PeopleData> {
  const out: Record<string, PeopleItem[]> = {};
  for (const c of PEOPLE_COLLECTIONS) {
    const rows = await db.selectFrom(PEOPLE_TABLES[c].table).select(['body']).orderBy('seq').execute();
    out[c] = rows.map((r) => fromJson<PeopleItem>(r.body));
  }
  return out as unknown as PeopleData;
}

/** Inserts every record in load order; `skipExisting` leaves stored ids untouched (a load), otherwise a stored id is a unique violation. */
async function insertAll(db: PeopleDb, data: PeopleData, skipExisting: boolean): Promise<PeopleWriteReport> {
  const report = {} as Record<PeopleCollection, number>;
  for (const c of PEOPLE_COLLECTIONS) {
    const { table } = PEOPLE_TABLES[c];
    const items: readonly PeopleItem[] = data[c];
    report[c] = 0;
    if (items.length === 0) continue;
    const top = await db.selectFrom(table).select((eb) => eb.fn.max<number>('seq').as('top')).executeTakeFirst();
    let seq = Number(top?.top ?? 0);
    // Batches keep each statement well under SQLite's 32k bound parameters.
    for (let i = 0; i < items.length; i += 200) {
      const rows = items.slice(i, i + 200).map((item) => ({ id: item.id, body: toJson(item), seq: (seq += 1), ...keyValues(c, item) }));
      const q = db.insertInto(table).values(rows);
      const added = await (skipExisting ? q.onConflict((oc) => oc.column('id').doNothing()) : q).returning('id').execute();
      report[c] += added.length;
    }
  }
  return report;
}
