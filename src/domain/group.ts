import type { IsoDate } from './calendar-date.js';
import type { Citation } from './source.js';

/** A group of states whose membership changes over time (the EU, NATO). */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** One state's membership of a group: from `joined` through `left`, its last day as a member (the UK left the EU at the end of 2020-01-31). */
export interface GroupMembership {
  readonly groupId: string;
  readonly iso3: string;
  readonly joined: IsoDate;
  readonly left?: IsoDate;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}

/** Whether a membership covers a date (a member on the day it joins and on its last day). */
export function isMemberOn(m: GroupMembership, date: IsoDate): boolean {
  return m.joined <= date && (m.left === undefined || date <= m.left);
}
