import { addYears } from '../domain/calendar-date.js';
import { type SeriesPoint, seriesOn } from '../domain/counts.js';
import { type PendingChange, pendingChanges } from '../domain/pending.js';
import type { RecordIndex } from '../domain/record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES, STATUSES, type Status, type Timeline } from '../domain/status.js';
import { statusOn } from '../domain/status-on.js';
import { openedOn } from '../domain/treaty.js';
import { safeUrl } from './html.js';
import { statusLabel } from './palette.js';

/** A run of days over which a state's status, its start and its source stay the same: [from, status, since, source index, possibly]. */
export type Epoch = readonly [from: string, status: Status, since: string | null, source: number, possibly: Status | null];

/** What the treaty page ships to the browser, so that any date is drawn without asking the server. */
export interface ClientTreatyData {
  readonly inForce: readonly Status[];
  readonly deposited: readonly Status[];
  readonly labels: Readonly<Record<Status, string>>;
  readonly names: Readonly<Record<string, string>>;
  /** [publisher, title, address or null]. */
  readonly sources: readonly (readonly [string, string, string | null])[];
  readonly epochs: Readonly<Record<string, readonly Epoch[]>>;
}

/** A pending change and the days on which it is pending: from `from` until the day before `to` (null: still pending). */
export interface PendingRow {
  readonly from: string;
  readonly to: string | null;
  readonly change: PendingChange;
}

/** Everything date-dependent on a treaty page, for every date at once. */
export interface TreatyData {
  readonly from: string;
  readonly to: string;
  readonly client: ClientTreatyData;
  readonly pending: readonly PendingRow[];
  /** The counts at every date they change, from `from` to `to`. */
  readonly points: readonly SeriesPoint[];
}

const cache = new WeakMap<RecordIndex, Map<string, TreatyData>>();

/** The treaty's data from its opening to a year after `today`; cached per indexed record (the server re-indexes on writes). */
export function treatyData(index: RecordIndex, treatyId: string, today: string): TreatyData {
  const perIndex = cache.get(index) ?? new Map<string, TreatyData>();
  cache.set(index, perIndex);
  const key = `${treatyId}|${today}`;
  const hit = perIndex.get(key);
  if (hit) return hit;
  const data = build(index, treatyId, today);
  perIndex.set(key, data);
  return data;
}

function build(index: RecordIndex, treatyId: string, today: string): TreatyData {
  const treaty = index.treaties.get(treatyId);
  const timelines: ReadonlyMap<string, Timeline> = index.timelines.get(treatyId) ?? new Map<string, Timeline>();
  const from = treaty ? openedOn(treaty).date : '1997-01-01';
  const to = addYears(today, 1);
  const sources: [string, string, string | null][] = [];
  const sourceIndex = new Map<string, number>();
  const sourceOf = (eventId: string | undefined): number => {
    const citation = eventId === undefined ? undefined : index.events.get(eventId)?.sources[0];
    const source = citation && index.sources.get(citation.sourceId);
    if (!source) return -1;
    let i = sourceIndex.get(source.id);
    if (i === undefined) {
      i = sources.push([source.publisher, source.title, safeUrl(source.url) ?? null]) - 1;
      sourceIndex.set(source.id, i);
    }
    return i;
  };
  // The days a state's standing can change: the first and the last day each period may begin.
  const bounds = new Map<string, string[]>();
  for (const state of index.stateList) {
    const t = timelines.get(state.iso3);
    if (t) bounds.set(state.iso3, [...new Set(t.periods.flatMap((p) => (p.possiblyFrom ? [p.possiblyFrom, p.from] : [p.from])))].sort());
  }
  const epochs: Record<string, Epoch[]> = {};
  for (const [iso3, days] of bounds) {
    const list: Epoch[] = [];
    for (const day of days) {
      const s = statusOn(timelines.get(iso3), day);
      const e: Epoch = [day, s.status, s.since, sourceOf(s.eventId), s.possibly ?? null];
      const last = list[list.length - 1];
      if (!last || JSON.stringify(last.slice(1)) !== JSON.stringify(e.slice(1))) list.push(e);
    }
    epochs[iso3] = list;
  }
  const allDays = [...new Set([...bounds.values()].flat())].sort();
  return {
    from,
    to,
    client: {
      inForce: IN_FORCE_STATUSES,
      deposited: DEPOSITED_STATUSES,
      labels: Object.fromEntries(STATUSES.map((s) => [s, statusLabel(s)])) as Record<Status, string>,
      names: Object.fromEntries(index.stateList.map((s) => [s.iso3, s.name])),
      sources,
      epochs,
    },
    pending: pendingRows(index, treatyId, bounds, allDays),
    points: seriesOn(index, treatyId, [...new Set([from, ...allDays.filter((d) => d > from && d < to), to])]),
  };
}

/**
 * Every pending change with the days it is pending. A state's pending change depends only on its
 * own status, which changes only on its own bounds: so pendingChanges on each bound gives every row.
 */
function pendingRows(index: RecordIndex, treatyId: string, bounds: ReadonlyMap<string, readonly string[]>, allDays: readonly string[]): PendingRow[] {
  const onDay = new Map(allDays.map((d) => [d, new Map(pendingChanges(index, treatyId, d).map((c) => [c.iso3, c]))]));
  const rows: { from: string; to: string | null; change: PendingChange }[] = [];
  for (const [iso3, days] of bounds) {
    let open: { from: string; to: string | null; change: PendingChange } | undefined;
    for (const day of days) {
      const change = onDay.get(day)?.get(iso3);
      if (open && (!change || sameChange(change) !== sameChange(open.change))) {
        open.to = day;
        open = undefined;
      }
      if (change && !open) {
        open = { from: day, to: null, change };
        rows.push(open);
      }
    }
  }
  // The order pendingChanges uses: soonest effect first, open ones last, then by name.
  return rows.sort((a, b) => (a.change.effectiveOn ?? '9999').localeCompare(b.change.effectiveOn ?? '9999') || a.change.name.localeCompare(b.change.name, 'en') || a.from.localeCompare(b.from));
}

/** The pending changes on one date, read off the rows (equal to pendingChanges on that date). */
export function pendingOn(rows: readonly PendingRow[], on: string): PendingChange[] {
  return rows.filter((r) => r.from <= on && (r.to === null || on < r.to)).map((r) => {
    const [before, after] = splitNote(r);
    return after === undefined ? r.change : { ...r.change, note: `${before}on ${on} ${after}` };
  });
}

/**
 * A note that names the day it is read on ("on 2026-01-01 the record cannot tell …": a date known
 * only to the year) split around that day, so that pages can show the day being viewed instead.
 */
export function splitNote(r: PendingRow): [string, string | undefined] {
  const note = r.change.note ?? '';
  const marker = `on ${r.from} `;
  const at = r.change.kind === 'deposit_date_unknown' ? note.indexOf(marker) : -1;
  return at < 0 ? [note, undefined] : [note.slice(0, at), note.slice(at + marker.length)];
}

// Rows stay one while the change is the same; a note naming the day being read does not split them.
function sameChange(c: PendingChange): string {
  return JSON.stringify(c.kind === 'deposit_date_unknown' ? { ...c, note: undefined } : c);
}
