import type { IsoDate } from '../domain/calendar-date.js';
import { COUNT_CONVENTIONS, type Counts } from '../domain/counts.js';
import type { RecordIndex } from '../domain/record-index.js';
import { statusTable } from '../domain/status-table.js';
import { citationsOut } from './citations.js';
import { csvText } from './csv-text.js';

/** One line of the status export: one state under one treaty on the date. */
export interface StatusExportRow {
  readonly treaty: string;
  readonly iso3: string;
  readonly name: string;
  readonly status: string;
  readonly since: string;
  readonly possibly: string;
  readonly rule: string;
  readonly verified: boolean;
  readonly event: string;
  readonly source_urls: string;
}

/** The status export for spreadsheets and scripts: every state under each treaty on a date, with the counts. */
export interface StatusExport {
  readonly on: IsoDate;
  readonly conventions: string;
  readonly counts: Readonly<Record<string, Counts>>;
  readonly rows: readonly StatusExportRow[];
}

/** Builds the status export for the given treaties, from the same status table as everything else. */
export function statusExport(index: RecordIndex, treatyIds: readonly string[], on: IsoDate): StatusExport {
  const counts: Record<string, Counts> = {};
  const rows: StatusExportRow[] = [];
  for (const id of treatyIds) {
    const table = statusTable(index, id, on);
    counts[id] = table.counts;
    for (const r of table.states) {
      const urls = citationsOut(index, r.sources).map((c) => c.url ?? c.id);
      rows.push({ treaty: id, iso3: r.iso3, name: r.name, status: r.status, since: r.since ?? '', possibly: r.possibly ?? '', rule: r.rule ?? '', verified: r.verified, event: r.eventId ?? '', source_urls: urls.join(' ') });
    }
  }
  return { on, conventions: COUNT_CONVENTIONS, counts, rows };
}

/** The rows as CSV, with a header. */
export function statusExportCsv(e: StatusExport): string {
  const columns = ['treaty', 'iso3', 'name', 'status', 'since', 'possibly', 'rule', 'verified', 'event', 'source_urls'] as const;
  return csvText([[...columns], ...e.rows.map((r) => columns.map((c) => String(r[c])))]);
}
