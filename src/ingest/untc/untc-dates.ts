import type { IsoDate } from '../../domain/calendar-date.js';
import { parseIsoDate } from '../../domain/calendar-date.js';

// The depositary prints dates in two fixed forms: "11 Sep 2002" in tables, "27 June 2025" in notes.
// This reads those forms of this page format only (free text goes to the shared text reader).
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The pattern of a depositary date, for use inside larger patterns (day, month name, year). */
export const UNTC_DATE = '(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s+(\\d{4})';

/** "11 Sep 2002" or "27 June 2025" as a calendar date; undefined if it is not one (or does not exist). */
export function parseUntcDate(day: string, month: string, year: string): IsoDate | undefined {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (m < 0) return undefined;
  const iso = `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const checked = parseIsoDate(iso);
  return checked.ok ? checked.value : undefined;
}

/** The first depositary date in a text, with where it ends. */
export function findUntcDate(text: string): IsoDate | undefined {
  const m = new RegExp(UNTC_DATE).exec(text);
  return m ? parseUntcDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') : undefined;
}
