import * as chrono from 'chrono-node';
import { MONTH, monthRange } from './calendar-words.js';
import type { DateMention } from './mention.js';
import { qualifierBefore } from './qualifier.js';
import { type Scan, emit, isFree, matches, take } from './scan.js';

// chrono-node reads dates written with month names well ("8 May 2025", "May 8, 2025", "the 1st
// of April", "Dec 2008"), but it also reads "107 to 0" as a time, misses bare years and puts
// "last July" in the future. So it only ever sees a short window around a capitalised month
// name, and only what it returns with a month is kept.
const TRIGGER = new RegExp(MONTH, 'gu');
const WINDOW = 28;
// A month standing alone must be introduced like a date ("in March", "mid-March"), or "April
// Smith said" and "May I" would be dates.
const LONE_MONTH_BEFORE = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|before|after|of|early|mid|late|during|between|and|or|to|through|throughout|end of|start of|beginning of|middle of)[\s-]+(?:the\s+)?$|[,–—-]\s*$/iu;

/** Finds dates written with month names, reading each window with chrono-node against the reference date. */
export function findChronoDates(scan: Scan): void {
  const windows: [number, number][] = [];
  for (const m of matches(TRIGGER, scan.text)) {
    if (!isFree(scan, m.index, m.index + m[0].length)) continue;
    const from = Math.max(0, m.index - WINDOW);
    const to = Math.min(scan.text.length, m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    // Windows merge, but never grow long: chrono-node's time is not linear in what it is given.
    if (last && from <= last[1] && to - last[0] < 240) last[1] = to;
    else windows.push([from, to]);
  }
  const instant = scan.reference === undefined ? undefined : new Date(`${scan.reference}T12:00:00Z`);
  for (const [from, to] of windows) {
    const results = chrono.parse(scan.text.slice(from, to), instant ? { instant, timezone: 'UTC' } : { timezone: 'UTC' });
    for (const r of results) read(scan, from, r, instant !== undefined);
  }
}

function read(scan: Scan, offset: number, r: chrono.ParsedResult, hasReference: boolean): void {
  const c = r.start;
  if (!c.isCertain('month')) return;
  let start = offset + r.index;
  let end = start + r.text.length;
  // chrono's "on 8 May 2025": the date begins at the number or the month.
  const lead = /^(?:on|in|at|by|from|the)\s+/i.exec(r.text);
  if (lead) start += lead[0].length;
  // Stop where something else (a time, a tally) already begins.
  for (let i = start; i < end; i += 1) if (scan.taken[i] === 1) end = i;
  while (end > start && /[\s,]/.test(scan.text[end - 1] ?? '')) end -= 1;
  if (end <= start || !isFree(scan, start, end)) return;
  const yearKnown = c.isCertain('year');
  // Without a reference date the year of "on 16 April" is unknown: not a date we can place, but not a count either.
  if (!yearKnown && !hasReference) {
    take(scan, start, end);
    return;
  }
  const [y, mo, d] = [c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1];
  const dayKnown = c.isCertain('day');
  if (!dayKnown && !yearKnown && !LONE_MONTH_BEFORE.test(scan.text.slice(Math.max(0, start - 24), start))) return;
  const ym = `${y}-${String(mo).padStart(2, '0')}`;
  const fields = dayKnown
    ? { value: `${ym}-${String(d).padStart(2, '0')}`, precision: 'day' as const, earliest: `${ym}-${String(d).padStart(2, '0')}`, latest: `${ym}-${String(d).padStart(2, '0')}` }
    : { value: ym, precision: 'month' as const, ...monthRange(y, mo) };
  const qualifier = qualifierBefore(scan.text, start);
  emit<DateMention>(scan, start, end, { kind: 'date', ...fields, ...(yearKnown ? {} : { yearInferred: true }), ...(qualifier ? { qualifier } : {}) });
}
