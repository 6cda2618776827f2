import type { IsoDate } from '../domain/calendar-date.js';
import type { Hedge, TextDatePrecision } from '../text/index.js';

/** A date as a claim gives it: the days it can mean and how precisely it was written. */
export interface ClaimedDate {
  readonly text: string;
  readonly precision: TextDatePrecision;
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  readonly qualifier?: string;
  /** The year was not written (taken from the text's date). */
  readonly yearInferred?: boolean;
  /** The year was not written and the text has no date of its own: compare the month and day only. */
  readonly yearUnknown?: boolean;
}

/** A number as a claim gives it, with its hedge ("more than 160"). */
export interface ClaimedNumber {
  readonly value: number;
  readonly hedge?: Hedge;
  readonly upTo?: number;
}

/** How a state's relation to a treaty is claimed. */
export type StateEventKind = 'joined' | 'ratified' | 'acceded' | 'signed' | 'withdrew' | 'withdrawal_deposited' | 'withdrawal_effect' | 'entry_into_force';
/** A claimed standing of a state (or of every state of a group). */
export type StandingPredicate = 'party' | 'not_party' | 'never_signed' | 'never_joined' | 'not_ratified' | 'withdrawing';
/** Steps of a national withdrawal the record may hold. */
export type ProcessStep = 'joint_statement' | 'statement_of_intent' | 'government_decision' | 'parliamentary_vote';

/** The typed claims the checker finds, tagged by `kind`. */
export type Claim =
  | { readonly kind: 'party_count'; readonly treatyId: string; readonly count: ClaimedNumber; readonly others?: string; readonly convention?: 'parties_deposited' | 'parties_in_force'; readonly date?: ClaimedDate }
  | { readonly kind: 'signatory_count'; readonly treatyId: string; readonly count: ClaimedNumber; readonly sense: 'ever_signed' | 'signed_not_bound'; readonly date?: ClaimedDate }
  | { readonly kind: 'required_missing_count'; readonly treatyId: string; readonly count: ClaimedNumber; readonly date?: ClaimedDate }
  | { readonly kind: 'never_joined_count'; readonly treatyId: string; readonly count: ClaimedNumber; readonly including: readonly string[]; readonly date?: ClaimedDate }
  | { readonly kind: 'ordinal'; readonly treatyId: string; readonly n: number; readonly iso3?: string; readonly date?: ClaimedDate }
  | { readonly kind: 'state_status'; readonly treatyId: string; readonly iso3: string; readonly predicate: StandingPredicate }
  | { readonly kind: 'state_event'; readonly treatyId: string; readonly iso3: string; readonly event: StateEventKind; readonly date: ClaimedDate }
  | { readonly kind: 'group_status'; readonly treatyId: string; readonly groups: readonly GroupRef[]; readonly except: readonly string[]; readonly predicate: StandingPredicate }
  | { readonly kind: 'effect_rule'; readonly treatyId: string; readonly amount: number; readonly unit: 'days' | 'weeks' | 'months' | 'years'; readonly from: 'depositary' | 'decision' | 'unspecified'; readonly iso3?: string; readonly since?: IsoDate }
  | { readonly kind: 'treaty_date'; readonly treatyId: string; readonly event: 'adopted' | 'opened_for_signature' | 'entry_into_force' | 'dated'; readonly date: ClaimedDate; readonly place?: string }
  | { readonly kind: 'vote'; readonly iso3?: string; readonly treatyId?: string; readonly for?: number; readonly against?: number; readonly abstain?: number; readonly unanimous?: boolean; readonly date?: ClaimedDate }
  | { readonly kind: 'required_majority'; readonly iso3?: string; readonly part?: number; readonly whole?: number; readonly fraction?: string; readonly hedge?: Hedge }
  | { readonly kind: 'casualty_share'; readonly share: 'civilian' | 'child'; readonly percent: ClaimedNumber; readonly of: string; readonly year?: number; readonly report?: number; readonly place?: string }
  | { readonly kind: 'casualty_total'; readonly measure: 'total' | 'killed' | 'injured'; readonly number: ClaimedNumber; readonly year?: number; readonly report?: number }
  | { readonly kind: 'casualty_trend'; readonly percent: ClaimedNumber; readonly since?: string }
  | { readonly kind: 'mine_use'; readonly states: readonly string[]; readonly only: boolean; readonly activity: 'use' | 'production' }
  | { readonly kind: 'process_step'; readonly step: ProcessStep; readonly states: readonly string[]; readonly treatyId?: string; readonly date?: ClaimedDate }
  | { readonly kind: 'stockpile_destroyed'; readonly iso3: string; readonly treatyId: string; readonly date?: ClaimedDate }
  | { readonly kind: 'statement'; readonly speaker: string; readonly stance: 'supports' | 'opposes'; readonly iso3?: string; readonly treatyId?: string; readonly date?: ClaimedDate };

/** One of the claim kinds. */
export type ClaimKind = Claim['kind'];

/** A group in a group claim: one of the record's (EU, NATO), a region, or states named just before ("all of these countries"). */
export interface GroupRef {
  readonly id: string;
  /** For regions and named lists: the states. */
  readonly members?: readonly string[];
  /** A region restricted to a record group ("NATO states bordering Russia"). */
  readonly within?: string;
  readonly label: string;
}

/** A part of a claim the reader must bind before the record can judge it. */
export type ClaimPart = 'who' | 'treaty' | 'property' | 'value' | 'date';

/** A claim found in text, with where it is. */
export interface FoundClaim {
  readonly claim: Claim;
  /** Offsets of the claim's words in the input (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Index of its sentence. */
  readonly sentence: number;
  /** The claim in a few words ("165 States Parties to the APMBC"). */
  readonly claimed: string;
  /** A date written in the claim that fixes when it is about ("By March 2025"), if any. */
  readonly pinned?: ClaimedDate;
  /** A part the sentence does not bind (a subset of states counted, an increment, a list's length): the claim is then not judged. */
  readonly unbound?: { readonly part: ClaimPart; readonly why: string };
}
