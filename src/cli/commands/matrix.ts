import { COUNT_CONVENTIONS } from '../../domain/counts.js';
import { recordHorizon } from '../../domain/horizon.js';
import { type MatrixCell, type MatrixRow, type MatrixTreaty, type StatusMatrix, statusMatrix } from '../../domain/matrix.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { requiredStatesOn } from '../../domain/required-states.js';
import { resolveTreaty } from '../../domain/resolve.js';
import type { Status } from '../../domain/status.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { matrixCsv, matrixJson, matrixTreatyIds } from '../../present/matrix-json.js';
import { orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printJson, renderTable } from '../output.js';

/** Options of `matrix`. */
export interface MatrixOptions {
  readonly on?: string;
  /** Comma-separated treaty ids or names; default every treaty that is not a protocol. */
  readonly treaties?: string;
  /** Add the protocols joined separately (CCW Protocols) to the default list. */
  readonly protocols?: boolean;
  readonly format: Format;
}

const MARK: Readonly<Record<Status, string>> = { not_joined: '-', signatory: 'S', deposited: 'D', party: 'P', withdrawal_pending: 'WP', suspension_notified: 'SN', withdrawn: 'W' };

/** What the one- and two-letter marks of the table mean, in lines that fit 80 columns. */
export const MATRIX_LEGEND = [
  'P party, D deposited (not yet in force for it), S signatory, W withdrawn,',
  'WP withdrawal pending, SN notice of "suspension", - not joined;',
  '? a date known only to the month or year, * rests on an unverified fact',
];

/** `treatywatch matrix [--on DATE]`: every state × every treaty on one date, with each treaty's counts. */
export async function matrixCommand(opts: MatrixOptions): Promise<void> {
  const on = dateOption(opts.on);
  await withIndex((index) => {
    const ids = opts.treaties === undefined
      ? matrixTreatyIds(index, opts.protocols === true)
      : opts.treaties.split(',').map((name) => orFail(resolveTreaty(index, name.trim(), 'treaties')).id);
    const m = statusMatrix(index, on, [...new Set(ids)]);
    if (opts.format === 'json') return printJson(matrixJson(index, m));
    if (opts.format === 'csv') return out(matrixCsv(m));
    out(`States × treaties on ${on}`);
    const late = horizonWarning(recordHorizon(index, m.treaties.map((t) => t.id)), on);
    if (late) out(wrap(late));
    out(`${MATRIX_LEGEND.join('\n')}\n\n`);
    out(renderTable(m.states, tableColumns(m)));
    out(`\n${wrap(`States Parties on ${on} (${COUNT_CONVENTIONS})`)}\n\n`);
    out(renderTable(m.treaties, countColumns));
    for (const line of notes(index, m)) out(wrap(line));
  });
}

const cell = (row: MatrixRow, i: number): MatrixCell => row.cells[i] as MatrixCell;

/** A paragraph broken at spaces into lines of at most `width` characters. */
function wrap(text: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** A short column header: a protocol's id without its parent's prefix (ccw-p1 → p1), else the short name. */
function header(t: MatrixTreaty): string {
  const parent = t.parentTreatyId === undefined ? '' : `${t.parentTreatyId}-`;
  return parent !== '' && t.id.startsWith(parent) ? t.id.slice(parent.length) : t.shortName;
}

function tableColumns(m: StatusMatrix): Column<MatrixRow>[] {
  return [
    { header: 'iso3', value: (r) => r.iso3 },
    { header: 'state', value: (r) => r.name, flexible: true },
    ...m.treaties.map((t, i): Column<MatrixRow> => ({
      header: header(t),
      value: (r) => {
        const c = cell(r, i);
        return `${MARK[c.status]}${c.possibly ? '?' : ''}${c.verified ? '' : '*'}`;
      },
    })),
  ];
}

const countColumns: Column<MatrixTreaty>[] = [
  { header: 'treaty', value: (t) => t.shortName, flexible: true },
  { header: 'in force', value: (t) => (t.inForce ? 'yes' : 'no') },
  { header: 'deposited', value: (t) => String(t.counts.parties_deposited) },
  { header: 'in force for', value: (t) => String(t.counts.parties_in_force) },
  { header: 'signatories', value: (t) => String(t.counts.signatories) },
  { header: 'withdrawn', value: (t) => String(t.counts.withdrawn) },
];

/** Lines under the counts: what a treaty not in force waits for, and which of its own values are unverified. */
function notes(index: RecordIndex, m: StatusMatrix): string[] {
  const lines: string[] = [];
  for (const t of m.treaties) {
    const waiting = t.inForce ? undefined : requiredStatesOn(index, t.id, m.on);
    if (waiting) {
      const who = waiting.missing.map((s) => `${s.name} (${s.status.replace(/_/g, ' ')})`).join(', ');
      lines.push(`${t.shortName} is not in force on ${m.on}: ${waiting.article} needs the instruments of all ${waiting.required} States it lists; ${waiting.deposited.length} have deposited, ${waiting.missing.length} have not: ${who}.`);
    } else if (!t.inForce) {
      lines.push(`${t.shortName} is not in force on ${m.on}.`);
    }
    for (const mark of t.unverified) lines.push(`${t.shortName}: unverified: ${mark.path}: ${mark.reason}`);
  }
  return lines.length === 0 ? [] : ['', ...lines];
}
