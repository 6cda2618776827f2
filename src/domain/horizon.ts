import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import type { Source } from './source.js';

/** The date a treaty's record is complete to: the "status as at" date of the newest depositary status page in the record. */
export interface Horizon {
  readonly completeTo: IsoDate;
  /** The depositary page it comes from. */
  readonly sourceId: string;
  /** The treaty whose page it is (for an answer over several treaties, the one whose record ends first). */
  readonly treatyId: string;
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
    if (!best || s.date > best.completeTo) best = { completeTo: s.date, sourceId: s.id, treatyId };
  }
  return best;
}

/**
 * The horizon of an answer over several treaties: the earliest among theirs, since the answer is only as
 * complete as its least current record. Treaties with no depositary page in the record add nothing; undefined
 * when none has one. Ties go to the first treaty listed, so the answer does not depend on map order.
 */
export function recordHorizon(index: RecordIndex, treatyIds: Iterable<string>): Horizon | undefined {
  let earliest: Horizon | undefined;
  for (const id of treatyIds) {
    const h = treatyHorizon(index, id);
    if (h && (!earliest || h.completeTo < earliest.completeTo)) earliest = h;
  }
  return earliest;
}

/** Whether an answer on `on` reaches past the horizon (the horizon day itself is covered). */
export function isAfterHorizon(h: Horizon | undefined, on: IsoDate): boolean {
  return h !== undefined && on > h.completeTo;
}

/** Whether a source is the depositary's status page of this chapter number (XXVI-2 is not XXVI-2-a). */
function isStatusPageOf(s: Source, number: string): boolean {
  if (s.kind !== 'depositary' || s.url === undefined) return false;
  const m = /[?&]mtdsg_no=([^&#]+)/u.exec(s.url);
  return m !== null && decodeURIComponent(m[1] ?? '') === number;
}
