import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import { DEPOSITED_STATUSES, type Status } from './status.js';
import { statusOn } from './status-on.js';

/** A state the treaty's entry into force waits for, and where it stands. */
export interface MissingState {
  readonly iso3: string;
  readonly name: string;
  readonly status: Status;
}

/** Where the states whose instruments a treaty needs before it can enter into force (CTBT Annex 2) stand on a date. */
export interface RequiredStatesOn {
  readonly treatyId: string;
  /** The article that names them, e.g. Art. XIV. */
  readonly article: string;
  readonly on: IsoDate;
  readonly required: number;
  /** Those whose instrument is deposited on the date. */
  readonly deposited: readonly string[];
  /** The others, in name order, with their status (signatory, not joined, …). */
  readonly missing: readonly MissingState[];
}

/** The required states' standing on a date; undefined when the treaty names no such states. */
export function requiredStatesOn(index: RecordIndex, treatyId: string, on: IsoDate): RequiredStatesOn | undefined {
  const treaty = index.treaties.get(treatyId);
  const required = treaty?.rules.entryIntoForce.requiredStates;
  if (!treaty || !required) return undefined;
  const timelines = index.timelines.get(treatyId);
  const deposited: string[] = [];
  const missing: MissingState[] = [];
  for (const iso3 of required) {
    const status = statusOn(timelines?.get(iso3), on).status;
    if (DEPOSITED_STATUSES.includes(status)) deposited.push(iso3);
    else missing.push({ iso3, name: index.states.get(iso3)?.name ?? iso3, status });
  }
  missing.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { treatyId, article: treaty.rules.entryIntoForce.article, on, required: required.length, deposited, missing };
}
