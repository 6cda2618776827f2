import { cited } from '../../domain/people/cited.js';
import { PIPELINE_STAGES, type PipelineRow, pipelineBoard } from '../../domain/pipeline.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { pipelineJson } from '../../present/people-json.js';
import { orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { type Format, out, printCsv, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

const SHORT: Readonly<Record<string, string>> = {
  first_statement: 'statement', government_decision: 'government', joint_statement: 'joint stmt', parliamentary_vote: 'vote',
  head_of_state_signature: 'signature', deposit: 'deposit', effect: 'effect',
};

/** `treatywatch pipeline <treaty> [--on D]`: every state in a withdrawal process and the stage it had reached on the date. */
export async function pipelineCommand(treatyName: string, opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withPeople((index, people) => {
    const treaty = orFail(resolveTreaty(index, treatyName));
    const rows = pipelineBoard(index, people, on, treaty.id);
    if (opts.format === 'json') {
      return printJson(pipelineJson(index, people, treaty.id, on));
    }
    const cell = (r: PipelineRow, s: (typeof PIPELINE_STAGES)[number]): string => {
      const c = r.cells[s];
      return c ? `${c.date}${c.uncertain ? '?' : ''}` : '';
    };
    if (opts.format === 'csv') return printCsv(rows, [{ header: 'iso3', value: (r) => r.iso3 }, { header: 'reached', value: (r) => r.reached ?? '' }, ...PIPELINE_STAGES.map((s) => ({ header: s, value: (r: PipelineRow) => cell(r, s) }))]);
    out(`Withdrawal pipeline: ${treaty.shortName} on ${on}`);
    if (rows.length === 0) return out('No state is in a withdrawal process on this date.');
    const notes = new Notes();
    for (const r of rows) {
      out(`\n${r.name} (${r.iso3}) — reached: ${(r.reached ?? 'none').replace(/_/g, ' ')}; status ${r.status.replace(/_/g, ' ')}${r.note ? ` (${r.note})` : ''}`);
      for (const s of PIPELINE_STAGES) {
        const c = r.cells[s];
        if (!c) {
          if (s === 'effect' && r.effect?.pending) out(`  ${SHORT[s]?.padEnd(10)}  takes effect ${r.effect.label} (${r.effect.rule}) ${notes.mark(cited(index, people, r.effect.sources))}`);
          else out(`  ${SHORT[s]?.padEnd(10)}  —`);
          continue;
        }
        out(`  ${SHORT[s]?.padEnd(10)}  ${c.date}${c.uncertain ? ' (date imprecise)' : ''}  ${c.label}${c.verified ? '' : ' (UNVERIFIED)'} ${notes.mark(cited(index, people, c.sources))}`);
        for (const i of c.items.filter((x) => !(x.date === c.date && x.label === c.label))) out(`              also ${i.date}: ${i.label} ${notes.mark(cited(index, people, i.sources))}`);
      }
    }
    out(`\n${notes.render()}`);
  });
}
