import { rangeOf } from '../domain/calendar-date.js';
import { dateLabel } from '../domain/people/fact-date.js';
import { positionsTimeline, type Position } from '../domain/people/positions.js';
import { findSpokespeople } from '../domain/people/spokespeople.js';
import { type VoteView, votesView } from '../domain/people/vote-view.js';
import { PIPELINE_STAGES, type PipelineRow, pipelineOf } from '../domain/pipeline.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Block, type Inline, cite, dateWords, derived, sourcesNotes } from './report-doc.js';

/** Stage names as a reader says them. */
export const STAGE_NAMES: Readonly<Record<(typeof PIPELINE_STAGES)[number], string>> = {
  first_statement: 'First public statement', government_decision: 'Government proposal or decision', joint_statement: 'Regional joint statement',
  parliamentary_vote: 'Parliamentary vote', head_of_state_signature: 'Head-of-state signature', deposit: 'Instrument deposited', effect: 'Withdrawal in effect',
};

/** The state's withdrawal pipeline on the date, or undefined when it is in none. */
export function pipelineFacts(ctx: ReportContext, iso3: string, treatyId: string): { readonly row: PipelineRow; readonly table: Block } | undefined {
  const row = pipelineOf(ctx.index, ctx.people, iso3, treatyId, ctx.on);
  if (!row || row.reached === null) return undefined;
  const rows = PIPELINE_STAGES.map((s): Inline[][] => {
    const c = row.cells[s];
    if (!c) {
      const pending = s === 'effect' && row.effect?.pending ? [cite(`takes effect ${dateWords(row.effect.label)}`, notesOf(ctx, row.effect.sources), derived(`By ${row.effect.rule}.`))] : ['—'];
      return [[STAGE_NAMES[s]], pending, ['']];
    }
    return [[STAGE_NAMES[s]], [cite(dateWords(c.date), notesOf(ctx, c.sources))], [c.label + (c.verified ? '' : ' (unverified)') + (c.items.length > 1 ? ` (+${c.items.length - 1} more)` : '')]];
  });
  return { row, table: { kind: 'table', head: ['Stage', 'Date', 'What happened'], rows } };
}

/** Votes held by the date, each as a paragraph: counts, rule, derived result, and any threshold a source states differently. */
export function voteBlocks(ctx: ReportContext, iso3: string, treatyId?: string): { readonly votes: readonly VoteView[]; readonly blocks: readonly Block[]; readonly disagreements: readonly Inline[][] } {
  const votes = votesView(ctx.index, ctx.people, iso3, treatyId).filter((v) => v.date <= ctx.on);
  const disagreements: Inline[][] = [];
  const blocks = votes.map((v): Block => {
    const content: Inline[] = [cite(`${dateWords(v.date)}: ${v.body}${v.stage === 'preliminary' ? ' (earlier stage)' : ''} — ${v.countsText}${v.seats === null ? '' : ` (${v.seats} seats)`}`, sourcesNotes(v.sources)), '. '];
    if (v.rule && v.required !== null) {
      content.push(cite(`Required: ${v.required} (${v.arithmetic ?? v.rule.text})`, sourcesNotes(v.rule.sources), v.rule.verified ? [] : derived(v.rule.note ?? 'The rule is inferred; its legal basis was not found.')), `; result: ${v.outcome}, ${v.margin !== undefined && v.margin >= 0 ? `${v.margin} votes to spare` : 'short'}.`);
    } else content.push(`Result as reported: ${v.outcome}; the majority required is not in the record.`);
    for (const t of v.thresholds.filter((x) => x.agreesWithRule === false)) {
      disagreements.push([cite(`${[...new Set(t.sources.map((x) => x.publisher ?? x.id))].join(' and ')} ${t.sources.length > 1 ? 'state' : 'states'} that ${t.votes} votes were needed`, sourcesNotes(t.sources)), ` for the ${v.body} vote of ${dateWords(v.date)}; the rule gives ${v.required ?? '?'}.${t.note ? ` ${t.note}` : ''}`]);
    }
    for (const c of v.otherCounts) disagreements.push([cite(`Another count of the ${v.body} vote of ${dateWords(v.date)}: ${c.text}`, sourcesNotes(c.sources)), c.note ? ` — ${c.note}` : '.']);
    return { kind: 'paragraph', content };
  });
  return { votes, blocks, disagreements };
}

/** Quotes on the question by the date, newest first, each with the speaker's post that day. */
export function quoteBlocks(ctx: ReportContext, iso3: string, treatyId: string, limit: number): Block[] {
  const positions = positionsTimeline(ctx.people, { iso3, treatyId, on: ctx.on }).filter((p) => p.statement.quoteKind === 'direct').reverse().slice(0, limit);
  return positions.map((p) => ({ kind: 'quote', text: p.statement.quote, who: whoSaid(ctx, p) }));
}

/** "Gintautas Paluckas, Prime Minister of Lithuania (supports withdrawal), January 2025". */
export function whoSaid(ctx: ReportContext, p: Position): Inline[] {
  const as = p.statement.roleAsStated ?? p.post?.label ?? (p.statement.organizationId ? ctx.people.organizations.get(p.statement.organizationId)?.name : undefined);
  const stance = p.statement.stance === 'supports' ? 'for withdrawal' : p.statement.stance === 'opposes' ? 'against withdrawal' : 'undecided';
  return [cite(`${p.speaker.name}${as ? `, ${as}` : ''}`, notesOf(ctx, p.statement.sources)), ` (${stance}; ${p.statement.modality}), ${dateWords(dateLabel(p.statement.date))}${p.statement.verified ? '' : ' (unverified)'}`];
}

/** Spokespeople with their languages, and the availability windows not yet over on the date. */
export function spokespeopleRows(ctx: ReportContext): Inline[][][] {
  return findSpokespeople(ctx.people, {}).matches.map((m) => {
    const windows = m.spokesperson.availability.filter((w) => w.to >= ctx.on);
    const avail: Inline[] = windows.length === 0 ? ['ask the media contact'] : windows.flatMap((w, i) => [i > 0 ? '; ' : '', cite(`${w.place}, ${dateWords(w.from)} – ${dateWords(w.to)}${w.note ? ` (${w.note})` : ''}`, notesOf(ctx, w.sources))]);
    return [
      [cite(m.person.name, notesOf(ctx, m.spokesperson.sources)), m.spokesperson.verified ? '' : ' (unverified)'],
      [m.spokesperson.role],
      [m.spokesperson.languages.map((l) => l.name).join(', ')],
      avail,
    ];
  });
}

/** The campaign log entries on or before the date for the state. */
export function engagementLines(ctx: ReportContext, iso3: string): Inline[][] {
  return [...ctx.people.data.engagements]
    .filter((e) => e.iso3 === iso3 && rangeOf(e.date).earliest <= ctx.on)
    .map((e) => [cite(`${dateWords(dateLabel(e.date))} — ${e.kinds.map((k) => k.replace(/_/g, ' ')).join(', ')}${e.status === 'planned' ? ' (planned)' : ''}`, notesOf(ctx, e.sources)), `: ${e.summary}`]);
}
