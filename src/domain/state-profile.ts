import { type IsoDate, rangeOf } from './calendar-date.js';
import { type Deadline, deadlinesOf } from './deadlines.js';
import type { TreatyEvent } from './event.js';
import { type ObligationState, obligationsOf } from './monitor/obligation-status.js';
import { isMemberOn } from './group.js';
import type { RecordIndex } from './record-index.js';
import type { State } from './state.js';
import type { DerivedDate, StatusOnDate, StatusPeriod } from './status.js';
import { statusOn } from './status-on.js';

/** A state's standing under one treaty: status on the date, the events with their sources, derived dates and deadlines. */
export interface TreatyStanding {
  readonly treatyId: string;
  readonly treatyName: string;
  readonly status: StatusOnDate;
  readonly periods: readonly StatusPeriod[];
  readonly events: readonly TreatyEvent[];
  readonly entryIntoForce?: DerivedDate;
  readonly withdrawalEffect?: DerivedDate;
  readonly deadlines: readonly Deadline[];
  /** Each deadline with its history from the Monitor's record (extensions, completion, breach), as of the date. */
  readonly obligations: readonly ObligationState[];
}

/** A group the state belongs to on the date. */
export interface GroupOnDate {
  readonly groupId: string;
  readonly name: string;
  readonly joined: IsoDate;
}

/** Everything the record says about one state, as of a date. */
export interface StateProfile {
  readonly state: State;
  readonly on: IsoDate;
  readonly treaties: readonly TreatyStanding[];
  readonly groups: readonly GroupOnDate[];
  /** Events that concern the state alone (armed conflicts). */
  readonly otherEvents: readonly TreatyEvent[];
}

/** Builds a state's profile on a date for the given treaties (all by default). Events recorded after the date are left out. */
export function stateProfile(index: RecordIndex, state: State, on: IsoDate, treatyIds?: readonly string[]): StateProfile {
  const own = (index.eventsByState.get(state.iso3) ?? []).filter((e) => rangeOf(e.date).earliest <= on);
  // By the last day a date can mean: "2026" reads after "2026-01-12", never before it.
  const byDate = (a: TreatyEvent, b: TreatyEvent): number => rangeOf(a.date).latest.localeCompare(rangeOf(b.date).latest);
  const treaties = (treatyIds ?? [...index.treaties.keys()]).flatMap((id): TreatyStanding[] => {
    const treaty = index.treaties.get(id);
    if (!treaty) return [];
    const timeline = index.timelines.get(id)?.get(state.iso3);
    return [{
      treatyId: id,
      treatyName: treaty.shortName,
      status: statusOn(timeline, on),
      periods: (timeline?.periods ?? []).filter((p) => (p.possiblyFrom ?? p.from) <= on || p.cause === 'entry_into_force' || p.cause === 'withdrawal_effect'),
      events: own.filter((e) => e.treatyId === id).sort(byDate),
      ...(timeline?.entryIntoForce ? { entryIntoForce: timeline.entryIntoForce } : {}),
      ...(timeline?.withdrawalEffect ? { withdrawalEffect: timeline.withdrawalEffect } : {}),
      deadlines: deadlinesOf(index, state.iso3, id, on),
      obligations: obligationsOf(index, state.iso3, id, on),
    }];
  });
  const groups = [...index.memberships.values()].flat()
    .filter((m) => m.iso3 === state.iso3 && isMemberOn(m, on))
    .map((m) => ({ groupId: m.groupId, name: index.groups.get(m.groupId)?.name ?? m.groupId, joined: m.joined }));
  return { state, on, treaties, groups, otherEvents: own.filter((e) => e.treatyId === null).sort(byDate) };
}
