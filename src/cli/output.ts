import { csvText } from '../present/csv-text.js';
import { io } from './io.js';

/** How a listing is printed: a table for people, JSON or CSV for scripts. */
export type Format = 'table' | 'json' | 'csv';

/** A column of a text table. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  /** The column that gives way when the table is wider than the terminal. */
  readonly flexible?: boolean;
}

/** Writes to stdout. */
export function out(text: string): void {
  io().stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Prints JSON, two-space indented. */
export function printJson(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

/** Prints rows as CSV with a header. */
export function printCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): void {
  out(csvText([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))]));
}

/** Renders a plain-text table that fits the terminal (80 columns when not a terminal). */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width = io().stdout.columns || 80): string {
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => (row[i] ?? '').length)));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  const flex = columns.findIndex((c) => c.flexible);
  if (total > width && flex >= 0) widths[flex] = Math.max(columns[flex]?.header.length ?? 4, (widths[flex] ?? 0) - (total - width));
  const line = (values: readonly string[]): string =>
    values.map((v, i) => fit(v, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function fit(v: string, w: number): string {
  return v.length > w ? `${v.slice(0, Math.max(0, w - 1))}…` : v.padEnd(w);
}

// Hostile or multi-line values must not break a table's layout.
function oneLine(v: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return v.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
