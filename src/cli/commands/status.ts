import { COUNT_CONVENTIONS } from '../../domain/counts.js';
import { statusJson } from '../../present/status-json.js';
import { treatyInForceOn, waitingForJson } from '../../present/waiting-for-json.js';
import { treatyHorizon } from '../../domain/horizon.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { STATUSES, type Status } from '../../domain/status.js';
import { type StatusRow, statusTable } from '../../domain/status-table.js';
import { citationsOut } from '../citations.js';
import { CliError, orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** Options of `status`. */
export interface StatusOptions { readonly on?: string; readonly only?: string; readonly format: Format }

/** `treatywatch status <treaty> [--on DATE]`: every state's status and since when, and the counts. */
export async function statusCommand(treatyName: string, opts: StatusOptions): Promise<void> {
  const on = dateOption(opts.on);
  const only = opts.only === undefined ? undefined : parseStatus(opts.only);
  await withIndex((index) => {
    const treaty = orFail(resolveTreaty(index, treatyName));
    const table = statusTable(index, treaty.id, on);
    const rows = only ? table.states.filter((s) => s.status === only) : table.states;
    if (opts.format === 'json') return printJson(statusJson(index, table, only));
    const columns: Column<StatusRow>[] = [
      { header: 'iso3', value: (r) => r.iso3 },
      { header: 'state', value: (r) => r.name, flexible: true },
      { header: 'status', value: (r) => r.status + (r.possibly ? ` (or ${r.possibly})` : '') + (r.verified ? '' : ' (unverified)') },
      { header: 'since', value: (r) => r.since ?? '' },
      { header: 'sources', value: (r) => r.sources.map((c) => c.sourceId).join(' ') },
    ];
    if (opts.format === 'csv') {
      printCsv(rows, [...columns.slice(0, 4), { header: 'sources', value: (r) => citationsOut(index, r.sources).map((c) => c.url ?? c.id).join(' ') }]);
      return;
    }
    const c = table.counts;
    out(`${treaty.shortName} (${treaty.fullName}) on ${on}`);
    const late = horizonWarning(treatyHorizon(index, treaty.id), on);
    if (late) out(late);
    if (!treatyInForceOn(index, treaty.id, on)) out(`The ${treaty.shortName} itself is not in force on ${on}: no instrument deposited is in force yet.`);
    const waiting = waitingForJson(index, treaty.id, on);
    if (waiting) out(`${waiting.article} needs the instruments of all ${waiting.required} States it lists: ${waiting.deposited} have deposited; still missing: ${waiting.missing.map((m) => `${m.name} (${m.status.replace(/_/g, ' ')})`).join(', ')}.`);
    for (const mark of treaty.unverified ?? []) out(`unverified: ${mark.path}: ${mark.reason}`);
    out(`States Parties: ${c.parties_deposited} counting deposits, ${c.parties_in_force} in force. Signatories not bound: ${c.signatories}. Withdrawn: ${c.withdrawn}. Not joined: ${c.not_joined}.`);
    if (c.uncertain.length > 0) out(`Uncertain on this date (a date known only to the month or year): ${c.uncertain.join(', ')}.`);
    out(`(${COUNT_CONVENTIONS})\n`);
    out(renderTable(rows, columns));
  });
}

function parseStatus(text: string): Status {
  const s = STATUSES.find((x) => x === text);
  if (!s) throw new CliError('invalid_status', `"${text}" is not a status: use one of ${STATUSES.join(', ')}`, 'only');
  return s;
}
