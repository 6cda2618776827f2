import type { Dataset } from '../../domain/dataset.js';
import type { PeopleData } from '../../domain/people/people-data.js';
import { type PeopleRecord, indexPeople } from '../../domain/people/people-record.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { peopleStoreOf } from '../../store/kysely-people-store.js';
import { KyselyStore } from '../../store/kysely-store.js';
import type { PeopleStore, PeopleWriteReport } from '../../store/people-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { CliError, EXIT } from '../cli-error.js';
import { withIndex } from '../context.js';
import { io } from '../io.js';

/** The workspace data shipped in `data/people/`, validated against the treaty record; a broken file is an internal error, named. */
export async function shippedPeople(dataset: Dataset): Promise<PeopleData> {
  const { contextOf, loadPeopleData } = await import('../../data/people/load-people.js');
  const loaded = loadPeopleData(contextOf(dataset));
  if (loaded.ok) return loaded.value;
  const e = loaded.error;
  throw new CliError(e.code, `shipped workspace data: ${e.file}${e.record ? `, record ${e.record}` : ''}${e.field ? `, field ${e.field}` : ''}: ${e.message}`, e.field, EXIT.internal);
}

/** The workspace repository of an open store. */
export function peopleOf(store: TreatyStore): PeopleStore {
  if (!(store instanceof KyselyStore)) throw new CliError('no_people_store', 'this store has no workspace tables', undefined, EXIT.internal);
  return peopleStoreOf(store);
}

/** Loads the shipped workspace data into a store (insert-if-absent: safe to run again). Used by `treatywatch init`. */
export async function loadShippedPeople(store: TreatyStore, dataset: Dataset): Promise<PeopleWriteReport> {
  return peopleOf(store).load(await shippedPeople(dataset));
}

/** Runs `fn` with the indexed treaty record and the indexed workspace, loading the shipped workspace on first use. */
export async function withPeople<T>(fn: (index: RecordIndex, people: PeopleRecord, store: PeopleStore) => Promise<T> | T): Promise<T> {
  return withIndex(async (index, store) => {
    const people = peopleOf(store);
    if (!(await people.isLoaded())) {
      io().stderr.write('treatywatch: the campaign workspace is empty: loading the shipped people, votes and figures first\n');
      await people.load(await shippedPeople(index.dataset));
    }
    return fn(index, indexPeople(await people.read()), people);
    // The static export's state pages and the reports show the Monitor's obligations too.
  }, { obligations: true });
}
