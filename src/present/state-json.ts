import { isBeyondRecord, recordHorizon, treatyHorizon } from '../domain/horizon.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import type { GroupOnDate, StateProfile, TreatyStanding } from '../domain/state-profile.js';
import type { UnverifiedMark } from '../domain/treaty.js';
import { type EventJson, eventJson } from './event-json.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';
import { type ObligationJson, obligationJson } from './obligation-json.js';

/** A state's profile as JSON: `treatywatch state --json` and `GET /v1/states/{state}`. */
export interface StateJson {
  readonly state: State;
  readonly on: string;
  readonly groups: readonly GroupOnDate[];
  /** The earliest horizon among the treaties shown. */
  readonly horizon?: HorizonJson;
  /** Per treaty; `unverified` (present when the treaty has any) lists values of the treaty's own record that no stored source confirms. */
  readonly treaties: readonly (Omit<TreatyStanding, 'events' | 'obligations'> & {
    readonly events: readonly EventJson[];
    readonly obligations: readonly ObligationJson[];
    readonly unverified?: readonly UnverifiedMark[];
    /** Events that may fall after the treaty's horizon and are known from other sources than its depositary page (ids). */
    readonly beyondRecord?: readonly string[];
  })[];
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
      const h = treatyHorizon(index, t.treatyId);
      const beyond = t.events.filter((e) => isBeyondRecord(h, e)).map((e) => e.id);
      return { ...t, events: t.events.map(ev), obligations: t.obligations.map((o) => obligationJson(index, o)), ...(marks.length > 0 ? { unverified: marks } : {}), ...(beyond.length > 0 ? { beyondRecord: beyond } : {}) };
    }),
    otherEvents: p.otherEvents.map(ev),
  };
}
