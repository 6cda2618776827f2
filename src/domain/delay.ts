import { type IsoDate, addDays, addMonths, addYears, firstDayOfMonthAfter } from './calendar-date.js';
import type { Delay } from './treaty.js';

/**
 * The day a treaty's delay ends, counted from `date`. The one place where a rule's
 * wording becomes a calendar day:
 * - `same_day`: "six months after the receipt" → 2025-06-27 + 6 months = 2025-12-27;
 * - `first_day_of_month`: "the first day of the sixth month after the month in which" →
 *   2025-03-12 → 2025-09-01.
 */
export function applyDelay(date: IsoDate, delay: Delay): IsoDate {
  if (delay.landing === 'first_day_of_month') {
    const months = delay.unit === 'months' ? delay.amount : delay.unit === 'years' ? delay.amount * 12 : 0;
    if (delay.unit === 'days') return firstDayOfMonthAfter(addDays(date, delay.amount), 1);
    return firstDayOfMonthAfter(date, months);
  }
  switch (delay.unit) {
    case 'days':
      return addDays(date, delay.amount);
    case 'months':
      return addMonths(date, delay.amount);
    case 'years':
      return addYears(date, delay.amount);
  }
}

/** Describes a delay in words, e.g. "6 months" or "180 days". */
export function describeDelay(delay: Delay): string {
  const unit = delay.amount === 1 ? delay.unit.slice(0, -1) : delay.unit;
  return `${delay.amount} ${unit}`;
}
