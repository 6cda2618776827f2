import { datesBetween } from '../../domain/calendar-date.js';
import { type SeriesPoint, seriesOn } from '../../domain/counts.js';
import { treatyHorizon } from '../../domain/horizon.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { openedOn } from '../../domain/treaty.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { seriesJson } from '../../present/series-json.js';
import { CliError, orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** Options of `series`. */
export interface SeriesOptions { readonly from?: string; readonly to?: string; readonly every: string; readonly format: Format }

const STEPS = ['day', 'month', 'year'] as const;

/** `treatywatch series <treaty> --from --to --every day|month|year`: counts over time. */
export async function seriesCommand(treatyName: string, opts: SeriesOptions): Promise<void> {
  const every = STEPS.find((s) => s === opts.every);
  if (!every) throw new CliError('invalid_step', `--every must be day, month or year, not "${opts.every}"`, 'every');
  const to = dateOption(opts.to, 'to');
  await withIndex((index) => {
    const treaty = orFail(resolveTreaty(index, treatyName));
    const from = opts.from === undefined ? openedOn(treaty).date : dateOption(opts.from, 'from');
    if (from > to) throw new CliError('invalid_range', `--from ${from} is after --to ${to}`, 'from');
    const points = seriesOn(index, treaty.id, datesBetween(from, to, every));
    if (opts.format === 'json') return printJson(seriesJson(index, treaty.id, from, to, every, points));
    const columns: Column<SeriesPoint>[] = [
      { header: 'date', value: (p) => p.date },
      { header: 'parties_deposited', value: (p) => String(p.parties_deposited) },
      { header: 'parties_in_force', value: (p) => String(p.parties_in_force) },
      { header: 'signatories', value: (p) => String(p.signatories) },
      { header: 'withdrawn', value: (p) => String(p.withdrawn) },
    ];
    if (opts.format === 'csv') return printCsv(points, columns);
    out(`${treaty.shortName}: States Parties from ${from} to ${to}, every ${every}`);
    // The last point decides: a series is only as complete as its latest date.
    const late = horizonWarning(treatyHorizon(index, treaty.id), to);
    out(late ? `${late}\n` : '');
    out(renderTable(points, columns));
  });
}
