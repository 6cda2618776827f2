import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import type { GroupOnDate, StateProfile, TreatyStanding } from '../domain/state-profile.js';
import { type EventJson, eventJson } from './event-json.js';

/** A state's profile as JSON: `treatywatch state --json` and `GET /v1/states/{state}`. */
export interface StateJson {
  readonly state: State;
  readonly on: string;
  readonly groups: readonly GroupOnDate[];
  readonly treaties: readonly (Omit<TreatyStanding, 'events'> & { readonly events: readonly EventJson[] })[];
  readonly otherEvents: readonly EventJson[];
}

/** Shapes a state profile for JSON output, citations spelled out. */
export function stateJson(index: RecordIndex, p: StateProfile): StateJson {
  const ev = (e: Parameters<typeof eventJson>[1]) => eventJson(index, e);
  return {
    state: p.state,
    on: p.on,
    groups: p.groups,
    treaties: p.treaties.map((t) => ({ ...t, events: t.events.map(ev) })),
    otherEvents: p.otherEvents.map(ev),
  };
}
