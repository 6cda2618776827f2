import type { IsoDate, PartialDate } from '../../domain/calendar-date.js';
import type { UntcEntry, UntcNoteAction, UntcNotification } from './untc-page.js';

/** Where on the page a difference was read: the participant as the depositary names it, and the state it is. */
interface At {
  readonly name: string;
  readonly iso3: string;
}

/** One way the page and the record differ. Kinds with `fix` can become a suggestion; the rest are findings to look at. */
export type UntcDifference =
  /** A participant with no event under this treaty in the record: each of its entries is new. */
  | (At & { readonly kind: 'new_participant'; readonly entries: readonly UntcEntry[] })
  /** A signature, instrument or provisional application the record lacks. */
  | (At & { readonly kind: 'missing_entry'; readonly entry: UntcEntry })
  /** The record has the action on another date (or less precisely). */
  | (At & { readonly kind: 'changed_date'; readonly entry: UntcEntry; readonly eventId: string; readonly recorded: PartialDate })
  /** The record has the instrument on that date, as another kind (accession for ratification…). */
  | (At & { readonly kind: 'changed_kind'; readonly entry: UntcEntry; readonly eventId: string; readonly recordedKind: string })
  /** An end note reports an action (a withdrawal…) the record lacks. */
  | (At & { readonly kind: 'missing_note_action'; readonly action: UntcNoteAction; readonly note: string; readonly notification?: UntcNotification })
  /** The record has the end note's action on another date. */
  | (At & { readonly kind: 'note_action_date'; readonly action: UntcNoteAction; readonly note: string; readonly eventId: string; readonly recorded: PartialDate; readonly notification?: UntcNotification })
  /** The record has the action without the depositary notification number, or with another. */
  | (At & { readonly kind: 'notification'; readonly action: UntcNoteAction; readonly note: string; readonly eventId: string; readonly notification: UntcNotification; readonly recorded?: string })
  /** The effect date the note states is not the one the record's rules give (a finding: check the rule or the record). */
  | (At & { readonly kind: 'effect_differs'; readonly action: UntcNoteAction; readonly eventId: string; readonly derived: string })
  /** The page brackets an entry (no longer counted) but neither the page's notes nor the record say why. */
  | (At & { readonly kind: 'bracketed_unexplained'; readonly entry: UntcEntry })
  /** The record has a signature or instrument the page does not show. */
  | (At & { readonly kind: 'not_on_page'; readonly eventId: string; readonly eventKind: string; readonly date: string })
  /** A participant the record knows no state by (add the name as an alias, or the state). */
  | { readonly kind: 'unknown_participant'; readonly name: string };

/** The kinds of difference that propose a change to the record. */
export const FIXABLE: readonly UntcDifference['kind'][] = ['new_participant', 'missing_entry', 'changed_date', 'changed_kind', 'missing_note_action', 'note_action_date', 'notification'];

/** A count the page states, next to ours on the same date. */
export interface CountCheck {
  readonly page: number;
  readonly ours: number;
  /** How ours is counted. */
  readonly convention: string;
}

/** The page against the record: every difference, and the page's counts checked against ours on its "status as at" date. */
export interface UntcDiff {
  readonly treatyId: string;
  readonly reference: string;
  readonly statusAsAt: IsoDate;
  readonly participants: number;
  readonly differences: readonly UntcDifference[];
  readonly counts: { readonly signatories?: CountCheck; readonly parties: CountCheck };
  /** Entries of kinds the record cannot hold yet, left out of the comparison (e.g. provisional application). */
  readonly ignored: readonly { readonly action: string; readonly entries: number }[];
}
