import type { ClaimedNumber } from './claim.js';

/** Whether a count is written as a round figure ("160 states"): a multiple of ten, with no hedge. */
export function isRound(claimed: ClaimedNumber): boolean {
  return claimed.hedge === undefined && claimed.upTo === undefined && claimed.value >= 20 && claimed.value % 10 === 0;
}

/**
 * Whether a value satisfies a claimed number under its hedge: "more than 160" holds for 165;
 * "nearly 170" for 166; a round count ("160 states") for what rounds to it (155 to 164), unless
 * `rounding` is off (percentages are compared as written).
 */
export function holds(claimed: ClaimedNumber, value: number, rounding = true): boolean {
  const n = claimed.value;
  if (rounding && isRound(claimed)) return value >= n - 5 && value < n + 5;
  if (claimed.upTo !== undefined) return n <= value && value <= claimed.upTo;
  // "about", "some" and "nearly" allow what a writer rounds away: 5% of the figure, at least 1 (2 for "nearly").
  const slack = Math.max(1, Math.round(n * 0.05));
  switch (claimed.hedge ?? 'exactly') {
    case 'exactly':
      return value === n;
    case 'more_than':
      return value > n;
    case 'at_least':
      return value >= n;
    case 'fewer_than':
      return value < n;
    case 'at_most':
      return value <= n;
    case 'nearly':
      // A percentage in the record is itself rounded: "nearly 90%" is within the rounding of a recorded 90%.
      return (rounding ? value < n : value <= n) && value >= n - Math.max(2, slack);
    case 'about':
    case 'some':
      return Math.abs(value - n) <= slack;
  }
}

/** Whether every value in [min, max] holds (`true`), none does (`false`), or some do (`undefined`). */
export function holdsOver(claimed: ClaimedNumber, min: number, max: number): boolean | undefined {
  if (max - min > 400) return undefined;
  let some = false;
  let all = true;
  for (let v = min; v <= max; v += 1) {
    if (holds(claimed, v)) some = true;
    else all = false;
  }
  return all ? true : some ? undefined : false;
}

/** A claimed number in words: "more than 160", "165", "between 150 and 160". */
export function numberWords(c: ClaimedNumber): string {
  if (c.upTo !== undefined) return `between ${c.value} and ${c.upTo}`;
  const hedge: Record<string, string> = { more_than: 'more than', at_least: 'at least', fewer_than: 'fewer than', at_most: 'at most', nearly: 'nearly', about: 'about', some: 'some', exactly: 'exactly' };
  return c.hedge ? `${hedge[c.hedge] ?? ''} ${c.value}` : String(c.value);
}

/** The tolerance in words, for explanations ("'more than 160' holds for any count above 160"). */
export function toleranceWords(c: ClaimedNumber): string {
  if (isRound(c)) return 'rounded to the nearest ten';
  switch (c.hedge ?? 'exactly') {
    case 'exactly':
      return c.upTo === undefined ? 'exactly' : 'in that range';
    case 'about':
    case 'some':
      return `within ${Math.max(1, Math.round(c.value * 0.05))}`;
    case 'nearly':
      return `just under (by at most ${Math.max(2, Math.round(c.value * 0.05))})`;
    default:
      return 'as hedged';
  }
}
