import { type DatePrecision, type IsoDate, type PartialDate, rangeOf } from '../calendar-date.js';

/**
 * A date as precise as its source gives it, optionally only a bound: "by 2025-01-17" when a letter
 * of that day calls a proposal "recent" (the proposal itself is undated).
 */
export interface FactDate extends PartialDate {
  /** The fact happened on or before this date; the source gives no earlier bound. */
  readonly onOrBefore?: true;
}

/** Whether a fact dated `date` is known to have happened by `on`: yes, possibly (an imprecise date that spans `on`), or no. */
export type KnownBy = 'yes' | 'possibly' | 'no';

/** Builds a FactDate from `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (trusted input: validated elsewhere). */
export function factDate(value: string, onOrBefore = false): FactDate {
  const precision: DatePrecision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return onOrBefore ? { value, precision, onOrBefore: true } : { value, precision };
}

/** Whether the fact had happened by `on`. */
export function knownBy(date: FactDate, on: IsoDate): KnownBy {
  const r = rangeOf(date);
  if (r.latest <= on) return 'yes';
  return r.earliest <= on && !date.onOrBefore ? 'possibly' : 'no';
}

/** The date as a reader sees it: `2025-05-08`, `2025-01`, `by 2025-01-17`. */
export function dateLabel(date: FactDate): string {
  return date.onOrBefore ? `by ${date.value}` : date.value;
}

/** Sort key: the last day the date can mean (so `2025` sorts after `2025-01-12`, never before). */
export function sortKey(date: FactDate): IsoDate {
  return rangeOf(date).latest;
}

/** Orders facts by date, then by id for a stable order. */
export function byFactDate<T extends { readonly date: FactDate; readonly id: string }>(a: T, b: T): number {
  return sortKey(a.date).localeCompare(sortKey(b.date)) || a.id.localeCompare(b.id);
}
