import type { IsoDate } from '../domain/calendar-date.js';
import { COUNT_CONVENTIONS, type Counts } from '../domain/counts.js';
import type { RecordIndex } from '../domain/record-index.js';
import { treatyHorizon } from '../domain/horizon.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';
import type { Status } from '../domain/status.js';
import type { StatusTable } from '../domain/status-table.js';
import type { UnverifiedMark } from '../domain/treaty.js';
import { type CitationOut, citationsOut } from './citations.js';
import { type WaitingForJson, waitingForJson } from './waiting-for-json.js';

/** One state's line of the status answer. */
export interface StatusLineJson {
  readonly iso3: string;
  readonly name: string;
  readonly status: Status;
  readonly since: string | null;
  readonly possibly?: Status;
  readonly rule?: string;
  readonly verified: boolean;
  readonly event: string | null;
  readonly sources: readonly CitationOut[];
}

/** The status of every state on a date with the counts: `treatywatch status --json` and `GET /v1/treaties/{treaty}/status`. */
export interface StatusJson {
  readonly treaty: string;
  readonly on: IsoDate;
  readonly counts: Counts;
  readonly conventions: string;
  /** Present when the treaty has any: values of its own record that no stored source confirms, with the reason. */
  readonly unverified?: readonly UnverifiedMark[];
  /** Present when the treaty itself is not in force on the date and needs named states (the CTBT's Annex 2): who has not deposited. */
  readonly waitingFor?: WaitingForJson;
  /** Present when the record holds the treaty's depositary status page: the date the record is complete to, and a warning for a later date. */
  readonly horizon?: HorizonJson;
  readonly states: readonly StatusLineJson[];
}

/** Shapes a status table (optionally only the states with one status) for JSON output. */
export function statusJson(index: RecordIndex, table: StatusTable, only?: Status): StatusJson {
  const rows = only ? table.states.filter((s) => s.status === only) : table.states;
  const marks = index.treaties.get(table.treatyId)?.unverified ?? [];
  const waiting = waitingForJson(index, table.treatyId, table.on);
  const horizon = horizonJson(treatyHorizon(index, table.treatyId), table.on);
  return {
    treaty: table.treatyId,
    on: table.on,
    counts: table.counts,
    conventions: COUNT_CONVENTIONS,
    ...(marks.length > 0 ? { unverified: marks } : {}),
    ...(waiting ? { waitingFor: waiting } : {}),
    ...(horizon ? { horizon } : {}),
    states: rows.map((r) => ({ iso3: r.iso3, name: r.name, status: r.status, since: r.since, ...(r.possibly ? { possibly: r.possibly } : {}), ...(r.rule ? { rule: r.rule } : {}), verified: r.verified, event: r.eventId ?? null, sources: citationsOut(index, r.sources) })),
  };
}
