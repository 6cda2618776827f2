import { type ObligationState, OBLIGATION_STATUSES } from '../../domain/monitor/obligation-status.js';
import { type ObligationTable, obligationTable } from '../../domain/monitor/obligation-table.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { obligationTableJson } from '../../present/obligation-json.js';
import { Footnotes } from '../citations.js';
import { CliError, orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';

/** `treatywatch obligations <treaty> [--on DATE] [--article N] [--all]`: each State Party's obligations, extensions, current deadline, status and sources. */
export async function obligationsCommand(treatyName: string, opts: { readonly on?: string; readonly article?: string; readonly all?: boolean; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  if (opts.article !== undefined && !/^\d+$/.test(opts.article)) throw new CliError('invalid_article', `--article takes an article number, e.g. 5 (got "${opts.article}")`, 'article');
  await withIndex((index) => {
    const treaty = orFail(resolveTreaty(index, treatyName));
    const table = obligationTable(index, treaty.id, on, { ...(opts.article === undefined ? {} : { article: opts.article }), ...(opts.all === true ? { all: true } : {}) });
    if (table.ruleIds.length === 0) {
      const articles = treaty.rules.deadlines.map((d) => d.article).join(', ');
      throw new CliError('unknown_article', `${treaty.shortName} has no deadline under Article ${opts.article ?? ''}: its deadlines are under ${articles || 'no article'}`, 'article');
    }
    if (opts.format === 'json') return printJson(obligationTableJson(index, table));
    if (opts.format === 'csv') return printCsv(table.rows, csvColumns(index));
    out(renderObligations(index, table));
  }, { obligations: true });
}

function renderObligations(index: RecordIndex, t: ObligationTable): string {
  const notes = new Footnotes(index);
  const columns: Column<ObligationState>[] = [
    { header: 'State', value: (o) => `${o.iso3} ${index.states.get(o.iso3)?.name ?? ''}`, flexible: true },
    { header: 'Art.', value: (o) => o.article.replace(/^Art\. /, '') },
    { header: 'Original', value: (o) => o.originalDeadline },
    { header: 'Ext', value: (o) => String(o.extensions.length) },
    { header: 'Current', value: (o) => o.currentDeadline },
    { header: 'Status', value: (o) => o.status.replace(/_/g, ' ') + (o.disputed ? '*' : '') },
    { header: 'Since', value: (o) => o.since ?? '—' },
    { header: 'Src', value: (o) => notes.mark(o.sources.length > 0 ? o.sources.map((s) => s.citation) : o.history.slice(-1).map((s) => s.citation)) },
  ];
  const lines = [`${index.treaties.get(t.treatyId)?.shortName ?? t.treatyId} obligations on ${t.on}: ${t.parties} States Parties`];
  for (const id of t.ruleIds) {
    const c = t.counts[id];
    const rule = index.treaties.get(t.treatyId)?.rules.deadlines.find((d) => d.id === id);
    const parts = OBLIGATION_STATUSES.map((s) => `${s.replace(/_/g, ' ')} ${c?.[s] ?? 0}`).join(', ');
    lines.push(`  ${rule?.article ?? ''} ${rule?.label ?? id}: ${parts} (${t.sourced[id] ?? 0} with a sourced event)`);
  }
  lines.push('');
  if (t.rows.length === 0) lines.push('The record holds no sourced event for these obligations: every State Party is unknown (--all lists them).');
  else lines.push(renderTable(t.rows, columns));
  if (t.rows.some((o) => o.disputed)) lines.push('', '* disputed: another source in the record says otherwise (see --json for both)');
  if (t.rows.some((o) => o.notes.includes('grant date not recorded'))) lines.push('Undated extensions are counted from the deadline they extend (grant date not recorded).');
  lines.push("unknown: the record holds no sourced event after the deadline — not 'missed'; missed only where a source says so.");
  const sources = notes.render();
  if (sources) lines.push('', 'Sources', sources);
  return lines.join('\n');
}

function csvColumns(index: RecordIndex): Column<ObligationState>[] {
  const urls = (o: ObligationState) => [...new Set(o.sources.map((s) => s.source?.url ?? index.obligationSources.get(s.citation.sourceId)?.url ?? s.citation.sourceId))].join(' ');
  return [
    { header: 'state', value: (o) => o.iso3 },
    { header: 'state_name', value: (o) => index.states.get(o.iso3)?.name ?? '' },
    { header: 'treaty', value: (o) => o.treatyId },
    { header: 'obligation', value: (o) => o.ruleId },
    { header: 'article', value: (o) => o.article },
    { header: 'original_deadline', value: (o) => o.originalDeadline },
    { header: 'extensions', value: (o) => o.extensions.map((e) => `${e.deadline ?? ''}${e.date ? ` (granted ${e.date})` : ' (grant date not recorded)'}`).join('; ') },
    { header: 'current_deadline', value: (o) => o.currentDeadline },
    { header: 'status', value: (o) => o.status },
    { header: 'since', value: (o) => o.since ?? '' },
    { header: 'disputed', value: (o) => (o.disputed ? 'yes' : '') },
    { header: 'notes', value: (o) => o.notes.join('; ') },
    { header: 'sources', value: urls },
  ];
}
