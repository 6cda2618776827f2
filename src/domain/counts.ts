import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES, STATUSES, type Status } from './status.js';
import { statusOn } from './status-on.js';

/** How many states stand where on one date, under both counting conventions. */
export interface Counts {
  /** States for which the treaty is in force (the legal count). */
  readonly parties_in_force: number;
  /** States counted from their deposit until a withdrawal takes effect (the UN's and the Monitor's count). */
  readonly parties_deposited: number;
  readonly signatories: number;
  readonly withdrawn: number;
  readonly not_joined: number;
  readonly by_status: Readonly<Record<Status, number>>;
  /** States whose status on the date hangs on a date known only to the month or year. */
  readonly uncertain: readonly string[];
}

/** One line explaining the two conventions, for every output that shows both. */
export const COUNT_CONVENTIONS =
  'parties_deposited counts a state from the deposit of its instrument (as the UN and the Monitor do); parties_in_force only once the treaty has entered into force for it (the legal count).';

/** Counts on one date, from the statuses of every state. */
export function countsOn(index: RecordIndex, treatyId: string, date: IsoDate): Counts {
  const timelines = index.timelines.get(treatyId);
  const statuses: Status[] = [];
  const uncertain: string[] = [];
  for (const state of index.stateList) {
    const s = statusOn(timelines?.get(state.iso3), date);
    statuses.push(s.status);
    if (s.possibly) uncertain.push(state.iso3);
  }
  return tally(statuses, uncertain);
}

/** Turns a list of statuses into counts (counts equal the sum of statuses by construction). */
export function tally(statuses: readonly Status[], uncertain: readonly string[] = []): Counts {
  const by = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) by[s] += 1;
  const sum = (list: readonly Status[]): number => list.reduce((n, s) => n + by[s], 0);
  return {
    parties_in_force: sum(IN_FORCE_STATUSES),
    parties_deposited: sum(DEPOSITED_STATUSES),
    signatories: by.signatory,
    withdrawn: by.withdrawn,
    not_joined: by.not_joined,
    by_status: by,
    uncertain,
  };
}

/** One point of a series. */
export interface SeriesPoint {
  readonly date: IsoDate;
  readonly parties_in_force: number;
  readonly parties_deposited: number;
  readonly signatories: number;
  readonly withdrawn: number;
}

/**
 * Counts on each of the given dates (ascending). Turns every timeline into dated changes of the
 * four counters, sorts them once and sweeps them alongside the dates: a daily series since 1997
 * costs one pass over the days plus one over the changes, not one look-up per day and state.
 */
export function seriesOn(index: RecordIndex, treatyId: string, dates: readonly IsoDate[]): SeriesPoint[] {
  const changes: { at: IsoDate; delta: Tally }[] = [];
  for (const t of index.timelines.get(treatyId)?.values() ?? []) {
    if (!index.states.has(t.iso3)) continue;
    let before: Status = 'not_joined';
    for (const p of t.periods) {
      changes.push({ at: p.from, delta: difference(weights(before), weights(p.status)) });
      before = p.status;
    }
  }
  changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const now: Tally = [0, 0, 0, 0];
  let next = 0;
  return dates.map((date) => {
    for (; next < changes.length && (changes[next]?.at ?? '') <= date; next += 1) {
      const d = (changes[next] as { delta: Tally }).delta;
      for (let k = 0; k < 4; k += 1) now[k] = (now[k] ?? 0) + (d[k] ?? 0);
    }
    return { date, parties_in_force: now[0] ?? 0, parties_deposited: now[1] ?? 0, signatories: now[2] ?? 0, withdrawn: now[3] ?? 0 };
  });
}

/** [in force, deposited, signatory, withdrawn] as 0/1 for one status. */
type Tally = [number, number, number, number];

function weights(s: Status): Tally {
  return [IN_FORCE_STATUSES.includes(s) ? 1 : 0, DEPOSITED_STATUSES.includes(s) ? 1 : 0, s === 'signatory' ? 1 : 0, s === 'withdrawn' ? 1 : 0];
}

function difference(a: Tally, b: Tally): Tally {
  return [b[0] - a[0], b[1] - a[1], b[2] - a[2], b[3] - a[3]];
}
