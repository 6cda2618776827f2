import type { IsoDate } from './calendar-date.js';
import { type Counts, tally } from './counts.js';
import { isMemberOn } from './group.js';
import type { RecordIndex } from './record-index.js';
import { IN_FORCE_STATUSES } from './status.js';
import type { StatusRow } from './status-table.js';
import { statusOn } from './status-on.js';

/** A group's members on a date and where each stands under a treaty. */
export interface GroupStatus {
  readonly groupId: string;
  readonly treatyId: string;
  readonly on: IsoDate;
  readonly members: readonly StatusRow[];
  readonly counts: Counts;
  /** Members for which the treaty is not in force on the date ("every member except …"). */
  readonly outside: readonly string[];
}

/** The members of a group on a date and their status under a treaty. */
export function groupStatus(index: RecordIndex, groupId: string, treatyId: string, on: IsoDate): GroupStatus {
  const timelines = index.timelines.get(treatyId);
  const members = (index.memberships.get(groupId) ?? [])
    .filter((m) => isMemberOn(m, on))
    .map((m): StatusRow => {
      const state = index.states.get(m.iso3);
      const s = statusOn(timelines?.get(m.iso3), on);
      const event = s.eventId === undefined ? undefined : index.events.get(s.eventId);
      return { iso3: m.iso3, name: state?.name ?? m.iso3, ...s, sources: event?.sources ?? [], verified: event?.verified ?? true };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const counts = tally(members.map((m) => m.status), members.filter((m) => m.possibly).map((m) => m.iso3));
  const outside = members.filter((m) => !IN_FORCE_STATUSES.includes(m.status)).map((m) => m.iso3);
  return { groupId, treatyId, on, members, counts, outside };
}
