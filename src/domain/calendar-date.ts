import { Temporal } from 'temporal-polyfill';
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
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
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
      const ym = Temporal.PlainYearMonth.from(date.value);
      return { earliest: `${date.value}-01`, latest: ym.toPlainDate({ day: ym.daysInMonth }).toString() };
    }
    case 'year':
      return { earliest: `${date.value}-01-01`, latest: `${date.value}-12-31` };
  }
}

/** Adds calendar months; a day past the month's end falls back to its last day (Aug 31 + 6 months = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
}

/** Adds whole years, constrained like addMonths (Feb 29 + 1 year = Feb 28). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** Adds days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The first day of the month `months` months after the month of `date` (Art. 17's "first day of the sixth month after"). */
export function firstDayOfMonthAfter(date: IsoDate, months: number): IsoDate {
  return Temporal.PlainDate.from(date).with({ day: 1 }).add({ months }).toString();
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
}

/** Every date from `from` to `to` inclusive, stepping by a day, a month or a year. */
export function datesBetween(from: IsoDate, to: IsoDate, every: 'day' | 'month' | 'year'): IsoDate[] {
  const out: IsoDate[] = [];
  const start = Temporal.PlainDate.from(from);
  const step = every === 'day' ? { days: 1 } : every === 'month' ? { months: 1 } : { years: 1 };
  let i = 0;
  for (let d = start; Temporal.PlainDate.compare(d, Temporal.PlainDate.from(to)) <= 0; ) {
    out.push(d.toString());
    i += 1;
    // Step from the start each time so that Jan 31 + 1 month does not drift to the 28th for good.
    d = every === 'day' ? d.add(step) : start.add(every === 'month' ? { months: i } : { years: i }, { overflow: 'constrain' });
  }
  return out;
}

/** The earlier of two dates. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** The later of two dates. */
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
