import type { IsoDate } from './calendar-date.js';
import { type Counts, tally } from './counts.js';
import type { RecordIndex } from './record-index.js';
import type { Status } from './status.js';
import type { UnverifiedMark } from './treaty.js';
import { statusOn } from './status-on.js';

/** One treaty's column: whether it is in force on the date, its unverified values, and its counts. */
export interface MatrixTreaty {
  readonly id: string;
  readonly shortName: string;
  readonly parentTreatyId?: string;
  /** The treaty itself is in force on the date (false before its entry into force, and while it has none: the CTBT). */
  readonly inForce: boolean;
  /** The treaty's own values that no stored source confirms, with the reason. */
  readonly unverified: readonly UnverifiedMark[];
  readonly counts: Counts;
}

/** One state's standing under one treaty on the date. */
export interface MatrixCell {
  readonly status: Status;
  /** First day of the status, as precisely as known; null if never joined. */
  readonly since: string | null;
  /** Set when an imprecise date means the state may already be in this status. */
  readonly possibly?: Status;
  /** False when the event behind the status rests on an unverified value. */
  readonly verified: boolean;
  /** The event the status rests on. */
  readonly eventId: string | null;
}

/** A state's row: one cell per treaty, in the order of `StatusMatrix.treaties`. */
export interface MatrixRow {
  readonly iso3: string;
  readonly name: string;
  readonly cells: readonly MatrixCell[];
}

/** Every state × the given treaties on one date. */
export interface StatusMatrix {
  readonly on: IsoDate;
  readonly treaties: readonly MatrixTreaty[];
  readonly states: readonly MatrixRow[];
}

/**
 * States × treaties on a date: each state's status under each treaty (all treaties by default, in
 * the dataset's order), and each treaty's counts, tallied from the same cells.
 */
export function statusMatrix(index: RecordIndex, on: IsoDate, treatyIds: readonly string[] = [...index.treaties.keys()]): StatusMatrix {
  const treaties = treatyIds.flatMap((id) => {
    const t = index.treaties.get(id);
    return t ? [t] : [];
  });
  const states = index.stateList.map((state): MatrixRow => ({
    iso3: state.iso3,
    name: state.name,
    cells: treaties.map((t): MatrixCell => {
      const s = statusOn(index.timelines.get(t.id)?.get(state.iso3), on);
      const event = s.eventId === undefined ? undefined : index.events.get(s.eventId);
      const verified = event?.verified ?? true;
      const eventId = s.eventId ?? null;
      // Two literals rather than a spread (~3000 cells in a cold run); the key order is the JSON's.
      return s.possibly ? { status: s.status, since: s.since, possibly: s.possibly, verified, eventId } : { status: s.status, since: s.since, verified, eventId };
    }),
  }));
  const columns = treaties.map((t, i): MatrixTreaty => {
    const cells = states.map((row) => ({ iso3: row.iso3, cell: row.cells[i] as MatrixCell }));
    return {
      id: t.id,
      shortName: t.shortName,
      ...(t.parentTreatyId === undefined ? {} : { parentTreatyId: t.parentTreatyId }),
      inForce: t.entryIntoForce !== undefined && t.entryIntoForce.date <= on,
      unverified: t.unverified ?? [],
      counts: tally(cells.map((c) => c.cell.status), cells.filter((c) => c.cell.possibly !== undefined).map((c) => c.iso3)),
    };
  });
  return { on, treaties: columns, states };
}
