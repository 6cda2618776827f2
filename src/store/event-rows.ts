import type { TreatyEvent } from '../domain/event.js';
import type { Citation } from '../domain/source.js';
import { fromJson, toJsonOrNull } from './json-column.js';
import type { CitationRow, EventRow } from './store-schema.js';

/** An event as a row of `events` (its citations go to citationRows). */
export function eventToRow(e: TreatyEvent, seq: number): EventRow {
  return {
    id: e.id,
    iso3: e.iso3,
    treaty_id: e.treatyId,
    kind: e.kind,
    date_value: e.date.value,
    date_precision: e.date.precision,
    effective_from: e.effectiveFrom ?? null,
    stated_effect: toJsonOrNull(e.statedEffect),
    details: toJsonOrNull(e.details),
    verified: e.verified ? 1 : 0,
    note: e.note ?? null,
    recorded_by: e.recordedBy,
    recorded_at: e.recordedAt,
    supersedes: e.supersedes ?? null,
    seq,
  };
}

/** An event's citations as rows, keeping their order. */
export function citationRows(e: TreatyEvent): CitationRow[] {
  return e.sources.map((c, position) => ({ event_id: e.id, position, source_id: c.sourceId, quote: c.quote ?? null }));
}

/** A citation row as a citation. */
export function rowToCitation(r: Pick<CitationRow, 'source_id' | 'quote'>): Citation {
  return r.quote === null ? { sourceId: r.source_id } : { sourceId: r.source_id, quote: r.quote };
}

/** A row and its citations (already in order) as an event; optional fields absent when NULL. */
export function rowToEvent(r: EventRow, sources: readonly Citation[]): TreatyEvent {
  // Built field by field in the event's own key order (the JSON exports keep it), not with spreads:
  // every CLI run reads the whole log, and a cold process runs this in the interpreter.
  const e: Record<string, unknown> = { id: r.id, iso3: r.iso3, treatyId: r.treaty_id, kind: r.kind, date: { value: r.date_value, precision: r.date_precision } };
  if (r.effective_from !== null) e.effectiveFrom = r.effective_from;
  if (r.stated_effect !== null) e.statedEffect = fromJson<NonNullable<TreatyEvent['statedEffect']>>(r.stated_effect);
  if (r.details !== null) e.details = fromJson<NonNullable<TreatyEvent['details']>>(r.details);
  e.sources = [...sources];
  e.verified = r.verified === 1;
  if (r.note !== null) e.note = r.note;
  e.recordedBy = r.recorded_by;
  e.recordedAt = r.recorded_at;
  if (r.supersedes !== null) e.supersedes = r.supersedes;
  return e as unknown as TreatyEvent;
}
