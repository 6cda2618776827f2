import { type IsoDate, addDays, daysInMonth, parseIsoDate } from '../domain/calendar-date.js';

/** Full English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Month names and their usual abbreviations, as regex source (capitalised: "may" and "march" are verbs). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)(?![\\p{L}])';

/** Weekday names, Monday first. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The month number (1–12) of a month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` if the day exists, else undefined. */
export function dayOf(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return parseIsoDate(text).ok ? text : undefined;
}

/** First and last day of a month. */
export function monthRange(year: number, month: number): { earliest: IsoDate; latest: IsoDate } {
  const ym = `${year}-${pad(month)}`;
  return { earliest: `${ym}-01`, latest: `${ym}-${pad(daysInMonth(year, month))}` };
}

/** First and last day of a run of years. */
export function yearRange(from: number, to: number): { earliest: IsoDate; latest: IsoDate } {
  return { earliest: `${from}-01-01`, latest: `${to}-12-31` };
}

/** Weekday of a date, 0 = Monday. */
export function weekdayOf(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (d + 6) % 7;
}

/** The Monday of the week a date falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -weekdayOf(date));
}
