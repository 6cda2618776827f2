import type { IsoDate, PartialDate } from './calendar-date.js';
import type { Citation } from './source.js';

/** Deposits of an instrument expressing consent to be bound; `consent_to_be_bound` is the notification of consent to an annexed protocol (CCW Art. 4(3)-(4)). */
export const DEPOSIT_KINDS = ['ratification', 'accession', 'acceptance', 'approval', 'succession', 'consent_to_be_bound'] as const;
/** One of DEPOSIT_KINDS. */
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

/** Every kind of event the log records, named as the treaties and the Monitor name them. */
export const EVENT_KINDS = [
  'signature',
  ...DEPOSIT_KINDS,
  /** The deposit of an instrument of withdrawal with the depositary. */
  'withdrawal',
  /** A notice that a State Party "suspends" the treaty: a step the APMBC does not provide for (Ukraine, 2025-07-18). */
  'suspension_notice',
  /** The withdrawal of an instrument of ratification before the treaty is in force for the state (Russia, CTBT, 2023): back to signatory. */
  'ratification_withdrawn',
  /** A signatory's notice that it does not intend to become a party (United States, ATT, 2019). */
  'intent_not_to_become_party',
  /** A declaration of provisional application pending entry into force (it does not change the status). */
  'provisional_application',
  'armed_conflict_began',
  'armed_conflict_ended',
  'statement_of_intent',
  'government_decision',
  'joint_statement',
  'parliamentary_vote',
  'head_of_state_signature',
  'stockpile_destroyed',
  'clearance_completed',
  'transparency_report',
] as const;
/** One of EVENT_KINDS. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds that need a treaty (the others, like an armed conflict, concern the state alone). */
export const TREATY_EVENT_KINDS: readonly EventKind[] = [
  'signature',
  ...DEPOSIT_KINDS,
  'withdrawal',
  'suspension_notice',
  'ratification_withdrawn',
  'intent_not_to_become_party',
  'provisional_application',
  'stockpile_destroyed',
  'clearance_completed',
  'transparency_report',
];

/** Whether a kind is the deposit of an instrument of consent. */
export function isDepositKind(kind: string): kind is DepositKind {
  return (DEPOSIT_KINDS as readonly string[]).includes(kind);
}

/** One entry of the append-only event log. */
export interface TreatyEvent {
  /** Stable id, e.g. `apmbc-LTU-withdrawal-2025-06-27`. */
  readonly id: string;
  readonly iso3: string;
  /** Null for events that concern the state alone (armed conflicts). */
  readonly treatyId: string | null;
  readonly kind: EventKind;
  readonly date: PartialDate;
  /**
   * When the event's own effect date is given by its source rather than by a rule:
   * a succession takes effect from independence (Montenegro 2006-06-03).
   */
  readonly effectiveFrom?: IsoDate;
  /** What a source states as the resulting date (entry into force, withdrawal effect), kept to cross-check the rule. */
  readonly statedEffect?: { readonly date: IsoDate; readonly sources: readonly Citation[] };
  /** Depositary notification number, vote counts, … */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
  readonly sources: readonly Citation[];
  /** False when the fact was not read in a stored source (UNVERIFIED, "from memory", "derived"). */
  readonly verified: boolean;
  readonly note?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** The id of the event this one corrects; the old one stays readable. */
  readonly supersedes?: string;
}
