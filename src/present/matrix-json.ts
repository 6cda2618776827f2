import { COUNT_CONVENTIONS } from '../domain/counts.js';
import type { MatrixCell, MatrixTreaty, StatusMatrix } from '../domain/matrix.js';
import { recordHorizon } from '../domain/horizon.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';
import { type WaitingForJson, waitingForJson } from './waiting-for-json.js';
import { csvText } from './csv-text.js';

// One shaping of the states × treaties matrix for every edge: `treatywatch matrix --json/--csv`,
// GET /v1/matrix (JSON and CSV) and the web page's download link.

/** The treaties a matrix shows unless told otherwise: every treaty in the record's order; protocols joined separately only when asked. */
export function matrixTreatyIds(index: RecordIndex, protocols: boolean): string[] {
  return [...index.treaties.values()].filter((t) => protocols || t.parentTreatyId === undefined).map((t) => t.id);
}

export type { WaitingForJson } from './waiting-for-json.js';

/** A treaty's column: its counts, whether it is in force, its unverified values with their reasons, and (not in force) what it waits for. */
export type MatrixTreatyJson = MatrixTreaty & { readonly waitingFor?: WaitingForJson };

/** The matrix as JSON. */
export interface MatrixJson {
  readonly on: string;
  readonly conventions: string;
  /** The earliest horizon among the treaties shown: the matrix is only as complete as its least current record. */
  readonly horizon?: HorizonJson;
  readonly treaties: readonly MatrixTreatyJson[];
  /** Each state's cell per treaty id. */
  readonly states: readonly { readonly iso3: string; readonly name: string; readonly statuses: Readonly<Record<string, MatrixCell>> }[];
}

/** Shapes a matrix for JSON: treaties with their counts (and, for one not in force, who it waits for); each state's status per treaty id. */
export function matrixJson(index: RecordIndex, m: StatusMatrix): MatrixJson {
  const horizon = horizonJson(recordHorizon(index, m.treaties.map((t) => t.id)), m.on);
  return {
    on: m.on,
    conventions: COUNT_CONVENTIONS,
    ...(horizon ? { horizon } : {}),
    treaties: m.treaties.map((t) => {
      const waiting = t.inForce ? undefined : waitingForJson(index, t.id, m.on);
      return { ...t, ...(waiting ? { waitingFor: waiting } : {}) };
    }),
    states: m.states.map((r) => ({ iso3: r.iso3, name: r.name, statuses: Object.fromEntries(m.treaties.map((t, i) => [t.id, r.cells[i] as MatrixCell])) })),
  };
}

/** The CSV header: iso3, name, then per treaty `<id>` (the status) and `<id>_since`. */
export function matrixCsvHeader(m: StatusMatrix): string[] {
  return ['iso3', 'name', ...m.treaties.flatMap((t) => [t.id, `${t.id}_since`])];
}

/** The matrix as CSV, one row per state, with the header of `matrixCsvHeader`. */
export function matrixCsv(m: StatusMatrix): string {
  const rows = [matrixCsvHeader(m)];
  for (const r of m.states) {
    const row = [r.iso3, r.name];
    for (const c of r.cells) row.push(c.status, c.since ?? '');
    rows.push(row);
  }
  return csvText(rows);
}
