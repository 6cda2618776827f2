import type { Mention, MentionKind } from './mention.js';
import type { TextReading } from './read-text.js';

/** The mentions of one kind in a list, typed ("state" → StateMention[]). */
export function mentionsOf<K extends MentionKind>(mentions: readonly Mention[], kind: K): Extract<Mention, { kind: K }>[] {
  return mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
}

/** Every mention of a reading, in text order. */
export function mentionsIn(reading: TextReading): Mention[] {
  return reading.sentences.flatMap((s) => s.mentions);
}

/** The mention of a kind closest to an offset (ties: the earlier one), or undefined. */
export function nearest<K extends MentionKind>(mentions: readonly Mention[], kind: K, at: number): Extract<Mention, { kind: K }> | undefined {
  let best: Extract<Mention, { kind: K }> | undefined;
  let bestDistance = Infinity;
  for (const m of mentionsOf(mentions, kind)) {
    const d = at < m.start ? m.start - at : at > m.end ? at - m.end : 0;
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
