import type { IsoDate } from './calendar-date.js';

/** A state's standing under a treaty on a date, as the engine derives it (never stored as truth). */
export const STATUSES = [
  'not_joined',
  'signatory',
  /** Instrument deposited; the treaty not yet in force for the state. */
  'deposited',
  'party',
  /** An instrument of withdrawal deposited; the notice is running (or held back by an armed conflict). */
  'withdrawal_pending',
  /** A State Party that has given a disputed notice of "suspension" (Ukraine, 2025-07-18). */
  'suspension_notified',
  'withdrawn',
] as const;
/** One of STATUSES. */
export type Status = (typeof STATUSES)[number];

/** Statuses in which the treaty is in force for the state (the legal count). */
export const IN_FORCE_STATUSES: readonly Status[] = ['party', 'withdrawal_pending', 'suspension_notified'];

/** Statuses counted from the deposit until a withdrawal takes effect (the UN's and the Monitor's count). */
export const DEPOSITED_STATUSES: readonly Status[] = ['deposited', ...IN_FORCE_STATUSES];

/** What made a status begin. */
export type StatusCause =
  | 'signature'
  | 'deposit'
  | 'entry_into_force'
  | 'withdrawal'
  | 'withdrawal_effect'
  | 'suspension_notice'
  | 'ratification_withdrawn'
  | 'intent_not_to_become_party';

/** A run of days in one status. */
export interface StatusPeriod {
  readonly status: Status;
  /** First day the status surely holds. */
  readonly from: IsoDate;
  /** When the date is imprecise, the first day it may already hold (`from` is then the last such day). */
  readonly possiblyFrom?: IsoDate;
  /** The date as precisely as it is known: `2025-06-27`, or `2026` for a deposit known only to the year. */
  readonly fromLabel: string;
  readonly cause: StatusCause;
  /** The event behind it (for derived dates, the deposit or withdrawal it is counted from). */
  readonly eventId: string;
  /** The article whose rule gave the date, for derived dates. */
  readonly rule?: string;
}

/** A date the engine derived from a rule (entry into force, withdrawal effect), with what it rests on. */
export interface DerivedDate {
  /** The day, or null when it cannot be known yet (an armed conflict still running; an imprecise deposit). */
  readonly date: IsoDate | null;
  /** As precise as known: `2025-12-27`, `between 2026-07-01 and 2027-06-01`, `open`. */
  readonly label: string;
  readonly rule: string;
  readonly fromEventId: string;
  /** Why the date is open or later than the notice alone would give. */
  readonly heldBack?: string;
  /** What a source states, when it differs from the rule. */
  readonly statedDisagrees?: IsoDate;
}

/** One state's derived history under one treaty. */
export interface Timeline {
  readonly iso3: string;
  readonly treatyId: string;
  /** Status periods in order; before the first, the state had not joined. */
  readonly periods: readonly StatusPeriod[];
  readonly entryIntoForce?: DerivedDate;
  readonly withdrawalEffect?: DerivedDate;
}

/** A state's status on one day, with since when and on what. */
export interface StatusOnDate {
  readonly status: Status;
  /** First day of the status (as precise as known), or null if never joined. */
  readonly since: string | null;
  readonly cause?: StatusCause;
  readonly eventId?: string;
  readonly rule?: string;
  /** Set when an imprecise date means the state may already be in this other status. */
  readonly possibly?: Status;
}
