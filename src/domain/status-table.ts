import type { IsoDate } from './calendar-date.js';
import { type Counts, countsOn } from './counts.js';
import type { RecordIndex } from './record-index.js';
import type { Citation } from './source.js';
import type { StatusOnDate } from './status.js';
import { statusOn } from './status-on.js';

/** One state's line in the status table. */
export interface StatusRow extends StatusOnDate {
  readonly iso3: string;
  readonly name: string;
  /** The sources of the event the status rests on. */
  readonly sources: readonly Citation[];
  /** False when that event rests on an unverified value. */
  readonly verified: boolean;
}

/** Every state's status on a date under a treaty, with the counts. */
export interface StatusTable {
  readonly treatyId: string;
  readonly on: IsoDate;
  readonly counts: Counts;
  readonly states: readonly StatusRow[];
}

/** The status table on a date: every state, in name order. */
export function statusTable(index: RecordIndex, treatyId: string, on: IsoDate): StatusTable {
  const timelines = index.timelines.get(treatyId);
  const states = index.stateList.map((state): StatusRow => {
    const s = statusOn(timelines?.get(state.iso3), on);
    const event = s.eventId === undefined ? undefined : index.events.get(s.eventId);
    return { iso3: state.iso3, name: state.name, ...s, sources: event?.sources ?? [], verified: event?.verified ?? true };
  });
  return { treatyId, on, counts: countsOn(index, treatyId, on), states };
}
