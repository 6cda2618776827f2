import type { DurationMention } from './mention.js';
import { NUM, numberValue } from './number-pattern.js';
import { qualifierBefore } from './qualifier.js';
import { type Scan, emit, isFree, matches } from './scan.js';

const DURATION = new RegExp(`(?<![\\p{L}\\d])(${NUM}|an?|one)[\\s-]+(day|week|month|year|decade)s?(?![\\p{L}])(?!\\s+(?:ago|old)(?![\\p{L}]))`, 'giu');
const UNIT_HINT = /day|week|month|year|decade/iu;
const UNIT: Record<string, { unit: DurationMention['unit']; times: number }> = {
  day: { unit: 'days', times: 1 },
  week: { unit: 'weeks', times: 1 },
  month: { unit: 'months', times: 1 },
  year: { unit: 'years', times: 1 },
  decade: { unit: 'years', times: 10 },
};

/** Finds spans of time: "six months", "180 days", "a six-month period", "ten years", "a decade". */
export function findDurations(scan: Scan): void {
  if (!UNIT_HINT.test(scan.text)) return;
  for (const m of matches(DURATION, scan.text)) {
    const end = m.index + m[0].length;
    if (!isFree(scan, m.index, end)) continue;
    const word = (m[1] ?? '').toLowerCase();
    const amount = word === 'a' || word === 'an' ? 1 : numberValue(word);
    const u = UNIT[(m[2] ?? '').toLowerCase()];
    if (amount === undefined || !u || amount <= 0) continue;
    const qualifier = qualifierBefore(scan.text, m.index);
    emit<DurationMention>(scan, m.index, end, { kind: 'duration', amount: amount * u.times, unit: u.unit, ...(qualifier ? { qualifier } : {}) });
  }
}
