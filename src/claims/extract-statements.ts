import { type DateMention, type TextReading, mentionsOf } from '../text/index.js';
import { readStatements } from '../text/statements/read-statements.js';
import type { FoundClaim } from './claim.js';
import { claimedDate } from './extract-context.js';

/**
 * Finds what a text says people said on leaving a treaty: "Prime Minister Paluckas said Lithuania
 * should withdraw from the Ottawa Convention". The speaker is kept as written (a name or a post);
 * the checker resolves it against the workspace. A day or month written in the passage dates it.
 */
export function extractStatements(reading: TextReading, yearsKnown = true): FoundClaim[] {
  const out: FoundClaim[] = [];
  const main = mainState(reading);
  for (const c of readStatements(reading)) {
    if (c.stance === 'undecided') continue;
    const i = sentenceAt(reading, c.start);
    const date = dateIn(reading, i, c.start, c.end);
    const iso3 = stateOf(reading, i, c.start, c.end, main) ?? c.iso3;
    const claim = { kind: 'statement' as const, speaker: c.speaker, stance: c.stance, ...(iso3 ? { iso3 } : {}), ...(c.treatyId ? { treatyId: c.treatyId } : {}), ...(date ? { date: claimedDate(date, yearsKnown) } : {}) };
    const what = c.stance === 'supports' ? 'supports withdrawing' : 'opposes withdrawing';
    out.push({ claim, start: c.start, end: c.end, sentence: i, claimed: `${c.speaker} ${what}${iso3 ? ` (${iso3})` : ''}${c.treatyId ? ` from the ${c.treatyId.toUpperCase()}` : ''}` });
  }
  return out;
}

// The sentence holding an offset, by binary search (sentences are in text order).
function sentenceAt(reading: TextReading, at: number): number {
  const list = reading.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid]?.start ?? Infinity) <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

// A day or month (not "today", not a bare year) written inside the passage.
function dateIn(reading: TextReading, first: number, start: number, end: number): DateMention | undefined {
  for (let i = first; i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < end; i += 1) {
    const d = mentionsOf(reading.sentences[i]?.mentions ?? [], 'date').find((m) => m.start >= start && m.end <= end && (m.precision === 'day' || m.precision === 'month') && !m.relative);
    if (d) return d;
  }
  return undefined;
}

// The state whose leaving is in question: the one the text is about, unless the passage names only other states
// (a speaker's own country named in passing, "as it did not keep Bosnia safe", is not the question).
function stateOf(reading: TextReading, first: number, start: number, end: number, main: string | undefined): string | undefined {
  const named: string[] = [];
  for (let i = first; i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < end; i += 1) {
    for (const m of mentionsOf(reading.sentences[i]?.mentions ?? [], 'state')) if (m.form !== 'adjective' && m.start >= start && m.end <= end) named.push(m.iso3);
  }
  return named.length === 0 || (main !== undefined && named.includes(main)) ? main : named[0];
}

// The state the text names most often.
function mainState(reading: TextReading): string | undefined {
  const n = new Map<string, number>();
  for (const s of reading.sentences) for (const m of mentionsOf(s.mentions, 'state')) n.set(m.iso3, (n.get(m.iso3) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
}
