import type { IsoDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type MissingState, requiredStatesOn } from '../domain/required-states.js';

/** What a treaty not in force waits for (the CTBT's Annex 2 states): shaped once for status and matrix answers. */
export interface WaitingForJson {
  readonly article: string;
  readonly required: number;
  readonly deposited: number;
  readonly missing: readonly MissingState[];
}

/** Whether the treaty itself is in force on the date (its own entry into force has come). */
export function treatyInForceOn(index: RecordIndex, treatyId: string, on: IsoDate): boolean {
  const date = index.treaties.get(treatyId)?.entryIntoForce?.date;
  return date !== undefined && date <= on;
}

/** For a treaty not in force on the date that names the states it needs, who has and has not deposited; otherwise undefined. */
export function waitingForJson(index: RecordIndex, treatyId: string, on: IsoDate): WaitingForJson | undefined {
  if (treatyInForceOn(index, treatyId, on)) return undefined;
  const waiting = requiredStatesOn(index, treatyId, on);
  return waiting ? { article: waiting.article, required: waiting.required, deposited: waiting.deposited.length, missing: waiting.missing } : undefined;
}
