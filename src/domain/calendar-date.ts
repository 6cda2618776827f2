import { type Result, domainError, err, ok } from './result.js';

/** A calendar date `YYYY-MM-DD`: no time, no zone. ISO strings sort as dates do. */
export type IsoDate = string;

/** How much of a date a source gives. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date as precise as its source: `2025-06-27`, `2008-12` or `2026`. */
export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

/** The first and last calendar day a partial date can mean. */
export interface DateRange {
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** Parses `YYYY-MM-DD`, refusing impossible days such as 2025-02-30. */
export function parseIsoDate(text: string, field = 'date'): Result<IsoDate> {
  const m = DAY.exec(text);
  if (!m) return err(domainError('invalid_date', `"${clip(text)}" is not a date: write it as YYYY-MM-DD, e.g. 2025-06-27`, field));
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return err(domainError('invalid_date', `${text} does not exist in the calendar: check the month and day`, field));
  }
  return ok(text);
}

/** Parses a date known to the day, the month or the year. */
export function parsePartialDate(text: string, field = 'date'): Result<PartialDate> {
  if (YEAR.test(text)) return ok({ value: text, precision: 'year' });
  const month = MONTH.exec(text);
  if (month) {
    const mm = Number(month[2]);
    if (mm < 1 || mm > 12) return err(domainError('invalid_date', `${text} has no month ${month[2]}: months run 01–12`, field));
    return ok({ value: text, precision: 'month' });
  }
  const day = parseIsoDate(text, field);
  if (!day.ok) return day;
  return ok({ value: day.value, precision: 'day' });
}

/** The range of days a partial date covers (a day covers itself). */
export function rangeOf(date: PartialDate): DateRange {
  switch (date.precision) {
    case 'day':
      return { earliest: date.value, latest: date.value };
    case 'month': {
      const [y, m] = date.value.split('-').map(Number) as [number, number];
      return { earliest: `${date.value}-01`, latest: `${date.value}-${pad(daysInMonth(y, m))}` };
    }
    case 'year':
      return { earliest: `${date.value}-01-01`, latest: `${date.value}-12-31` };
  }
}

// Calendar arithmetic on proleptic Gregorian dates via the platform's UTC calendar: no time
// of day and no zone ever enter. (temporal-polyfill did the same but cost a third of the
// CLI's cold start; the tests check this module against it as an independent oracle.)

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  // Arithmetic for the years the record holds (no Date to allocate: timelines call this thousands of times); the platform's calendar otherwise.
  if (year >= 100 && month >= 1 && month <= 12) return month === 2 ? (isLeap(year) ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 31);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Adds calendar months; a day past the month's end falls back to its last day (Aug 31 + 6 months = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = split(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Adds whole years, constrained like addMonths (Feb 29 + 1 year = Feb 28). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Adds days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = split(date);
  if (y >= 1000 && y <= 9999) {
    const [ry, rm, rd] = civilFromDays(daysFromCivil(y, m, d) + days);
    if (ry >= 1000 && ry <= 9999) return format(ry, rm, rd);
  }
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

// Days since 1970-01-01 and back, in integer arithmetic on the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil / civil_from_days): what Date.UTC and toISOString give, without a Date.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The first day of the month `months` months after the month of `date` (Art. 17's "first day of the sixth month after"). */
export function firstDayOfMonthAfter(date: IsoDate, months: number): IsoDate {
  return addMonths(`${date.slice(0, 8)}01`, months);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = split(a);
  const [yb, mb, db] = split(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

/** Every date from `from` to `to` inclusive, stepping by a day, a month or a year. */
export function datesBetween(from: IsoDate, to: IsoDate, every: 'day' | 'month' | 'year'): IsoDate[] {
  const out: IsoDate[] = [];
  // Step from the start each time so that Jan 31 + 1 month does not drift to the 28th for good.
  for (let i = 0; ; i += 1) {
    const d = every === 'day' ? addDays(from, i) : addMonths(from, every === 'month' ? i : 12 * i);
    if (d > to) return out;
    out.push(d);
  }
}

const DAY_MS = 86_400_000;

function split(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** The earlier of two dates. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** The later of two dates. */
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
