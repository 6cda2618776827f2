import type { IsoDate } from '../domain/calendar-date.js';
import type { Claim, ClaimKind, ClaimPart } from './claim.js';

/** What the record says of a claim. */
export const VERDICTS = ['supported', 'contradicted', 'depends_on_definition', 'disputed', 'unverifiable'] as const;
/** One of VERDICTS. */
export type Verdict = (typeof VERDICTS)[number];

/** Which way of counting or dating a verdict rests on. */
export type Convention = 'parties_deposited' | 'parties_in_force' | 'both' | 'signature' | 'deposit' | 'entry_into_force' | 'rule';

/** A source of a piece of evidence, spelled out. */
export interface EvidenceSource {
  readonly id: string;
  readonly publisher?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly quote?: string;
}

/** One fact the verdict rests on: an event, a rule, a membership, a count. */
export interface Evidence {
  readonly kind: 'event' | 'rule' | 'membership' | 'count' | 'treaty' | 'region' | 'figure';
  /** The fact in one line ("Lithuania deposited its ratification on 2003-05-12"). */
  readonly description: string;
  readonly date?: string;
  readonly event_id?: string;
  readonly iso3?: string;
  readonly treaty?: string;
  /** False when the fact rests on a value not read in a stored source. */
  readonly verified: boolean;
  readonly sources: readonly EvidenceSource[];
}

/**
 * Why a claim is `unverifiable`: the sentence was not understood well enough to bind one of its
 * parts (then `part` names it), or it was understood and the record holds nothing that decides it.
 */
export type UnverifiableReason = { readonly code: 'not_understood'; readonly part: ClaimPart } | { readonly code: 'not_in_record' };

/** A verdict on one date, with the record's value and why. */
export interface Judgement {
  readonly verdict: Verdict;
  /** For `unverifiable`: why (default `not_in_record`). */
  readonly reason?: UnverifiableReason;
  /** The record's value, in words or as a number (null when it has none). */
  readonly value: string | number | null;
  readonly convention?: Convention;
  /** One sentence. */
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
}

/** A checked claim, as `--json` and the API give it. */
export interface CheckedClaim {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  /** The claim's words in the input. */
  readonly text: string;
  /** The whole sentence it is in. */
  readonly sentence: string;
  readonly kind: ClaimKind;
  /** The claim in a few words. */
  readonly claimed: string;
  /** The claim in typed form. */
  readonly claim: Claim;
  /** The date the verdict is for: the claim's own date, else the text's. */
  readonly as_of: IsoDate;
  readonly verdict: Verdict;
  /** Why the verdict is `unverifiable` (null for any other verdict). */
  readonly reason: UnverifiableReason | null;
  readonly value: string | number | null;
  readonly convention: Convention | null;
  readonly explanation: string;
  readonly today: IsoDate;
  readonly verdict_today: Verdict;
  readonly value_today: string | number | null;
  readonly explanation_today: string;
  readonly evidence: readonly Evidence[];
}

/** Something the reader of a result should know (no date in the text, an inferred year, …). */
export interface CheckWarning {
  readonly code: string;
  readonly message: string;
}

/** Every claim found in a text, checked. */
export interface ClaimCheckResult {
  /** The text's date: `--date`, else its dateline, else today. */
  readonly text_date: IsoDate;
  readonly text_date_source: 'given' | 'dateline' | 'today';
  readonly today: IsoDate;
  readonly warnings: readonly CheckWarning[];
  readonly claims: readonly CheckedClaim[];
  /** How many claims got each verdict (as of the text's date). */
  readonly summary: Readonly<Record<Verdict, number>>;
}

/** A judgement with no answer, and why: by default the record holds nothing that decides it. */
export function unverifiable(explanation: string, evidence: readonly Evidence[] = [], reason: UnverifiableReason = { code: 'not_in_record' }): Judgement {
  return { verdict: 'unverifiable', reason, value: null, explanation, evidence };
}

const PART_WORDS: Record<ClaimPart, string> = {
  who: 'who the claim is about',
  treaty: 'which treaty it is about',
  property: 'which fact it states (which count, date, share or rule)',
  value: 'the value it gives',
  date: 'the date it is claimed for',
};

/** A claim whose sentence could not be bound in full: `unverifiable`, saying which part was not understood. */
export function notUnderstood(part: ClaimPart, why: string, evidence: readonly Evidence[] = []): Judgement {
  return unverifiable(`Not understood: ${PART_WORDS[part]} could not be bound (${why}), so the record is not asked.`, evidence, { code: 'not_understood', part });
}
