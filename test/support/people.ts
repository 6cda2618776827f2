import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { contextOf, loadPeopleData } from '../../src/data/people/load-people.js';
import type { PeopleData } from '../../src/domain/people/people-data.js';
import { type PeopleRecord, indexPeople } from '../../src/domain/people/people-record.js';
import { REFERENCE, shipped } from './shipped.js';

let cached: PeopleData | undefined;
/** The shipped workspace data (fails the test loudly if it does not load). */
export function shippedPeopleData(): PeopleData {
  if (cached) return cached;
  const r = loadPeopleData(contextOf(shipped()));
  if (!r.ok) throw new Error(`shipped workspace data does not load: ${JSON.stringify(r.error)}`);
  cached = r.value;
  return cached;
}

/** The shipped workspace, indexed. */
export function shippedPeople(): PeopleRecord {
  return indexPeople(shippedPeopleData());
}

/** A row of officials.csv. */
export interface OfficialRow { country_iso3: string; post: string; person: string; start: string; end: string; source: string; notes: string }

/** The office holders of the reference table. */
export function officialsRows(): OfficialRow[] {
  return parse<OfficialRow>(readFileSync(`${REFERENCE}officials.csv`, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** A row of monitor-casualties.csv. */
export interface CasualtyRow { year: string; total_casualties: string; killed: string; injured: string; civilian_share_pct: string; child_share_pct: string; report: string }

/** The Monitor's casualty figures of the reference table. */
export function casualtyRows(): CasualtyRow[] {
  return parse<CasualtyRow>(readFileSync(`${REFERENCE}monitor-casualties.csv`, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** The PM of Lithuania per officials.csv on a day (start inclusive, a handover day belonging to the successor): the test oracle. */
export function referencePrimeMinister(on: string): string | undefined {
  const rows = officialsRows().filter((r) => r.country_iso3 === 'LTU' && r.post.startsWith('Prime Minister') && r.notes.startsWith('SOURCED'));
  return rows.filter((r) => r.start <= on && (r.end === '' || on <= r.end)).sort((a, b) => b.start.localeCompare(a.start))[0]?.person;
}
