import type { TextReading } from '../read-text.js';
import { mentionsOf } from '../select.js';

/**
 * Which state's leaving a passage is about, for the claim checker and the suggestions alike: the
 * state the text names most often, unless the passage names only other states. A speaker's own
 * country or an example named in passing ("as it did not keep Bosnia safe") is not the question.
 */
export function questionStateFinder(reading: TextReading): (start: number, end: number) => string | undefined {
  const main = mainState(reading);
  return (start, end) => {
    const named: string[] = [];
    for (let i = sentenceAt(reading, start); i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < end; i += 1) {
      for (const m of mentionsOf(reading.sentences[i]?.mentions ?? [], 'state')) if (m.form !== 'adjective' && m.start >= start && m.end <= end) named.push(m.iso3);
    }
    return named.length === 0 || (main !== undefined && named.includes(main)) ? main : named[0];
  };
}

/** The sentence holding an offset, by binary search (sentences are in text order). */
export function sentenceAt(reading: TextReading, at: number): number {
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

// The state the text names most often.
function mainState(reading: TextReading): string | undefined {
  const n = new Map<string, number>();
  for (const s of reading.sentences) for (const m of mentionsOf(s.mentions, 'state')) n.set(m.iso3, (n.get(m.iso3) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
}
