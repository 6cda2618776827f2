import type { IsoDate } from '../../domain/calendar-date.js';

/** What an entry in the participant table records: a signature, an instrument of consent, or a provisional application. */
export const UNTC_ACTIONS = ['signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'consent_to_be_bound', 'provisional_application'] as const;
/** One of UNTC_ACTIONS. */
export type UntcAction = (typeof UNTC_ACTIONS)[number];

/** One dated entry of a participant's row, as the page shows it. */
export interface UntcEntry {
  readonly action: UntcAction;
  readonly date: IsoDate;
  /** The marker after the date (`a`, `A`, `AA`, `d`, `n`), or '' for the column's unmarked kind. */
  readonly marker: string;
  /** In [brackets]: the depositary keeps the entry but no longer counts it (the state withdrew). */
  readonly bracketed: boolean;
  /** The cell as printed, e.g. `[12 May 2004 a]`. */
  readonly text: string;
  /** The column's heading. */
  readonly column: string;
}

/** A row of the participant table. */
export interface UntcParticipant {
  /** The name as the depositary writes it, footnote marks removed: `Netherlands (Kingdom of the)`. */
  readonly name: string;
  /** The end notes the row points to. */
  readonly notes: readonly string[];
  readonly entries: readonly UntcEntry[];
}

/** A depositary notification cited in an end note. */
export interface UntcNotification {
  /** `C.N.362.2025.TREATIES-XXVI-5` */
  readonly symbol: string;
  readonly date?: IsoDate;
  readonly url?: string;
}

/** An action an end note reports, in the depositary's words. */
export interface UntcNoteAction {
  readonly kind: 'withdrawal' | 'ratification_withdrawn' | 'intent_not_to_become_party';
  /** When the instrument or communication was deposited or received. */
  readonly date: IsoDate;
  /** When it took (or will take) effect, where the note says. */
  readonly effect?: IsoDate;
  /** The state as the note names it ("the Republic of Lithuania"). */
  readonly actor: string;
  /** The sentence(s) it was read from, verbatim. */
  readonly quote: string;
}

/** An end note: its number, text, the notifications it cites and the actions it reports. */
export interface UntcEndNote {
  readonly number: string;
  readonly text: string;
  readonly notifications: readonly UntcNotification[];
  readonly actions: readonly UntcNoteAction[];
}

/** A table of the page other than the participant table (CCW protocols, ENMOD territories), kept as text for other importers. */
export interface UntcOtherTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A UN Treaty Collection status page ("Status of Treaties", one treaty), read. */
export interface UntcPage {
  /** The day the page's status is as at (its "STATUS AS AT" line). */
  readonly statusAsAt: IsoDate;
  /** Chapter and number: `XXVI-5`. */
  readonly reference: string;
  readonly title: string;
  /** Place and date of conclusion: `Oslo, 18 September 1997`. */
  readonly concluded?: string;
  /** The page's own counts. No signatories when its Status line gives only Parties (instruments not open for signature, e.g. the CCW's Protocols IV and V). */
  readonly counts: { readonly signatories?: number; readonly parties: number };
  /** The participant table's column headings. */
  readonly columns: readonly string[];
  readonly participants: readonly UntcParticipant[];
  readonly endNotes: readonly UntcEndNote[];
  readonly otherTables: readonly UntcOtherTable[];
}
