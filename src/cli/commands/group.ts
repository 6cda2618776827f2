import { treatyHorizon } from '../../domain/horizon.js';
import { resolveGroup, resolveTreaty } from '../../domain/resolve.js';
import type { StatusRow } from '../../domain/status-table.js';
import { groupStatus } from '../../domain/group-status.js';
import { groupJson } from '../../present/group-json.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** `treatywatch group <eu|nato> <treaty> [--on DATE]`: a group's members on a date and their status. */
export async function groupCommand(groupName: string, treatyName: string, opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withIndex((index) => {
    const group = orFail(resolveGroup(index, groupName));
    const treaty = orFail(resolveTreaty(index, treatyName));
    const g = groupStatus(index, group.id, treaty.id, on);
    if (opts.format === 'json') {
      return printJson(groupJson(index, g));
    }
    const columns: Column<StatusRow>[] = [
      { header: 'iso3', value: (r) => r.iso3 },
      { header: 'state', value: (r) => r.name, flexible: true },
      { header: 'status', value: (r) => r.status },
      { header: 'since', value: (r) => r.since ?? '' },
    ];
    if (opts.format === 'csv') return printCsv(g.members, columns);
    const inForce = g.members.length - g.outside.length;
    out(`${group.name} and the ${treaty.shortName} on ${on}: ${g.members.length} members; the treaty is in force for ${inForce}.`);
    const late = horizonWarning(treatyHorizon(index, treaty.id), on);
    if (late) out(late);
    out(g.outside.length === 0 ? 'Every member is a State Party.' : `Not States Parties (in force): ${g.outside.map((iso3) => index.states.get(iso3)?.name ?? iso3).join(', ')}.`);
    out('');
    out(renderTable(g.members, columns));
  });
}
