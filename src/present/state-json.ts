import { recordHorizon } from '../domain/horizon.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import type { GroupOnDate, StateProfile, TreatyStanding } from '../domain/state-profile.js';
import type { UnverifiedMark } from '../domain/treaty.js';
import { type EventJson, eventJson } from './event-json.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';

/** A state's profile as JSON: `treatywatch state --json` and `GET /v1/states/{state}`. */
export interface StateJson {
  readonly state: State;
  readonly on: string;
  readonly groups: readonly GroupOnDate[];
  /** The earliest horizon among the treaties shown. */
  readonly horizon?: HorizonJson;
  /** Per treaty; `unverified` (present when the treaty has any) lists values of the treaty's own record that no stored source confirms. */
  readonly treaties: readonly (Omit<TreatyStanding, 'events'> & { readonly events: readonly EventJson[]; readonly unverified?: readonly UnverifiedMark[] })[];
  readonly otherEvents: readonly EventJson[];
}

/** Shapes a state profile for JSON output, citations spelled out. */
export function stateJson(index: RecordIndex, p: StateProfile): StateJson {
  const ev = (e: Parameters<typeof eventJson>[1]) => eventJson(index, e);
  const horizon = horizonJson(recordHorizon(index, p.treaties.map((t) => t.treatyId)), p.on);
  return {
    state: p.state,
    on: p.on,
    groups: p.groups,
    ...(horizon ? { horizon } : {}),
    treaties: p.treaties.map((t) => {
      const marks = index.treaties.get(t.treatyId)?.unverified ?? [];
      return { ...t, events: t.events.map(ev), ...(marks.length > 0 ? { unverified: marks } : {}) };
    }),
    otherEvents: p.otherEvents.map(ev),
  };
}
