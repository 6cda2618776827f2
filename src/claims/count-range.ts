import { type IsoDate, rangeOf } from '../domain/calendar-date.js';
import { countsOn } from '../domain/counts.js';
import { isDepositKind } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES } from '../domain/status.js';
import { statusOn } from '../domain/status-on.js';

/** A count that may hang on dates known only to the month or year: from `min` to `max`. */
export interface CountRange {
  readonly min: number;
  readonly max: number;
  /** The states whose imprecise dates make the range. */
  readonly uncertain: readonly string[];
}

/** States Parties on a date under both conventions, as ranges. */
export interface PartyCounts {
  readonly deposited: CountRange;
  readonly inForce: CountRange;
}

const caches = new WeakMap<RecordIndex, Map<string, unknown>>();

/**
 * A value computed once per record, treaty and date: a long text makes hundreds of claims about
 * the same few dates, and each count looks at every state. The cache is bounded.
 */
export function cached<T>(index: RecordIndex, key: string, compute: () => T): T {
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= 2000) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/** States Parties on a date, counting deposits and counting entry into force, each with what imprecise dates leave open. */
export function partyCounts(index: RecordIndex, treatyId: string, on: IsoDate): PartyCounts {
  return cached(index, `parties|${treatyId}|${on}`, () => computePartyCounts(index, treatyId, on));
}

function computePartyCounts(index: RecordIndex, treatyId: string, on: IsoDate): PartyCounts {
  const c = countsOn(index, treatyId, on);
  const timelines = index.timelines.get(treatyId);
  let depositedExtra = 0;
  let inForceExtra = 0;
  for (const iso3 of c.uncertain) {
    const s = statusOn(timelines?.get(iso3), on);
    if (s.possibly === undefined) continue;
    depositedExtra += Number(DEPOSITED_STATUSES.includes(s.possibly)) - Number(DEPOSITED_STATUSES.includes(s.status));
    inForceExtra += Number(IN_FORCE_STATUSES.includes(s.possibly)) - Number(IN_FORCE_STATUSES.includes(s.status));
  }
  const range = (n: number, extra: number): CountRange => ({ min: Math.min(n, n + extra), max: Math.max(n, n + extra), uncertain: extra === 0 ? [] : c.uncertain });
  return { deposited: range(c.parties_deposited, depositedExtra), inForce: range(c.parties_in_force, inForceExtra) };
}

/** States that had never deposited an instrument by a date ("have never joined"), as a range, and which they are. */
export function neverJoined(index: RecordIndex, treatyId: string, on: IsoDate): CountRange & { readonly states: readonly string[] } {
  return cached(index, `never|${treatyId}|${on}`, () => computeNeverJoined(index, treatyId, on));
}

function computeNeverJoined(index: RecordIndex, treatyId: string, on: IsoDate): CountRange & { readonly states: readonly string[] } {
  const states: string[] = [];
  const uncertain: string[] = [];
  for (const s of index.stateList) {
    const deposits = (index.eventsByState.get(s.iso3) ?? []).filter((e) => e.treatyId === treatyId && isDepositKind(e.kind));
    const earliest = deposits.map((e) => rangeOf(e.date)).sort((a, b) => a.earliest.localeCompare(b.earliest))[0];
    if (!earliest || earliest.earliest > on) states.push(s.iso3);
    else if (earliest.latest > on) uncertain.push(s.iso3);
  }
  return { min: states.length, max: states.length + uncertain.length, uncertain, states };
}

/** States that had signed or joined by a date (for "signatories"): ever signed, as a range. */
export function everSigned(index: RecordIndex, treatyId: string, on: IsoDate): CountRange {
  let n = 0;
  const uncertain: string[] = [];
  for (const s of index.stateList) {
    const sig = (index.eventsByState.get(s.iso3) ?? []).find((e) => e.treatyId === treatyId && e.kind === 'signature');
    if (!sig) continue;
    const r = rangeOf(sig.date);
    if (r.latest <= on) n += 1;
    else if (r.earliest <= on) uncertain.push(s.iso3);
  }
  return { min: n, max: n + uncertain.length, uncertain };
}

/** A range in words: "161", "161 or 162". */
export function rangeWords(r: CountRange): string {
  return r.min === r.max ? String(r.min) : `${r.min} to ${r.max}`;
}
