import { type Departure, departures } from '../../domain/departures.js';
import { recordHorizon } from '../../domain/horizon.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { horizonJson, horizonWarning } from '../../present/horizon-json.js';
import { citationsOut } from '../citations.js';
import { CliError, orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** Options of `departures`. */
export interface DeparturesOptions {
  readonly since: string;
  readonly until?: string;
  readonly treaties?: string;
  readonly format: Format;
}

const WHAT: Readonly<Record<string, string>> = {
  withdrawal: 'withdrawal',
  ratification_withdrawn: 'ratification withdrawn',
  intent_not_to_become_party: 'will not become a party',
  suspension_notice: '"suspension" notice',
};

/** The notification's number without its series (C.N.362.2025), to keep the table narrow; CSV and JSON give it whole. */
const notification = (d: Departure, whole = false): string => {
  const n = d.event.details?.notification;
  if (typeof n !== 'string') return 'not known';
  return whole ? n : n.replace(/\.TREATIES.*$/, '');
};

/** `treatywatch departures --since DATE`: who left, or stepped back from, which treaty, with the depositary's notification. */
export async function departuresCommand(opts: DeparturesOptions): Promise<void> {
  const since = dateOption(opts.since, 'since');
  const until = dateOption(opts.until, 'until');
  if (until < since) throw new CliError('invalid_range', `--until ${until} is before --since ${since}`, 'until');
  await withIndex((index) => {
    const ids = opts.treaties?.split(',').map((name) => orFail(resolveTreaty(index, name.trim(), 'treaties')).id);
    const list = departures(index, since, until, ids);
    const horizon = recordHorizon(index, ids ?? index.treaties.keys());
    if (opts.format === 'json') {
      return printJson({
        since,
        until,
        ...(horizon ? { horizon: horizonJson(horizon, until) } : {}),
        departures: list.map((d) => ({
          iso3: d.iso3, name: d.name, treaty: d.treatyId, kind: d.event.kind, date: d.event.date.value, verified: d.event.verified,
          notification: d.event.details?.notification ?? null, effect: d.effect ?? null, note: d.event.note ?? null, event: d.event.id, sources: citationsOut(index, d.event.sources),
        })),
      });
    }
    const columns: Column<Departure>[] = [
      { header: 'date', value: (d) => d.event.date.value + (d.event.verified ? '' : '*') },
      { header: 'state', value: (d) => d.name, flexible: true },
      { header: 'treaty', value: (d) => d.treatyName },
      { header: 'what', value: (d) => WHAT[d.event.kind] ?? d.event.kind },
      { header: 'effect', value: (d) => d.effect?.label ?? '' },
      { header: 'notification', value: (d) => notification(d) },
    ];
    if (opts.format === 'csv') {
      return printCsv(list, [
        { header: 'iso3', value: (d) => d.iso3 }, { header: 'state', value: (d) => d.name }, { header: 'treaty', value: (d) => d.treatyId },
        { header: 'kind', value: (d) => d.event.kind }, { header: 'date', value: (d) => d.event.date.value }, { header: 'verified', value: (d) => String(d.event.verified) },
        { header: 'effect', value: (d) => d.effect?.label ?? '' }, { header: 'notification', value: (d) => notification(d, true) },
      ]);
    }
    out(`Left or stepped back from a treaty, ${since} to ${until}: ${list.length}`);
    const late = horizonWarning(horizon, until);
    if (late) out(late);
    if (list.some((d) => !d.event.verified)) out('* the date rests on an unverified fact (see `treatywatch state <name>`)');
    out('');
    out(renderTable(list, columns));
  });
}
