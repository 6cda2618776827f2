import type { PartialDate } from '../../domain/calendar-date.js';
import type { EventKind } from '../../domain/event.js';

/** An event a text reports, as read: who, under which treaty, what, when, and the sentence it was read from. */
export interface EventCandidate {
  readonly iso3: string;
  readonly treatyId: string | null;
  readonly kind: EventKind;
  /** When it happened, as precisely as the text says; absent when the text dates only its effect. */
  readonly date?: PartialDate;
  /** When it took effect, where the text gives that instead ("its withdrawal … on 6 March 2025"). */
  readonly effect?: PartialDate;
  /** A vote's counts and the like. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
  /** The sentence, verbatim, and where it sits in the text. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}
