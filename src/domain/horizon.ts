import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import type { Source } from './source.js';

/** The date a treaty's record is complete to: the "status as at" date of the newest depositary status page in the record. */
export interface Horizon {
  readonly completeTo: IsoDate;
  /** The depositary page it comes from. */
  readonly sourceId: string;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The treaty's horizon, read from the data (never a list of treaties): its depositary sources whose address is
 * the status page of its depositary number (`mtdsg_no=XXVI-5`), newest first. Undefined when no such page is recorded.
 */
export function treatyHorizon(index: RecordIndex, treatyId: string): Horizon | undefined {
  const number = index.treaties.get(treatyId)?.untcNumber;
  if (number === undefined) return undefined;
  let best: Horizon | undefined;
  for (const s of index.sources.values()) {
    if (!isStatusPageOf(s, number) || s.date === undefined || !FULL_DATE.test(s.date)) continue;
    if (!best || s.date > best.completeTo) best = { completeTo: s.date, sourceId: s.id };
  }
  return best;
}

/** Whether a source is the depositary's status page of this chapter number (XXVI-2 is not XXVI-2-a). */
function isStatusPageOf(s: Source, number: string): boolean {
  if (s.kind !== 'depositary' || s.url === undefined) return false;
  const m = /[?&]mtdsg_no=([^&#]+)/u.exec(s.url);
  return m !== null && decodeURIComponent(m[1] ?? '') === number;
}

/** The sentence every answer for a date after the horizon carries; undefined on or before it. */
export function horizonWarning(h: Horizon | undefined, on: IsoDate): string | undefined {
  if (!h || on <= h.completeTo) return undefined;
  return `The depositary's record is complete to ${h.completeTo}; later actions may be missing.`;
}
