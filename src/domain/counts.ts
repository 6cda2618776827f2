import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES, STATUSES, type Status, type Timeline } from './status.js';
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
 * Counts on each of the given dates (ascending). Walks every timeline once with a cursor,
 * so a daily series since 1997 costs one pass, not one look-up per day and state.
 */
export function seriesOn(index: RecordIndex, treatyId: string, dates: readonly IsoDate[]): SeriesPoint[] {
  const timelines: Timeline[] = [...(index.timelines.get(treatyId)?.values() ?? [])].filter((t) => index.states.has(t.iso3));
  const cursor = new Int32Array(timelines.length).fill(-1);
  const inForce = new Set(IN_FORCE_STATUSES);
  const deposited = new Set(DEPOSITED_STATUSES);
  return dates.map((date) => {
    let f = 0, d = 0, sig = 0, w = 0;
    for (let i = 0; i < timelines.length; i += 1) {
      const periods = (timelines[i] as Timeline).periods;
      let c = cursor[i] as number;
      while (c + 1 < periods.length && (periods[c + 1]?.from ?? '') <= date) c += 1;
      cursor[i] = c;
      const status = periods[c]?.status;
      if (status === undefined) continue;
      if (inForce.has(status)) f += 1;
      if (deposited.has(status)) d += 1;
      if (status === 'signatory') sig += 1;
      if (status === 'withdrawn') w += 1;
    }
    return { date, parties_in_force: f, parties_deposited: d, signatories: sig, withdrawn: w };
  });
}
