import type { IsoDate } from '../domain/calendar-date.js';
import type { CitedSource } from '../domain/people/cited.js';

// A report (media pack, letter, briefing) is built as a small document tree from live facts, then
// rendered to Markdown or HTML by one renderer each: the facts are computed once, the wording sits
// in the builders (the templates), and every figure carries the notes that footnote it.

/** What a footnote points at: a source (with the passage), or a note saying how a figure was derived. */
export type Note = { readonly source: CitedSource } | { readonly derived: string };

/** A run of text, optionally emphasised, linked, and footnoted. */
export interface Span {
  readonly text: string;
  readonly notes?: readonly Note[];
  readonly strong?: boolean;
  readonly em?: boolean;
  readonly href?: string;
}

/** Text: plain strings and spans. */
export type Inline = string | Span;

/** The blocks a report is made of. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'facts'; readonly title: string; readonly rows: readonly { readonly label: string; readonly value: readonly Inline[] }[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly (readonly Inline[])[])[] }
  | { readonly kind: 'quote'; readonly text: string; readonly who: readonly Inline[] }
  | { readonly kind: 'callout'; readonly title: string; readonly content: readonly (readonly Inline[])[] }
  | { readonly kind: 'lines'; readonly lines: readonly (readonly Inline[])[] }
  | { readonly kind: 'chart'; readonly svg: string; readonly alt: string; readonly caption: readonly Inline[] };

/** A whole report. */
export interface ReportDoc {
  readonly kind: 'media_pack' | 'letter' | 'briefing';
  readonly title: string;
  readonly subtitle?: string;
  /** The date the facts are as of. */
  readonly on: IsoDate;
  readonly blocks: readonly Block[];
}

/** A footnoted span. */
export function cite(text: string, ...notes: readonly (readonly Note[])[]): Span {
  return { text, notes: notes.flat() };
}

/** Notes for a list of cited sources. */
export function sourcesNotes(sources: readonly CitedSource[]): Note[] {
  return sources.map((source) => ({ source }));
}

/** A note saying how a figure was derived. */
export function derived(text: string): Note[] {
  return [{ derived: text }];
}

/** `17 January 2025` (a calendar date, no time zone involved). */
export function longDate(date: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = date.split('-');
  if (m === undefined) return date;
  const month = months[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y ?? ''}` : `${Number(d)} ${month} ${y ?? ''}`;
}

/** A date as words where it is a day or month (`8 May 2025`, `January 2025`, `by 17 January 2025`), else as given. */
export function dateWords(label: string): string {
  const m = /^(by |between )?(\d{4}(?:-\d{2}){0,2})$/.exec(label);
  if (!m?.[2]) return label;
  return `${m[1] ?? ''}${/^\d{4}$/.test(m[2]) ? m[2] : longDate(m[2])}`;
}
