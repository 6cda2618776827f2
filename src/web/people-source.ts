import { contextOf, loadPeopleData } from '../data/people/load-people.js';
import { EMPTY_PEOPLE_DATA } from '../domain/people/people-data.js';
import { type PeopleRecord, indexPeople } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type Result, domainError, err, ok } from '../domain/result.js';

let empty: PeopleRecord | undefined;
const shipped = new WeakMap<RecordIndex, Result<PeopleRecord>>();

/** No campaign-workspace records: the pipeline board then shows the deposit and effect stages the treaty log gives. */
export function emptyPeople(): PeopleRecord {
  empty ??= indexPeople(EMPTY_PEOPLE_DATA);
  return empty;
}

/** The campaign workspace shipped in data/people (votes, pipeline steps), checked against the record; read once per record. */
export function shippedPeople(index: RecordIndex): Result<PeopleRecord> {
  const hit = shipped.get(index);
  if (hit) return hit;
  const loaded = loadPeopleData(contextOf(index.dataset));
  const result = loaded.ok ? ok(indexPeople(loaded.value)) : err(domainError(loaded.error.code, `data/people/${loaded.error.file}: ${loaded.error.message}`, 'people'));
  shipped.set(index, result);
  return result;
}
