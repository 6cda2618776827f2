import type { MajorityRule, StatedThreshold, VoteCounts, VoteEvent } from './vote.js';

/** A vote's outcome derived from its rule, with every threshold a source states compared to the rule's. */
export interface VoteResult {
  readonly voteId: string;
  /** Votes needed under the rule (null when the record has no rule, or the rule needs a seat count it lacks). */
  readonly required: number | null;
  /** How the required number was computed: `3/5 of all 141 members = 84.6 → 85`. */
  readonly arithmetic?: string;
  /** Derived from the rule where there is one; otherwise the outcome sources report. */
  readonly outcome: 'adopted' | 'rejected' | 'unknown';
  readonly derived: boolean;
  /** Yes votes beyond (or short of) the required number. */
  readonly margin?: number;
  readonly thresholds: readonly { readonly threshold: StatedThreshold; readonly agrees: boolean | null }[];
  /** True when the reported outcome contradicts the derived one. */
  readonly reportDisagrees: boolean;
}

/** The number of votes a rule requires, or null when its base is unknown. Integer arithmetic: 3/5 of 141 = 423/5 → 85. */
export function requiredVotes(rule: MajorityRule, counts: VoteCounts, seats: number | undefined): number | null {
  // "votes cast" here means yes + no: abstentions are not votes cast for or against.
  const base = rule.of === 'all_members' ? seats : counts.yes + counts.no;
  if (base === undefined) return null;
  const product = base * rule.numerator;
  return rule.comparison === 'at_least' ? Math.ceil(product / rule.denominator) : Math.floor(product / rule.denominator) + 1;
}

/** Derives a vote's result from its counts and rule, keeping each stated threshold beside it. */
export function voteResult(vote: VoteEvent): VoteResult {
  const seats = vote.seats?.count;
  const required = vote.rule ? requiredVotes(vote.rule, vote.counts, seats) : null;
  const thresholds = vote.statedThresholds.map((threshold) => ({ threshold, agrees: required === null ? null : threshold.votes === required }));
  if (required === null) {
    return { voteId: vote.id, required, outcome: vote.reportedOutcome ?? 'unknown', derived: false, thresholds, reportDisagrees: false };
  }
  const outcome = vote.counts.yes >= required ? 'adopted' : 'rejected';
  return {
    voteId: vote.id,
    required,
    ...(vote.rule ? { arithmetic: arithmetic(vote.rule, vote.counts, seats, required) } : {}),
    outcome,
    derived: true,
    margin: vote.counts.yes - required,
    thresholds,
    reportDisagrees: vote.reportedOutcome !== undefined && vote.reportedOutcome !== outcome,
  };
}

/** The rule in words: `at least 3/5 of all members`. */
export function ruleText(rule: MajorityRule): string {
  const of = rule.of === 'all_members' ? 'all members' : 'the votes cast (yes + no)';
  return `${rule.comparison === 'at_least' ? 'at least' : 'more than'} ${rule.numerator}/${rule.denominator} of ${of}`;
}

function arithmetic(rule: MajorityRule, counts: VoteCounts, seats: number | undefined, required: number): string {
  const base = rule.of === 'all_members' ? `all ${String(seats)} members` : `${counts.yes + counts.no} votes cast`;
  const n = (rule.of === 'all_members' ? (seats ?? 0) : counts.yes + counts.no) * rule.numerator / rule.denominator;
  const exact = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${rule.comparison === 'at_least' ? 'at least' : 'more than'} ${rule.numerator}/${rule.denominator} of ${base} = ${exact} → ${required}`;
}

/** The counts in words: `107 for, 0 against, 3 abstained`. */
export function countsText(c: Partial<VoteCounts>): string {
  const parts = [
    c.yes === undefined ? undefined : `${c.yes} for`,
    c.no === undefined ? undefined : `${c.no} against`,
    c.abstain === undefined ? undefined : `${c.abstain} abstained`,
    c.absent === undefined ? undefined : `${c.absent} absent`,
    c.notVoting === undefined ? undefined : `${c.notVoting} did not vote`,
  ];
  return parts.filter((p) => p !== undefined).join(', ');
}

/** Everyone the counts account for. */
export function countedMembers(c: VoteCounts): number {
  return c.yes + c.no + (c.abstain ?? 0) + (c.absent ?? 0) + (c.notVoting ?? 0);
}
