import type { TreatyEvent } from './event.js';
import type { Group, GroupMembership } from './group.js';
import type { Source } from './source.js';
import type { State } from './state.js';
import type { Treaty } from './treaty.js';

/** Everything the record holds, as plain data: what the engine reads and the store keeps. */
export interface Dataset {
  readonly treaties: readonly Treaty[];
  readonly states: readonly State[];
  readonly groups: readonly Group[];
  readonly memberships: readonly GroupMembership[];
  readonly sources: readonly Source[];
  /** The whole log, corrected events included; the engine reads only those not superseded. */
  readonly events: readonly TreatyEvent[];
}

/** The events that stand: those no later event supersedes. */
export function currentEvents(events: readonly TreatyEvent[]): TreatyEvent[] {
  const superseded = new Set<string>();
  for (const e of events) if (e.supersedes !== undefined) superseded.add(e.supersedes);
  return events.filter((e) => !superseded.has(e.id));
}
