import { type DateRange, type IsoDate, type PartialDate, rangeOf } from '../domain/calendar-date.js';
import type { ClaimedDate } from './claim.js';

/** Whether a record date falls in a claimed date: yes, no, or cannot tell (one of them too imprecise). */
export type DateMatch = 'yes' | 'no' | 'unsure';

/**
 * Compares a claimed date ("in 2004", "on 8 May 2025", "in March" with no year) with a record date.
 * A date whose year was not written is compared on its month and day only.
 */
export function matchDate(claimed: ClaimedDate, record: PartialDate | IsoDate): DateMatch {
  const r: DateRange = typeof record === 'string' ? { earliest: record, latest: record } : rangeOf(record);
  if (claimed.yearUnknown) return matchWithoutYear(claimed, r);
  if (r.latest < claimed.earliest || r.earliest > claimed.latest) return 'no';
  return r.earliest >= claimed.earliest && r.latest <= claimed.latest ? 'yes' : 'unsure';
}

function matchWithoutYear(claimed: ClaimedDate, r: DateRange): DateMatch {
  if (r.earliest.slice(0, 7) !== r.latest.slice(0, 7)) return 'unsure';
  const monthDay = (d: IsoDate): string => d.slice(5, claimed.precision === 'day' ? 10 : 7);
  return monthDay(r.earliest) === monthDay(claimed.earliest) ? 'yes' : 'no';
}

/** A claimed date in words: "2004", "8 May 2025" → "2025-05-08", "March (no year given)". */
export function claimedDateWords(d: ClaimedDate): string {
  const value = d.precision === 'day' ? d.earliest : d.precision === 'month' ? d.earliest.slice(0, 7) : d.precision === 'year' ? d.earliest.slice(0, 4) : `${d.earliest} to ${d.latest}`;
  return d.yearUnknown ? `${d.text} (no year given)` : d.yearInferred ? `${d.text} (read as ${value})` : value;
}
