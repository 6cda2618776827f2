const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (for scales). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** `27 December 2025`; a date known only to the month or year stays as precise as it is (`December 2008`, `2026`). */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return date;
  return d === undefined ? `${month} ${y ?? ''}` : `${Number(d)} ${month} ${y ?? ''}`;
}

/** `27 Dec 2025` (for chart labels). */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1]?.slice(0, 3);
  if (month === undefined || d === undefined) return date;
  return `${Number(d)} ${month} ${y ?? ''}`;
}
