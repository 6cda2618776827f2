import type { RecordIndex } from '../record-index.js';
import { type CitedSource, cited } from './cited.js';
import type { PeopleRecord } from './people-record.js';
import type { VoteCounts, VoteEvent } from './vote.js';
import { countsText, ruleText, voteResult } from './vote-result.js';

/** A vote with its result derived from the rule, every stated threshold beside it, and any counts sources dispute. */
export interface VoteView {
  readonly id: string;
  readonly iso3: string;
  readonly treatyId?: string;
  readonly date: string;
  readonly body: string;
  readonly motion: string;
  readonly stage: VoteEvent['stage'];
  readonly counts: VoteCounts;
  readonly countsText: string;
  readonly seats: number | null;
  readonly rule: { readonly text: string; readonly verified: boolean; readonly note?: string; readonly sources: readonly CitedSource[] } | null;
  readonly required: number | null;
  readonly arithmetic?: string;
  readonly outcome: 'adopted' | 'rejected' | 'unknown';
  /** True when the outcome follows from the rule; false when it is only as reported. */
  readonly derived: boolean;
  readonly margin?: number;
  readonly thresholds: readonly { readonly votes: number; readonly agreesWithRule: boolean | null; readonly note?: string; readonly sources: readonly CitedSource[] }[];
  readonly reportDisagrees: boolean;
  readonly otherCounts: readonly { readonly text: string; readonly note?: string; readonly sources: readonly CitedSource[] }[];
  readonly individualVotes: readonly { readonly name: string; readonly option: string; readonly group?: string }[];
  readonly verified: boolean;
  readonly note?: string;
  readonly sources: readonly CitedSource[];
}

/** A state's votes, oldest first (optionally for one treaty). */
export function votesView(index: RecordIndex, people: PeopleRecord, iso3: string, treatyId?: string): VoteView[] {
  return people.data.votes
    .filter((v) => v.iso3 === iso3 && (treatyId === undefined || v.treatyId === treatyId))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((v) => voteView(index, people, v));
}

/** One vote, resolved. */
export function voteView(index: RecordIndex, people: PeopleRecord, v: VoteEvent): VoteView {
  const r = voteResult(v);
  return {
    id: v.id,
    iso3: v.iso3,
    ...(v.treatyId ? { treatyId: v.treatyId } : {}),
    date: v.date,
    body: people.organizations.get(v.bodyId)?.name ?? v.bodyId,
    motion: v.motion,
    stage: v.stage,
    counts: v.counts,
    countsText: countsText(v.counts),
    seats: v.seats?.count ?? null,
    rule: v.rule ? { text: ruleText(v.rule), verified: v.rule.verified, ...(v.rule.note ? { note: v.rule.note } : {}), sources: cited(index, people, v.rule.sources) } : null,
    required: r.required,
    ...(r.arithmetic ? { arithmetic: r.arithmetic } : {}),
    outcome: r.outcome,
    derived: r.derived,
    ...(r.margin === undefined ? {} : { margin: r.margin }),
    thresholds: r.thresholds.map((t) => ({ votes: t.threshold.votes, agreesWithRule: t.agrees, ...(t.threshold.note ? { note: t.threshold.note } : {}), sources: cited(index, people, t.threshold.sources) })),
    reportDisagrees: r.reportDisagrees,
    otherCounts: v.countClaims.map((c) => ({ text: countsText(c.counts), ...(c.note ? { note: c.note } : {}), sources: cited(index, people, c.sources) })),
    individualVotes: v.individualVotes.map((i) => ({ name: people.persons.get(i.personId)?.name ?? i.personId, option: i.option, ...(i.group ? { group: i.group } : {}) })),
    verified: v.verified,
    ...(v.note ? { note: v.note } : {}),
    sources: cited(index, people, v.sources),
  };
}
