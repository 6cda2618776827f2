import type { Counts } from '../domain/counts.js';
import type { GroupStatus } from '../domain/group-status.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Status } from '../domain/status.js';
import { treatyHorizon } from '../domain/horizon.js';
import { type CitationOut, citationsOut } from './citations.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';

/** A group's members and their status as JSON: `treatywatch group --json` and `GET /v1/treaties/{treaty}/groups/{group}`. */
export interface GroupJson {
  readonly group: string;
  readonly treaty: string;
  readonly on: string;
  readonly counts: Counts;
  /** Present when the record holds the treaty's depositary status page: the date it is complete to, and a warning for a later date. */
  readonly horizon?: HorizonJson;
  readonly outside: readonly string[];
  readonly members: readonly { iso3: string; name: string; status: Status; since: string | null; verified: boolean; sources: readonly CitationOut[] }[];
}

/** Shapes a group's status for JSON output. */
export function groupJson(index: RecordIndex, g: GroupStatus): GroupJson {
  const horizon = horizonJson(treatyHorizon(index, g.treatyId), g.on);
  return { group: g.groupId, treaty: g.treatyId, on: g.on, counts: g.counts, ...(horizon ? { horizon } : {}), outside: g.outside, members: g.members.map((m) => ({ iso3: m.iso3, name: m.name, status: m.status, since: m.since, verified: m.verified, sources: citationsOut(index, m.sources) })) };
}
