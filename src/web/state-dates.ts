import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import { STATUSES, type Status } from '../domain/status.js';
import { longDate } from './dates.js';
import { statusLabel } from './palette.js';
import { openedOn } from '../domain/treaty.js';
import { treatyData } from './treaty-data.js';

/** A run of days over which the state's status under a treaty stays the same: [from, status, since, possibly]. */
export type StateEpoch = readonly [from: string, status: Status, since: string | null, possibly: Status | null];

/**
 * What a state page of the static export ships so that its date control works with no server: the
 * state's own epochs under each treaty (the treaty pages' epochs, this state's only: a few hundred
 * bytes, not the 197 states' data) and its group memberships with their dates.
 */
export interface ClientStateData {
  readonly labels: Readonly<Record<Status, string>>;
  readonly treaties: Readonly<Record<string, readonly StateEpoch[]>>;
  /** [name, joined, left or null, joined in words]. */
  readonly groups: readonly (readonly [string, string, string | null, string])[];
}

/** The state's data for every date from the treaties' opening to a year after `today`. */
export function stateClientData(index: RecordIndex, state: State, today: string): ClientStateData {
  const treaties: Record<string, StateEpoch[]> = {};
  for (const id of index.treaties.keys()) {
    const epochs = treatyData(index, id, today).client.epochs[state.iso3] ?? [];
    treaties[id] = epochs.map(([from, status, since, , possibly]): StateEpoch => [from, status, since, possibly]);
  }
  const groups = [...index.memberships.values()].flat()
    .filter((m) => m.iso3 === state.iso3)
    .map((m): [string, string, string | null, string] => [index.groups.get(m.groupId)?.name ?? m.groupId, m.joined, m.left ?? null, longDate(m.joined)]);
  return { labels: Object.fromEntries(STATUSES.map((s) => [s, statusLabel(s)])) as Record<Status, string>, treaties, groups };
}

/** The first day the state page's date control offers: the earliest treaty's opening for signature. */
export function firstTreatyDay(index: RecordIndex): string {
  return [...index.treaties.values()].map((t) => openedOn(t).date).sort()[0] ?? '1997-01-01';
}
