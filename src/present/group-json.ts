import type { Counts } from '../domain/counts.js';
import type { GroupStatus } from '../domain/group-status.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Status } from '../domain/status.js';
import { type CitationOut, citationsOut } from './citations.js';

/** A group's members and their status as JSON: `treatywatch group --json` and `GET /v1/treaties/{treaty}/groups/{group}`. */
export interface GroupJson {
  readonly group: string;
  readonly treaty: string;
  readonly on: string;
  readonly counts: Counts;
  readonly outside: readonly string[];
  readonly members: readonly { iso3: string; name: string; status: Status; since: string | null; verified: boolean; sources: readonly CitationOut[] }[];
}

/** Shapes a group's status for JSON output. */
export function groupJson(index: RecordIndex, g: GroupStatus): GroupJson {
  return { group: g.groupId, treaty: g.treatyId, on: g.on, counts: g.counts, outside: g.outside, members: g.members.map((m) => ({ iso3: m.iso3, name: m.name, status: m.status, since: m.since, verified: m.verified, sources: citationsOut(index, m.sources) })) };
}
