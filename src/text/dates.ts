import { addDays, addMonths, parseIsoDate } from '../domain/calendar-date.js';
import { MONTH, WEEKDAYS, monthNumber, monthRange, mondayOf, weekdayOf, yearRange } from './calendar-words.js';
import { findChronoDates } from './chrono-dates.js';
import type { DateMention } from './mention.js';
import { qualifierBefore } from './qualifier.js';
import { type Scan, emit, isFree, matches, take } from './scan.js';

const YEAR = '(?:1[5-9]|20|21)\\d{2}';
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
const YEAR_SPAN = new RegExp(`(?<![\\d.,/-])(${YEAR})\\s*(?:[-–—/]|to(?![\\p{L}])|until|till|through)\\s*(${YEAR}|\\d{2})(?![\\d%])`, 'gu');
const DECADE = /(?:(?<![\p{L}])(early|mid|late)[-\s]+)?(?<![\d])((?:1[5-9]|20)\d0)['’]?s(?![\p{L}])|(?<![\p{L}\d])['’](\d0)s(?![\p{L}])/giu;
const RELATIVE_HINT = /yesterday|today|tomorrow|week|month|year|day|last|next|this|past/iu;
const RELATIVE_MONTH = new RegExp(`(?<![\\p{L}])(last|next|this|past)\\s+(${MONTH})`, 'gu');
const RELATIVE = /(?<![\p{L}])(?:(yesterday|today|tomorrow)|(last|next|this|past|previous|coming)\s+(week|month|year)|(earlier|later)\s+this\s+(week|month|year)|(?:on\s+)?(?:(last|this|next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}])/giu;
// A four-digit number followed by a counted noun is a count, not a year ("2000 people").
const COUNTED = /^\s+(?:[\p{L}-]+\s+)?(?:people|persons|casualties|victims|deaths|mines|landmines|states|countries|nations|members|votes|soldiers|troops|children|civilians|survivors|km|kilometres|kilometers|metres|meters|miles|hectares|tonnes|tons|devices|munitions|submunitions|dollars|euros|items|signatures)(?![\p{L}])/iu;
// A run of days in one month: "February 19–20", "19-20 February 2026" — never read as its first day.
const DAY_RANGE = new RegExp(`(?<![\\p{L}\\d])(?:(${MONTH})\\s+(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})|(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s+(${MONTH}))(?:,?\\s+(${YEAR}))?(?![\\p{L}\\d])`, 'gu');
const BARE_YEAR = new RegExp(`(?<![\\d.,$€£#/\\p{L}-])(${YEAR})(?![\\d%]|[.,]\\d|[\\p{L}])`, 'gu');

/** Finds ISO dates ("2025-03-26"): first of all, so that no tally or range reads their digits. */
export function findIsoDates(scan: Scan): void {
  if (!scan.text.includes('-')) return;
  for (const m of matches(ISO, scan.text)) {
    const value = m[0];
    if (!parseIsoDate(value).ok) continue;
    add(scan, m.index, m.index + value.length, { value, precision: 'day', earliest: value, latest: value });
  }
}

/** Finds dates: year spans, decades, relative expressions, dates with month names (via chrono-node) and bare years. */
export function findDates(scan: Scan, digit = true): void {
  for (const m of digit ? matches(YEAR_SPAN, scan.text) : []) {
    const from = Number(m[1]);
    const second = m[2] ?? '';
    const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
    if (to <= from || to - from > 100) continue;
    add(scan, m.index, m.index + m[0].length, { value: `${from}/${to}`, precision: 'range', ...yearRange(from, to) });
  }
  for (const m of digit ? matches(DECADE, scan.text) : []) {
    const decade = m[2] !== undefined ? Number(m[2]) : 1900 + Number(m[3]);
    const part = m[1]?.toLowerCase();
    const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [7, 9] : [0, 9];
    add(scan, m.index, m.index + m[0].length, { value: `${decade}s`, precision: 'decade', ...yearRange(decade + a, decade + b) });
  }
  if (scan.reference !== undefined && RELATIVE_HINT.test(scan.text)) relativeDates(scan, scan.reference);
  if (digit) dayRanges(scan);
  findChronoDates(scan);
  for (const m of digit ? matches(BARE_YEAR, scan.text) : []) {
    const end = m.index + m[0].length;
    if (COUNTED.test(scan.text.slice(end, end + 40))) continue;
    const y = Number(m[1]);
    add(scan, m.index, end, { value: String(y), precision: 'year', ...yearRange(y, y) });
  }
}

function dayRanges(scan: Scan): void {
  if (!/\d\s*[–—-]\s*\d/u.test(scan.text)) return;
  for (const m of matches(DAY_RANGE, scan.text)) {
    const month = monthNumber(m[1] ?? m[6] ?? '');
    const [a, b] = [Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    const year = m[7] !== undefined ? Number(m[7]) : scan.reference !== undefined ? Number(scan.reference.slice(0, 4)) : undefined;
    const end = m.index + m[0].length;
    if (month === undefined || !(a >= 1 && a < b && b <= 31)) continue;
    // With no year and no date for the text the run cannot be placed; it is still no single day.
    if (year === undefined) {
      take(scan, m.index, end);
      continue;
    }
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    const [from, to] = [`${ym}-${String(a).padStart(2, '0')}`, `${ym}-${String(b).padStart(2, '0')}`];
    if (!parseIsoDate(to).ok) continue;
    if (!isFree(scan, m.index, end)) continue;
    const qualifier = qualifierBefore(scan.text, m.index);
    emit<DateMention>(scan, m.index, end, { kind: 'date', value: `${from}/${to}`, precision: 'range', earliest: from, latest: to, ...(m[7] === undefined ? { yearInferred: true } : {}), ...(qualifier ? { qualifier } : {}) });
  }
}

function relativeDates(scan: Scan, ref: string): void {
  const [ry, rm] = [Number(ref.slice(0, 4)), Number(ref.slice(5, 7))];
  for (const m of matches(RELATIVE_MONTH, scan.text)) {
    const month = monthNumber(m[2] ?? '') ?? 1;
    const which = m[1] ?? '';
    // "last July": the most recent July before this month; "next March": the first one after it.
    const year = which === 'next' ? (month > rm ? ry : ry + 1) : which === 'this' ? ry : month < rm ? ry : ry - 1;
    add(scan, m.index, m.index + m[0].length, { value: `${year}-${String(month).padStart(2, '0')}`, precision: 'month', ...monthRange(year, month), relative: true });
  }
  for (const m of matches(RELATIVE, scan.text)) {
    const range = relativeRange(m, ref, ry);
    if (range) add(scan, m.index, m.index + m[0].length, { ...range, relative: true });
  }
}

type Range = Pick<DateMention, 'value' | 'precision' | 'earliest' | 'latest'>;

function relativeRange(m: RegExpExecArray, ref: string, ry: number): Range | undefined {
  const day = (d: string): Range => ({ value: d, precision: 'day', earliest: d, latest: d });
  const word = m[1]?.toLowerCase();
  if (word !== undefined) return day(addDays(ref, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
  const shift = (word: string | undefined): number => {
    const w = word?.toLowerCase();
    return w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
  };
  const unit = (m[3] ?? m[5])?.toLowerCase();
  if (unit !== undefined) {
    const s = m[3] !== undefined ? shift(m[2]) : 0;
    if (unit === 'year') return { value: String(ry + s), precision: 'year', ...yearRange(ry + s, ry + s) };
    if (unit === 'month') {
      const first = addMonths(`${ref.slice(0, 7)}-01`, s);
      const [y, mo] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
      return { value: first.slice(0, 7), precision: 'month', ...monthRange(y, mo) };
    }
    const monday = addDays(mondayOf(ref), 7 * s);
    return { value: `${monday}/${addDays(monday, 6)}`, precision: 'range', earliest: monday, latest: addDays(monday, 6) };
  }
  const name = m[7] ?? '';
  const weekday = WEEKDAYS.findIndex((d) => d.toLowerCase() === name.toLowerCase());
  if (weekday < 0) return undefined;
  // News reports the past: "told journalists on Monday" is the most recent Monday before the text's date.
  // A wire dated Thursday that says "on Thursday" means that day; "last Thursday" means the week before.
  const back = (weekdayOf(ref) - weekday + 7) % 7 || (m[6]?.toLowerCase() === 'last' ? 7 : 0);
  const forward = (weekday - weekdayOf(ref) + 7) % 7 || 7;
  return day(addDays(ref, m[6]?.toLowerCase() === 'next' ? forward : -back));
}

function add(scan: Scan, start: number, end: number, fields: Range & { relative?: boolean }): void {
  if (!isFree(scan, start, end)) return;
  const qualifier = qualifierBefore(scan.text, start);
  emit<DateMention>(scan, start, end, { kind: 'date', ...fields, ...(qualifier ? { qualifier } : {}) });
}
