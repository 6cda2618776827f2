import type { VoteView } from '../../domain/people/vote-view.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { votesJson } from '../../present/people-json.js';
import { orFail } from '../cli-error.js';
import { type Format, out, printCsv, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

/** `treatywatch votes <state> [--treaty T]`: each vote's counts, the majority its rule requires, the result, and where sources differ. */
export async function votesCommand(stateName: string, opts: { readonly treaty?: string; readonly format: Format }): Promise<void> {
  await withPeople((index, people) => {
    const state = orFail(resolveState(index, stateName));
    const treatyId = opts.treaty === undefined ? undefined : orFail(resolveTreaty(index, opts.treaty)).id;
    const answer = votesJson(index, people, state.iso3, treatyId);
    const votes = answer.votes;
    if (opts.format === 'json') return printJson(answer);
    if (opts.format === 'csv') {
      return printCsv(votes, [
        { header: 'date', value: (v) => v.date }, { header: 'body', value: (v) => v.body }, { header: 'treaty', value: (v) => v.treatyId ?? '' },
        { header: 'yes', value: (v) => String(v.counts.yes) }, { header: 'no', value: (v) => String(v.counts.no) }, { header: 'abstain', value: (v) => String(v.counts.abstain ?? '') },
        { header: 'seats', value: (v) => String(v.seats ?? '') }, { header: 'required', value: (v) => String(v.required ?? '') }, { header: 'outcome', value: (v) => v.outcome },
        { header: 'stated_thresholds', value: (v) => v.thresholds.map((t) => t.votes).join(' ') }, { header: 'sources', value: (v) => v.sources.map((s) => s.url ?? s.id).join(' ') },
      ]);
    }
    const notes = new Notes();
    out(`Votes: ${state.name}${votes.length === 0 ? ' — none recorded' : ''}`);
    for (const v of votes) out(`\n${renderVote(v, notes)}`);
    const sources = notes.render();
    if (sources) out(`\n${sources}`);
  });
}

/** One vote in a few lines: counts, rule and arithmetic, result, and every disagreement. */
export function renderVote(v: VoteView, notes: Notes): string {
  const lines = [`${v.date}  ${v.body}${v.treatyId ? ` (${v.treatyId})` : ''}${v.stage === 'preliminary' ? ' — earlier stage' : ''}: ${v.motion} ${notes.mark(v.sources)}`];
  lines.push(`  ${v.countsText}${v.seats === null ? '' : ` of ${v.seats} seats`}`);
  if (v.rule) lines.push(`  rule: ${v.arithmetic ?? v.rule.text}${v.rule.verified ? '' : ' — inferred, legal basis not found'} ${notes.mark(v.rule.sources)}`);
  else lines.push('  rule: the majority required is not in the record');
  lines.push(`  result: ${v.outcome.toUpperCase()}${v.derived ? ` — derived from the rule, ${v.margin !== undefined && v.margin >= 0 ? `${v.margin} votes to spare` : `${-(v.margin ?? 0)} short`}` : ' (as reported)'}${v.reportDisagrees ? ' — SOURCES REPORT OTHERWISE' : ''}`);
  for (const t of v.thresholds) {
    const verdict = t.agreesWithRule === null ? '' : t.agreesWithRule ? ' — agrees with the rule' : ` — DISAGREES with the rule (${v.required ?? '?'})`;
    lines.push(`  stated threshold: ${t.votes}${verdict} ${notes.mark(t.sources)}`);
  }
  for (const c of v.otherCounts) lines.push(`  other count: ${c.text}${c.note ? ` (${c.note})` : ''} ${notes.mark(c.sources)}`);
  if (v.individualVotes.length > 0) lines.push(`  named: ${v.individualVotes.map((i) => `${i.name} ${i.option}${i.group ? ` (${i.group})` : ''}`).join('; ')}`);
  if (v.note) lines.push(`  note: ${v.note}`);
  return lines.join('\n');
}
