import { rangeOf } from '../domain/calendar-date.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import { type PipelineRow, pipelineBoard } from '../domain/pipeline.js';
import type { RecordIndex } from '../domain/record-index.js';

/** A value and the days it holds: from `from` up to the day before `until` (null: for good). */
export interface Window<T> {
  readonly from: string;
  readonly until: string | null;
  readonly value: T;
}

/** The board at every day it can change, in date order (it holds from each day until the next). */
export interface BoardHistory {
  readonly days: readonly string[];
  readonly boards: readonly (readonly PipelineRow[])[];
}

/**
 * The board on every day it can change. pipelineBoard depends on the date only through facts being
 * known (a fact dated imprecisely may have happened from its first day, surely from its last), votes
 * held, and status periods beginning: so boards on those days are every board there is.
 */
export function boardHistory(index: RecordIndex, people: PeopleRecord, treatyId: string): BoardHistory {
  const days = new Set<string>();
  const range = (d: Parameters<typeof rangeOf>[0]): void => {
    const r = rangeOf(d);
    days.add(r.earliest).add(r.latest);
  };
  for (const s of people.data.pipelineSteps) if (s.treatyId === treatyId) range(s.date);
  for (const v of people.data.votes) if (v.treatyId === treatyId) days.add(v.date);
  const involved = new Set([...people.data.pipelineSteps.map((s) => s.iso3), ...people.data.votes.map((v) => v.iso3)]);
  for (const e of index.events.values()) if (e.treatyId === treatyId && (e.kind === 'withdrawal' || involved.has(e.iso3))) involved.add(e.iso3);
  for (const iso3 of involved) {
    for (const e of index.eventsByState.get(iso3) ?? []) if (e.treatyId === treatyId) range(e.date);
    for (const p of index.timelines.get(treatyId)?.get(iso3)?.periods ?? []) {
      days.add(p.from);
      if (p.possiblyFrom) days.add(p.possiblyFrom);
    }
  }
  const sorted = [...days].sort();
  return { days: sorted, boards: sorted.map((d) => pipelineBoard(index, people, d, treatyId)) };
}

/** Turns a value per day of the history into windows, merging runs of equal values (compared by `key`). */
export function windows<T>(days: readonly string[], values: readonly (T | undefined)[], key: (v: T) => string): Window<T>[] {
  const out: { from: string; until: string | null; value: T; k: string }[] = [];
  values.forEach((v, i) => {
    const day = days[i] as string;
    const last = out[out.length - 1];
    const k = v === undefined ? '' : key(v);
    if (last && last.until === null && (v === undefined || last.k !== k)) last.until = day;
    if (v !== undefined && (!last || last.until !== null)) out.push({ from: day, until: null, value: v, k });
  });
  return out.map(({ from, until, value }) => ({ from, until, value }));
}

/** The window holding on a day, if any. */
export function windowOn<T>(list: readonly Window<T>[], on: string): Window<T> | undefined {
  return list.find((w) => w.from <= on && (w.until === null || on < w.until));
}
