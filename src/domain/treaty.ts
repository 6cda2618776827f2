import type { IsoDate } from './calendar-date.js';
import type { Citation } from './source.js';

/**
 * A span of time as a treaty words it. `landing` says which day it lands on:
 * `same_day` ("six months after the receipt") or `first_day_of_month`
 * ("on the first day of the sixth month after the month in which").
 */
export interface Delay {
  readonly amount: number;
  readonly unit: 'days' | 'months' | 'years';
  readonly landing: 'same_day' | 'first_day_of_month';
}

/** How the treaty enters into force, generally and for a state that joins later. */
export interface EntryIntoForceRule {
  readonly article: string;
  /** The paragraph for the states whose instruments brought the treaty into force, e.g. Art. 17(1). */
  readonly initialArticle?: string;
  /** The paragraph for a state that deposits later, e.g. Art. 17(2). */
  readonly laterArticle?: string;
  readonly quote: string;
  /** Instruments needed for the treaty itself to enter into force (APMBC: 40; CCM: 30). */
  readonly instrumentsRequired: number;
  /** Delay after the deposit of the last instrument needed. */
  readonly initialDelay: Delay;
  /** Delay after a later state's own deposit. */
  readonly laterDelay: Delay;
  /** Deposit kinds that count as consent to be bound. */
  readonly instrumentKinds: readonly string[];
  /** The earliest day the treaty itself may enter into force (CWC: two years after opening for signature). */
  readonly notEarlierThan?: string;
  /** States whose instruments are all needed before the treaty can enter into force (CTBT Annex 2), as ISO alpha-3. */
  readonly requiredStates?: readonly string[];
}

/** What happens on a withdrawal, from the deposit of the instrument. */
export interface WithdrawalRule {
  readonly article: string;
  readonly quote: string;
  readonly notice: Delay;
  /** `deferred_until_conflict_ends`: if the state is in an armed conflict when the notice ends, the withdrawal waits for the conflict's end. */
  readonly armedConflict: 'none' | 'deferred_until_conflict_ends';
  readonly armedConflictQuote?: string;
}

/** An obligation with a deadline counted from the treaty's entry into force for the state (stockpile destruction, clearance, the initial report). */
export interface OnceDeadlineRule {
  readonly kind: 'once';
  readonly id: string;
  readonly label: string;
  readonly article: string;
  readonly quote: string;
  readonly period: Delay;
  /** Whether the treaty allows extensions (as requested and granted by the States Parties). */
  readonly extendable: boolean;
  /** When it binds only some states (e.g. those with mined areas), which. */
  readonly appliesTo?: string;
  /** The event kind that fulfils it. */
  readonly fulfilledBy: string;
}

/** A recurring obligation due on a fixed day each year (the annual transparency report, by 30 April). */
export interface AnnualDeadlineRule {
  readonly kind: 'annual';
  readonly id: string;
  readonly label: string;
  readonly article: string;
  readonly quote: string;
  readonly month: number;
  readonly day: number;
  readonly fulfilledBy: string;
}

/** One of a treaty's deadline rules. */
export type DeadlineRule = OnceDeadlineRule | AnnualDeadlineRule;

/** When a signature window closes: the day before the treaty's entry into force (taken from the record, not copied), a fixed last day, a period after opening, or never. */
export type SignatureClose =
  | { readonly kind: 'entry_into_force' }
  | { readonly kind: 'last_day'; readonly date: IsoDate }
  | { readonly kind: 'period'; readonly period: Delay }
  | { readonly kind: 'never' };

/** What a state that has not signed may deposit, in the treaty's words. */
export interface NonSignatoryRule {
  readonly article: string;
  readonly quote: string;
  /** Ratification is for signatories ("subject to ratification by States Signatories"): a ratification with no signature before it is refused. */
  readonly ratificationNeedsSignature: boolean;
  /** From when a non-signatory may accede: at any time, or only once the treaty is in force ("Any State which does not sign this Convention before its entry into force may accede to it at any time thereafter"). */
  readonly accessionFrom: 'any_time' | 'entry_into_force';
}

/** The treaty's signature window, from its own text (or its depositary's note): open from openedForSignature until it closes. */
export interface SignatureWindowRule {
  readonly kind: 'window';
  readonly article: string;
  /** The words that open and close the window, with the source they are quoted from. */
  readonly sources: readonly (Citation & { readonly quote: string })[];
  readonly closes: SignatureClose;
  /** What the text lets a state that has not signed do (after the window closes, only that). Absent where no stored text says. */
  readonly nonSignatories?: NonSignatoryRule;
}

/** An instrument never open for signature: states join by consent to be bound (the CCW's protocols) or by their instruments alone. */
export interface NoSignatureRule {
  readonly kind: 'none';
  readonly article: string;
  readonly quote: string;
}

/** How states sign a treaty, if at all. */
export type SignatureRule = SignatureWindowRule | NoSignatureRule;

/** A dated milestone of the treaty itself (adopted, opened for signature, entered into force). */
export interface TreatyMilestone {
  readonly date: IsoDate;
  readonly place?: string;
  readonly sources: readonly Citation[];
}

/** A value of a treaty's own record that no stored source confirms (UNVERIFIED in the reference), and why. */
export interface UnverifiedMark {
  /** The value's path (`entryIntoForce.date`, `rules.entryIntoForce.quote`), or `participants`: the record holds no state's actions under the treaty. */
  readonly path: string;
  /** Why it is unverified, in words a reader is shown. */
  readonly reason: string;
}

/** A treaty and its rules, as data: a new treaty is a new entry, not new code. */
export interface Treaty {
  readonly id: string;
  readonly shortName: string;
  readonly fullName: string;
  /** Names texts use: "Ottawa Convention", "Mine Ban Treaty", "Oslo Convention", … */
  readonly aliases: readonly string[];
  readonly depositary: string;
  /** UN Treaty Collection chapter and number, e.g. XXVI-5. */
  readonly untcNumber?: string;
  readonly adopted: TreatyMilestone;
  /** Absent for an instrument never open for signature (the CCW's later protocols: consent to be bound only). */
  readonly openedForSignature?: TreatyMilestone;
  /** Absent while the treaty is not in force (the CTBT). */
  readonly entryIntoForce?: TreatyMilestone;
  /** For a protocol joined separately (CCW Protocol IV), the treaty it belongs to. */
  readonly parentTreatyId?: string;
  /** This record's own values that no stored source confirms (UNVERIFIED in the reference), each with its reason. */
  readonly unverified?: readonly UnverifiedMark[];
  readonly rules: {
    readonly entryIntoForce: EntryIntoForceRule;
    /** Null when the treaty has no withdrawal clause. */
    readonly withdrawal: WithdrawalRule | null;
    readonly deadlines: readonly DeadlineRule[];
    /** The signature window and what non-signatories may do; absent where the record does not say (then signatures are not checked against a window). */
    readonly signature?: SignatureRule;
  };
  readonly sources: readonly Citation[];
}

/**
 * The day states could first act under the treaty: its opening for signature, or — for an instrument never open
 * for signature, which states join only by consenting to be bound — its adoption.
 */
export function openedOn(t: Treaty): { readonly date: string; readonly words: string } {
  return t.openedForSignature ? { date: t.openedForSignature.date, words: 'opened for signature' } : { date: t.adopted.date, words: 'was adopted' };
}
