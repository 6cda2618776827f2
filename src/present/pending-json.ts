import type { IsoDate } from '../domain/calendar-date.js';
import type { PendingChange } from '../domain/pending.js';
import type { RecordIndex } from '../domain/record-index.js';
import { treatyHorizon } from '../domain/horizon.js';
import { type CitationOut, citationsOut } from './citations.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';

/** Pending changes as JSON: `treatywatch pending --json` and `GET /v1/treaties/{treaty}/pending`. */
export interface PendingJson {
  readonly treaty: string;
  readonly on: IsoDate;
  /** Present when the record holds the treaty's depositary status page: the date it is complete to, and a warning for a later date. */
  readonly horizon?: HorizonJson;
  readonly pending: readonly (PendingChange & { readonly sources: readonly CitationOut[] })[];
}

/** Shapes pending changes for JSON output, each with the sources of the event it rests on. */
export function pendingJson(index: RecordIndex, treatyId: string, on: IsoDate, changes: readonly PendingChange[]): PendingJson {
  const sourcesOf = (c: PendingChange) => citationsOut(index, index.events.get(c.eventId)?.sources ?? []);
  const horizon = horizonJson(treatyHorizon(index, treatyId), on);
  return { treaty: treatyId, on, ...(horizon ? { horizon } : {}), pending: changes.map((c) => ({ ...c, sources: sourcesOf(c) })) };
}
