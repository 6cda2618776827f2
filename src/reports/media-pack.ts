import type { IsoDate } from '../domain/calendar-date.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import { isMemberOn } from '../domain/group.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import type { PipelineRow } from '../domain/pipeline.js';
import { casualtySentence, claimChecks, claimLine } from './casualty-facts.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Block, type Inline, type ReportDoc, cite, dateWords, longDate } from './report-doc.js';
import { countsFact, countsSentence, horizonCallout, statusFacts } from './status-facts.js';
import { timelineLines } from './timeline-facts.js';
import { STAGE_NAMES, pipelineFacts, quoteBlocks, spokespeopleRows, voteBlocks } from './workspace-facts.js';

/** What a media pack is about. */
export interface MediaPackOptions {
  readonly state: State;
  readonly treatyId: string;
  readonly on: IsoDate;
  /** The organisation issuing it (its media contact closes the pack); default the ICBL-CMC. */
  readonly issuerId?: string;
}

/**
 * A media pack on a state and a treaty, with every fact computed for the date: press-release
 * skeleton, key facts box, timeline, quotes, votes, spokespeople with languages and availability,
 * media contact, and where sources disagree. Pure: record and workspace in, document out.
 */
export function mediaPack(index: RecordIndex, people: PeopleRecord, o: MediaPackOptions): ReportDoc {
  const ctx: ReportContext = { index, people, on: o.on };
  const s = o.state;
  const status = statusFacts(ctx, s, o.treatyId);
  const pipeline = pipelineFacts(ctx, s.iso3, o.treatyId);
  const casualties = casualtySentence(ctx);
  const votes = voteBlocks(ctx, s.iso3, o.treatyId);
  const issuer = people.organizations.get(o.issuerId ?? 'icbl-cmc');
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Press release' },
    { kind: 'lines', lines: [[{ text: 'FOR IMMEDIATE RELEASE', strong: true }], [longDate(o.on)]] },
    { kind: 'paragraph', content: [{ text: '[Headline: what is new, in ten words]', strong: true }] },
    { kind: 'paragraph', content: [`${(issuer?.contact?.place ?? '[City]').split(',')[0]?.toUpperCase() ?? ''} – [Lead: who is doing what, and why it matters now.] `, ...status.sentence, ...(pipeline && status.standing.status.status === 'party' ? [' ', ...stageSentence(ctx, pipeline.row)] : [])] },
    ...(casualties ? [{ kind: 'paragraph', content: ['[Why it matters.] ', ...casualties] } as Block] : []),
    { kind: 'paragraph', content: ['[Quote from your spokesperson.] ', ...countsSentence(ctx, o.treatyId)] },
    { kind: 'facts', title: 'Key facts', rows: [...status.rows, { label: 'States Parties', value: countsFact(ctx, o.treatyId) }, ...groupRows(ctx, s), ...(pipeline && status.standing.status.status === 'party' ? [{ label: 'Withdrawal process', value: stageSentence(ctx, pipeline.row) }] : []), ...(casualties ? [{ label: 'Casualties', value: casualties }] : [])] },
    ...optional(horizonCallout(ctx, [o.treatyId])),
    { kind: 'heading', level: 2, text: 'Timeline' },
    { kind: 'list', items: timelineLines(ctx, s, [...new Set([o.treatyId, ...otherWithdrawals(ctx, s)])]) },
  ];
  if (pipeline) blocks.push({ kind: 'heading', level: 2, text: 'Withdrawal pipeline' }, pipeline.table);
  if (votes.blocks.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Parliamentary votes' }, ...votes.blocks);
  const quotes = quoteBlocks(ctx, s.iso3, o.treatyId, 6);
  if (quotes.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Quotes' }, ...quotes);
  const speakers = spokespeopleRows(ctx);
  if (speakers.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Spokespeople' }, { kind: 'table', head: ['Name', 'Role', 'Languages', 'Available'], rows: speakers });
  if (issuer?.contact) {
    const c = issuer.contact;
    blocks.push({ kind: 'heading', level: 2, text: 'Media contact' }, { kind: 'lines', lines: [[cite(issuer.name, notesOf(ctx, c.sources))], ...(c.email ?? []).map((e) => [{ text: e, href: `mailto:${e}` }]), ...(c.url ? [[{ text: c.url, href: c.url }]] : []), ...(c.place ? [[c.place]] : [])] });
  }
  const claims = claimChecks(ctx).map((c) => claimLine(ctx, c)).filter((x): x is Inline[] => x !== undefined);
  const disagreements: Inline[][] = [...claims, ...votes.disagreements];
  if (disagreements.length > 0) blocks.push({ kind: 'callout', title: 'Where sources disagree', content: disagreements });
  return { kind: 'media_pack', title: `Media pack: ${s.name} and the ${status.treatyName}`, subtitle: `Facts as of ${longDate(o.on)}, computed by treatywatch from its record; every figure is footnoted to its source. Edit the bracketed parts before release.`, on: o.on, blocks };
}

/** "Withdrawal process: parliamentary vote on 8 May 2025 — Seimas …". */
export function stageSentence(ctx: ReportContext, row: PipelineRow): Inline[] {
  const reached = row.reached;
  const cell = reached === null ? null : row.cells[reached];
  if (!reached || !cell) return [];
  return [`Its withdrawal process had reached this stage: ${STAGE_NAMES[reached].toLowerCase()} (`, cite(dateWords(cell.date), notesOf(ctx, cell.sources)), `): ${cell.label}.`];
}

function groupRows(ctx: ReportContext, s: State): { label: string; value: Inline[] }[] {
  return [...ctx.index.memberships.values()].flat().filter((m) => m.iso3 === s.iso3 && isMemberOn(m, ctx.on)).map((m) => ({
    label: `Member of ${ctx.index.groups.get(m.groupId)?.name ?? m.groupId}`,
    value: [cite(`since ${dateWords(m.joined)}`, notesOf(ctx, m.sources))],
  }));
}

// Other treaties the state has left or is leaving by the date: context a journalist needs (Lithuania left the CCM first).
function otherWithdrawals(ctx: ReportContext, s: State): string[] {
  return (ctx.index.eventsByState.get(s.iso3) ?? []).filter((e) => e.kind === 'withdrawal' && e.treatyId !== null && e.date.value <= ctx.on).map((e) => e.treatyId ?? '');
}

function optional(b: Block | undefined): Block[] {
  return b ? [b] : [];
}
