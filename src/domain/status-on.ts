import type { IsoDate } from './calendar-date.js';
import type { StatusOnDate, Timeline } from './status.js';

const NOT_JOINED: StatusOnDate = { status: 'not_joined', since: null };

/** A state's status on a day, read off its timeline (periods are few: a linear scan from the end is fastest). */
export function statusOn(timeline: Timeline | undefined, date: IsoDate): StatusOnDate {
  if (!timeline) return NOT_JOINED;
  const periods = timeline.periods;
  let i = periods.length - 1;
  while (i >= 0 && (periods[i]?.from ?? '') > date) i -= 1;
  const next = periods[i + 1];
  const possibly = next?.possiblyFrom !== undefined && next.possiblyFrom <= date ? next.status : undefined;
  const p = periods[i];
  // Literals and assignments in the JSON's key order, not spreads: the matrix reads ~3000 of these in a cold run.
  const out: { -readonly [K in keyof StatusOnDate]: StatusOnDate[K] } = p ? { status: p.status, since: p.fromLabel, cause: p.cause, eventId: p.eventId } : { status: 'not_joined', since: null };
  if (p?.rule) out.rule = p.rule;
  if (possibly !== undefined) out.possibly = possibly;
  return out;
}
