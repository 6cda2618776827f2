/**
 * The national withdrawal pipeline: where each state stands, on any date, in leaving a treaty.
 *
 * Stages, in order: first public statement, government proposal/decision, regional joint
 * statement, parliamentary vote, head-of-state signature, deposit, effect. The first five come
 * from the campaign workspace (hand-recorded pipeline steps with their sources, and parliamentary
 * votes with their counts) and from any such events in the treaty's log (`statement_of_intent`,
 * `government_decision`, `joint_statement`, `parliamentary_vote`, `head_of_state_signature`);
 * deposit and effect come from the treaty's timelines (the instrument of withdrawal and the
 * effect date its rule gives). Nothing is inferred: a stage no source records stays empty.
 *
 * For the pipeline board (one row per state in a withdrawal process, one cell per stage):
 *
 *   const rows = pipelineBoard(index, people, '2025-05-08', 'apmbc');
 *   rows[0].cells.parliamentary_vote?.date  // '2025-05-08'
 *   rows[0].cells.deposit                   // null: not yet deposited on that day
 *
 * Pure: the record, the workspace and the date come in; nothing is read from a clock or a file.
 */
import { type IsoDate, rangeOf } from './calendar-date.js';
import type { TreatyEvent } from './event.js';
import { dateLabel, knownBy, sortKey } from './people/fact-date.js';
import type { PeopleRecord } from './people/people-record.js';
import { PIPELINE_STAGES, type PipelineStage } from './people/pipeline-step.js';
import { countsText, voteResult } from './people/vote-result.js';
import type { RecordIndex } from './record-index.js';
import type { Citation } from './source.js';
import { DEPOSITED_STATUSES, type Status } from './status.js';
import { statusOn } from './status-on.js';

export { PIPELINE_STAGES, type PipelineStage } from './people/pipeline-step.js';

/** One thing that happened at a stage, with its date and sources. */
export interface PipelineItem {
  /** The date as precisely as known: `2025-05-08`, `2025-01`, `by 2025-01-17`. */
  readonly date: string;
  /** The last day the date can mean, for ordering. */
  readonly sortDate: IsoDate;
  readonly label: string;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  /** True when the date is imprecise and may or may not fall before the day asked about. */
  readonly uncertain: boolean;
  /** What the item rests on: a workspace step or vote, or a treaty event. */
  readonly ref: { readonly kind: 'step' | 'vote' | 'event'; readonly id: string };
  /** False for a preliminary vote (an earlier stage of the bill). */
  readonly final: boolean;
}

/** A stage reached: its headline item's date, label and sources, and every item recorded for it. */
export interface PipelineCell {
  readonly date: string;
  readonly label: string;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly uncertain: boolean;
  readonly items: readonly PipelineItem[];
}

/** One state's row of the board on a date. */
export interface PipelineRow {
  readonly iso3: string;
  readonly name: string;
  readonly treatyId: string;
  readonly on: IsoDate;
  /** The furthest stage reached, or null. */
  readonly reached: PipelineStage | null;
  readonly cells: Readonly<Record<PipelineStage, PipelineCell | null>>;
  /** The state's status under the treaty on the date (from the engine). */
  readonly status: Status;
  /** Set once an instrument is deposited: when the withdrawal takes (or took) effect, by the treaty's rule. */
  readonly effect?: { readonly date: IsoDate | null; readonly label: string; readonly rule: string; readonly pending: boolean; readonly sources: readonly Citation[] };
  readonly note?: string;
}

/** Every state in a withdrawal process under the treaty on the date, furthest along first. */
export function pipelineBoard(index: RecordIndex, people: PeopleRecord, on: IsoDate, treatyId: string): PipelineRow[] {
  const states = new Set<string>([
    ...people.data.pipelineSteps.filter((s) => s.treatyId === treatyId).map((s) => s.iso3),
    ...people.data.votes.filter((v) => v.treatyId === treatyId).map((v) => v.iso3),
    ...[...index.events.values()].filter((e) => e.treatyId === treatyId && (PROCESS_KINDS.has(e.kind) || e.kind === 'withdrawal')).map((e) => e.iso3),
  ]);
  const rows = [...states].flatMap((iso3) => {
    const row = pipelineOf(index, people, iso3, treatyId, on);
    return row && row.reached !== null ? [row] : [];
  });
  const rank = (r: PipelineRow): number => (r.reached === null ? -1 : PIPELINE_STAGES.indexOf(r.reached));
  return rows.sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name, 'en'));
}

/** One state's pipeline under a treaty on a date (undefined for an unknown state). */
export function pipelineOf(index: RecordIndex, people: PeopleRecord, iso3: string, treatyId: string, on: IsoDate): PipelineRow | undefined {
  const state = index.states.get(iso3);
  if (!state) return undefined;
  const items = new Map<PipelineStage, PipelineItem[]>(PIPELINE_STAGES.map((s) => [s, []]));
  const add = (stage: PipelineStage, item: PipelineItem): void => void items.get(stage)?.push(item);
  for (const s of people.data.pipelineSteps) {
    if (s.iso3 !== iso3 || s.treatyId !== treatyId) continue;
    const known = knownBy(s.date, on);
    if (known !== 'no') add(s.stage, { date: dateLabel(s.date), sortDate: sortKey(s.date), label: s.label, sources: s.sources, verified: s.verified, uncertain: known === 'possibly', ref: { kind: 'step', id: s.id }, final: true });
  }
  for (const v of people.data.votes) {
    if (v.iso3 !== iso3 || v.treatyId !== treatyId || v.date > on) continue;
    const r = voteResult(v);
    const body = people.organizations.get(v.bodyId)?.name ?? v.bodyId;
    const required = r.required === null ? '' : `; ${r.required} needed`;
    const label = `${body}${v.stage === 'preliminary' ? ' (earlier stage)' : ''}: ${countsText(v.counts)} — ${r.outcome}${r.derived ? '' : ' (as reported)'}${required}`;
    add('parliamentary_vote', { date: v.date, sortDate: v.date, label, sources: v.sources, verified: v.verified, uncertain: false, ref: { kind: 'vote', id: v.id }, final: v.stage === 'final' });
  }
  const timeline = index.timelines.get(treatyId)?.get(iso3);
  for (const e of index.eventsByState.get(iso3) ?? []) {
    const stage = e.treatyId === treatyId ? STAGE_OF_KIND[e.kind] : undefined;
    // A government decision by a state not bound by the treaty is a step towards joining (Lebanon, 2026), not leaving.
    if (stage === undefined || !DEPOSITED_STATUSES.includes(statusOn(timeline, rangeOf(e.date).latest).status)) continue;
    const known = knownBy(e.date, on);
    if (known !== 'no') add(stage, { date: e.date.value, sortDate: sortKey(e.date), label: eventLabel(e), sources: e.sources, verified: e.verified, uncertain: known === 'possibly', ref: { kind: 'event', id: e.id }, final: true });
  }
  const effect = timeline?.withdrawalEffect;
  for (const p of timeline?.periods ?? []) {
    const e = index.events.get(p.eventId);
    if (!e || (p.cause !== 'withdrawal' && p.cause !== 'withdrawal_effect')) continue;
    const uncertain = p.from > on;
    if (uncertain && (p.possiblyFrom === undefined || p.possiblyFrom > on)) continue;
    if (p.cause === 'withdrawal') {
      const cn = e.details?.notification;
      add('deposit', { date: p.fromLabel, sortDate: p.from, label: `instrument of withdrawal deposited${cn === undefined ? '' : ` (depositary notification ${String(cn)})`}`, sources: e.sources, verified: e.verified, uncertain, ref: { kind: 'event', id: e.id }, final: true });
    } else {
      add('effect', { date: p.fromLabel, sortDate: p.from, label: `withdrawal took effect (${p.rule ?? 'by the treaty'})`, sources: e.statedEffect?.sources ?? e.sources, verified: e.verified, uncertain, ref: { kind: 'event', id: e.id }, final: true });
    }
  }
  const cells = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, cellOf(s, items.get(s) ?? [])])) as Record<PipelineStage, PipelineCell | null>;
  const reached = [...PIPELINE_STAGES].reverse().find((s) => cells[s] !== null) ?? null;
  const status = statusOn(timeline, on);
  const deposited = cells.deposit !== null;
  const withdrawalEvent = effect ? index.events.get(effect.fromEventId) : undefined;
  return {
    iso3,
    name: state.name,
    treatyId,
    on,
    reached,
    cells,
    status: status.status,
    ...(deposited && effect ? { effect: { date: effect.date, label: effect.label, rule: effect.rule, pending: effect.date === null || effect.date > on, sources: withdrawalEvent?.statedEffect?.sources ?? withdrawalEvent?.sources ?? [] } } : {}),
    ...(status.status === 'suspension_notified' ? { note: 'notice of "suspension" given: a step the treaty does not provide for; still a State Party' } : {}),
  };
}

/** Treaty-log event kinds that are pipeline stages before the deposit. */
const STAGE_OF_KIND: Readonly<Partial<Record<string, PipelineStage>>> = {
  statement_of_intent: 'first_statement',
  government_decision: 'government_decision',
  joint_statement: 'joint_statement',
  parliamentary_vote: 'parliamentary_vote',
  head_of_state_signature: 'head_of_state_signature',
};
const PROCESS_KINDS = new Set(Object.keys(STAGE_OF_KIND));

function eventLabel(e: TreatyEvent): string {
  const details = Object.entries(e.details ?? {}).filter(([, v]) => typeof v !== 'boolean').map(([k, v]) => `${k} ${String(v)}`);
  return `${e.kind.replace(/_/g, ' ')}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}

// The headline: the first statement is the earliest; for the other stages the latest final item
// (a law's final vote, not its first reading).
function cellOf(stage: PipelineStage, items: readonly PipelineItem[]): PipelineCell | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => a.sortDate.localeCompare(b.sortDate));
  const finals = sorted.filter((i) => i.final);
  const head = (stage === 'first_statement' ? sorted[0] : (finals.at(-1) ?? sorted.at(-1))) as PipelineItem;
  return { date: head.date, label: head.label, sources: head.sources, verified: head.verified, uncertain: head.uncertain, items: sorted };
}
