import type { IsoDate } from '../domain/calendar-date.js';
import { MONTH, dayOf, monthNumber } from './calendar-words.js';

/** The date a text gives itself: "Geneva, 17 January 2025", "Date: 26 March 2025", "VILNIUS, May 8, 2025 –". */
export interface Dateline {
  readonly date: IsoDate;
  /** Offsets of the date (not the whole line) in the input. */
  readonly start: number;
  readonly end: number;
  /** The whole line, trimmed. */
  readonly line: string;
}

const DMY = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\s*,?\\s+(\\d{4})`, 'u');
const MDY = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u');
const ISO = /(\d{4})-(\d{2})-(\d{2})/u;
// What may stand around the date on a dateline: a label, a place, a day name, a dash, an agency.
const LABEL = /^(?:date|dated|published|posted|issued|released|updated|last updated|for release|embargoed until)(?:\s+on)?\s*:?\s*$/iu;
// A document type before its date: "*Press release, 11 July 2025*", "Statement – 8 May 2025".
const DOCUMENT_TYPE = /^(?:(?:press|news|media) (?:release|statement|advisory|briefing)|statement|joint statement|communiqu[eé]|letter|briefing(?: note)?|fact sheet)\s*[,:–—-]?\s*$/iu;
const PLACE = /^(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*(?:\(\p{L}[\p{L} ]*\)\s*)?)?(?:,\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$/u;
const PREPOSITION = /^(?:on|in|by|since|from|until|as of|before|after)$/iu;
const TAIL = /^\s*(?:[–—-]+.*|\(\p{L}[\p{L} ]*\)\s*[–—-]*.*|[.,]?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*)$/u;

/** Finds the text's own date in its first lines (the first 15 lines or 1,500 characters), or undefined. */
export function findDateline(text: string): Dateline | undefined {
  let offset = 0;
  let lines = 0;
  while (offset < text.length && offset < 1500 && lines < 15) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(offset, end);
    if (line.trim() !== '') {
      lines += 1;
      const found = datelineIn(line);
      if (found) return { date: found.date, start: offset + found.start, end: offset + found.end, line: line.trim() };
    }
    offset = end + 1;
  }
  return undefined;
}

function datelineIn(line: string): { date: IsoDate; start: number; end: number } | undefined {
  for (const [re, order] of [[DMY, 'dmy'], [MDY, 'mdy'], [ISO, 'iso']] as const) {
    const m = re.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index).replace(/[*_#>]/g, '').trim();
    const after = line.slice(m.index + m[0].length).replace(/[*_]/g, '');
    // The date must be the line's subject: only a label or a place before it, only a dash (then the story) after it.
    if (!(LABEL.test(before) || DOCUMENT_TYPE.test(before) || (PLACE.test(before) && !PREPOSITION.test(before)))) continue;
    if (!TAIL.test(after)) continue;
    const date = order === 'iso'
      ? dayOf(Number(m[1]), Number(m[2]), Number(m[3]))
      : order === 'dmy'
        ? dayOf(Number(m[3]), monthNumber(m[2] ?? '') ?? 0, Number(m[1]))
        : dayOf(Number(m[3]), monthNumber(m[1] ?? '') ?? 0, Number(m[2]));
    if (date) return { date, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
