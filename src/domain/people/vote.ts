import type { IsoDate } from '../calendar-date.js';
import type { Citation } from '../source.js';

/** Counts of one vote; absent/notVoting only where a source gives them. */
export interface VoteCounts {
  readonly yes: number;
  readonly no: number;
  readonly abstain?: number;
  readonly absent?: number;
  readonly notVoting?: number;
}

/**
 * The majority a motion needs, as a structured rule: "at least 3/5 of all members" or "more than
 * half of the votes cast". The required number of votes is computed from it, never typed in.
 */
export interface MajorityRule {
  readonly numerator: number;
  readonly denominator: number;
  /** What the share is taken of. */
  readonly of: 'all_members' | 'votes_cast';
  readonly comparison: 'at_least' | 'more_than';
  readonly sources: readonly Citation[];
  /** False when the rule is inferred rather than read in a stored source (its legal basis not found). */
  readonly verified: boolean;
  readonly note?: string;
}

/** A threshold a source states ("at least 85 votes were needed"), kept beside the rule to show any difference. */
export interface StatedThreshold {
  readonly votes: number;
  readonly sources: readonly Citation[];
  readonly note?: string;
}

/** Counts another source reports for the same vote, when they differ. */
export interface CountClaim {
  readonly counts: Partial<VoteCounts>;
  readonly sources: readonly Citation[];
  readonly note?: string;
}

/** How one named member voted. */
export interface IndividualVote {
  readonly personId: string;
  readonly option: 'yes' | 'no' | 'abstain' | 'absent' | 'not_voting';
  readonly group?: string;
  readonly sources: readonly Citation[];
}

/** A vote of a parliament on a motion (Popolo VoteEvent). */
export interface VoteEvent {
  readonly id: string;
  readonly iso3: string;
  readonly treatyId?: string;
  readonly questionId?: string;
  /** The voting body (an organisation of kind parliament or committee). */
  readonly bodyId: string;
  readonly date: IsoDate;
  readonly motion: string;
  /** `final` for the vote that adopts the law; `preliminary` for an earlier stage. */
  readonly stage: 'final' | 'preliminary';
  readonly counts: VoteCounts;
  readonly seats?: { readonly count: number; readonly sources: readonly Citation[] };
  readonly rule?: MajorityRule;
  readonly statedThresholds: readonly StatedThreshold[];
  /** The outcome as sources report it; the derived result is checked against it. */
  readonly reportedOutcome?: 'adopted' | 'rejected';
  readonly countClaims: readonly CountClaim[];
  readonly individualVotes: readonly IndividualVote[];
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}
