import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { statementsJson } from '../../present/people-json.js';
import { orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { type Column, type Format, out, printCsv, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

/** `treatywatch statements <state> [--treaty T] [--on D]`: the state's positions timeline, each statement with its quote and source. */
export async function statementsCommand(stateName: string, opts: { readonly treaty?: string; readonly on?: string; readonly format: Format }): Promise<void> {
  await withPeople((index, people) => {
    const state = orFail(resolveState(index, stateName));
    const treatyId = opts.treaty === undefined ? undefined : orFail(resolveTreaty(index, opts.treaty)).id;
    const on = opts.on === undefined ? undefined : dateOption(opts.on);
    const answer = statementsJson(index, people, { iso3: state.iso3, ...(treatyId ? { treatyId } : {}), ...(on ? { on } : {}) });
    const rows = answer.statements;
    if (opts.format === 'json') return printJson(answer);
    const notes = new Notes();
    type Row = (typeof rows)[number];
    const columns: Column<Row>[] = [
      { header: 'date', value: (r) => r.date },
      { header: 'speaker', value: (r) => r.speaker },
      { header: 'as', value: (r) => r.as ?? '' },
      { header: 'stance', value: (r) => r.stance },
      { header: 'modality', value: (r) => r.modality },
      { header: 'quote', value: (r) => r.quote },
    ];
    if (opts.format === 'csv') return printCsv(rows, [...columns, { header: 'sources', value: (r) => r.sources.map((s) => s.url ?? s.id).join(' ') }]);
    out(`Positions on withdrawal: ${state.name}${on ? ` (said by ${on})` : ''} — "supports" means for withdrawing`);
    for (const r of rows) {
      out(`\n${r.date}  ${r.speaker}${r.as ? `, ${r.as}` : ''} — ${r.stance} (${r.modality})${r.uncertain ? ' (date imprecise)' : ''}${r.verified ? '' : ' (unverified)'} ${notes.mark(r.sources)}`);
      out(`    ${r.quoteKind === 'direct' ? `"${r.quote}"` : `reported: ${r.quote}`}`);
    }
    out(`\n${notes.render()}`);
  });
}
