import { treatyHorizon } from '../../domain/horizon.js';
import { type PendingChange, pendingChanges } from '../../domain/pending.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { pendingJson } from '../../present/pending-json.js';
import { orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** `treatywatch pending <treaty> [--on DATE]`: changes set in motion and when they take effect. */
export async function pendingCommand(treatyName: string, opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withIndex((index) => {
    const treaty = orFail(resolveTreaty(index, treatyName));
    const changes = pendingChanges(index, treaty.id, on);
    if (opts.format === 'json') return printJson(pendingJson(index, treaty.id, on, changes));
    const columns: Column<PendingChange>[] = [
      { header: 'iso3', value: (c) => c.iso3 },
      { header: 'state', value: (c) => c.name },
      { header: 'now', value: (c) => c.status },
      { header: 'change', value: (c) => c.kind },
      { header: 'effective', value: (c) => c.label },
      { header: 'rule / note', value: (c) => c.note ?? c.rule ?? '', flexible: true },
    ];
    if (opts.format === 'csv') return printCsv(changes, columns);
    out(`${treaty.shortName}: pending changes on ${on}`);
    const late = horizonWarning(treatyHorizon(index, treaty.id), on);
    out(late ? `${late}\n` : '');
    out(changes.length === 0 ? 'None.' : renderTable(changes, columns));
  });
}
