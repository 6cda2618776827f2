import type { PartialDate } from '../domain/calendar-date.js';
import { findDateline } from '../text/index.js';

/** The date a text gives itself in its dateline ("Geneva, 17 January 2025", "Date: 26 March 2025"), read by the shared text reader. */
export function readDateline(text: string): PartialDate | undefined {
  const found = findDateline(text);
  return found ? { value: found.date, precision: 'day' } : undefined;
}
