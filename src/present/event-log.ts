import { rangeOf } from '../domain/calendar-date.js';
import type { Dataset } from '../domain/dataset.js';
import { csvText } from './csv-text.js';

/** Columns of the event-log CSV (`treatywatch export --format csv`, `GET /v1/exports/events.csv`). */
export const EVENT_LOG_COLUMNS = ['id', 'iso3', 'treaty', 'kind', 'date', 'date_precision', 'earliest', 'latest', 'effective_from', 'stated_effect', 'verified', 'supersedes', 'superseded_by', 'recorded_by', 'recorded_at', 'source_ids', 'source_urls', 'notification', 'note'] as const;

/** The whole record as one value, re-importable as a dataset: corrections and superseded events included. */
export function eventLogRecord(ds: Dataset): Dataset {
  return { treaties: ds.treaties, states: ds.states, groups: ds.groups, memberships: ds.memberships, sources: ds.sources, events: ds.events };
}

/** The whole record as indented JSON text (see eventLogRecord). */
export function eventLogJson(ds: Dataset): string {
  return JSON.stringify(eventLogRecord(ds), null, 2);
}

/** The event log as CSV text, one line per event (superseded ones too, with what superseded them). */
export function eventLogCsv(ds: Dataset): string {
  const supersededBy = new Map(ds.events.filter((e) => e.supersedes).map((e) => [e.supersedes ?? '', e.id]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const rows = ds.events.map((e) => {
    const r = rangeOf(e.date);
    return [e.id, e.iso3, e.treatyId ?? '', e.kind, e.date.value, e.date.precision, r.earliest, r.latest, e.effectiveFrom ?? '', e.statedEffect?.date ?? '', String(e.verified), e.supersedes ?? '', supersededBy.get(e.id) ?? '', e.recordedBy, e.recordedAt, e.sources.map((c) => c.sourceId).join(' '), e.sources.map((c) => sources.get(c.sourceId)?.url ?? '').join(' '), String(e.details?.notification ?? ''), e.note ?? ''];
  });
  return csvText([[...EVENT_LOG_COLUMNS], ...rows]);
}
