import type { IsoDate } from '../domain/calendar-date.js';

/** Where a mention sits in the input: JavaScript string offsets (UTF-16 code units), `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** The input between start and end, verbatim. */
  readonly text: string;
}

/** How far a number is hedged: "more than 160", "nearly half", "some 30", "at least 85". */
export type Hedge = 'exactly' | 'more_than' | 'at_least' | 'fewer_than' | 'at_most' | 'about' | 'nearly' | 'some';

/** How precise a date in text is. `decade` ("the late 1990s") and `range` ("2005-2015") cover several years. */
export type TextDatePrecision = 'day' | 'month' | 'year' | 'decade' | 'range';

/** A date in the text, with the days it can mean. */
export interface DateMention extends Span {
  readonly kind: 'date';
  /** `2025-05-08`, `2025-05`, `2025`, `1990s` or `2005/2015`. */
  readonly value: string;
  readonly precision: TextDatePrecision;
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  /** The year was not written and was taken from the reference date ("on 18 March"). */
  readonly yearInferred?: boolean;
  /** Relative to the reference date ("last week", "on Monday"): only as good as that date. */
  readonly relative?: boolean;
  /** The preposition before it: `in`, `on`, `by`, `since`, `until`, `before`, `after`, `from`, `as of`, … */
  readonly qualifier?: string;
}

/** A span of time: "six months", "180 days", "a decade". */
export interface DurationMention extends Span {
  readonly kind: 'duration';
  readonly amount: number;
  readonly unit: 'days' | 'weeks' | 'months' | 'years';
  /** The word before it: `in`, `after`, `within`, `for`, … */
  readonly qualifier?: string;
}

/** A count or quantity: "165", "thirty-two", "1,065", "the 165th" (ordinal). */
export interface NumberMention extends Span {
  readonly kind: 'number';
  readonly value: number;
  readonly form: 'digits' | 'words';
  readonly hedge?: Hedge;
  readonly ordinal?: boolean;
  /** "between 150 and 160", "150–160": the upper bound (value is the lower). */
  readonly upTo?: number;
}

/** A percentage: "85%", "84 %", "90 per cent", "ninety percent". */
export interface PercentMention extends Span {
  readonly kind: 'percent';
  readonly value: number;
  readonly hedge?: Hedge;
}

/** A fraction: "three-fifths", "3/5", "half", "two thirds". */
export interface FractionMention extends Span {
  readonly kind: 'fraction';
  readonly numerator: number;
  readonly denominator: number;
  readonly hedge?: Hedge;
}

/** A part of a whole: "86 out of 141", "85 of the 141". */
export interface RatioMention extends Span {
  readonly kind: 'ratio';
  readonly part: number;
  readonly whole: number;
  readonly hedge?: Hedge;
}

/** A vote result: "107 votes in favor and three abstentions", "107–0–3", "413 to 15". */
export interface TallyMention extends Span {
  readonly kind: 'tally';
  readonly for?: number;
  readonly against?: number;
  readonly abstain?: number;
  readonly absent?: number;
  /** "unanimously": nobody voted against. */
  readonly unanimous?: boolean;
}

/** A state by any of its names, its demonym ("Lithuanian") or possessive ("Lithuania's"). */
export interface StateMention extends Span {
  readonly kind: 'state';
  readonly iso3: string;
  readonly form: 'name' | 'possessive' | 'adjective';
}

/** A group of states: one of the record's (EU, NATO) or a regional one of the reader's own ("the Baltic states"). */
export interface GroupMention extends Span {
  readonly kind: 'group';
  /** A record group id (`eu`, `nato`) or a region id (`baltic-states`). */
  readonly groupId: string;
  /** Set for regional groups: their members, which do not change over time. */
  readonly members?: readonly string[];
  /** A region restricted to a record group: "NATO states bordering Russia". */
  readonly within?: string;
}

/**
 * A treaty by name, by description ("anti-personnel mine convention"), by reference ("the Convention"), or an
 * instrument of a treaty family by its local name ("Protocol V" in a text about the CCW).
 */
export interface TreatyMention extends Span {
  readonly kind: 'treaty';
  /** Null for a reference with nothing earlier in the text to point to, or an instrument the record cannot name. */
  readonly treatyId: string | null;
  readonly form: 'name' | 'description' | 'reference' | 'instrument';
}

/** A legislature named in the text ("the Seimas"), with its state. */
export interface BodyMention extends Span {
  readonly kind: 'body';
  readonly iso3: string;
  readonly name: string;
}

/** A treaty article: "Article 20", "Art. 20(3)". Numbers inside are not counts. */
export interface ArticleMention extends Span {
  readonly kind: 'article';
  readonly article: string;
}

/** A passage in quotation marks. */
export interface QuoteMention extends Span {
  readonly kind: 'quote';
  /** The quoted words, without the marks. */
  readonly inner: string;
}

/** Everything the reader finds in text, tagged by `kind`. */
export type Mention =
  | DateMention
  | DurationMention
  | NumberMention
  | PercentMention
  | FractionMention
  | RatioMention
  | TallyMention
  | StateMention
  | GroupMention
  | TreatyMention
  | BodyMention
  | ArticleMention
  | QuoteMention;

/** One of the mention kinds. */
export type MentionKind = Mention['kind'];

/** Builds a span from offsets into the input. */
export function spanOf(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

/** Whether two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
