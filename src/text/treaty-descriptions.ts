import type { Treaty } from '../domain/treaty.js';
import { wordsOf } from './words.js';

// Words that say "a treaty" but not which one.
const GENERIC = new Set([
  'convention', 'treaty', 'on', 'the', 'of', 'and', 'their', 'ban', 'banning', 'use', 'prohibition', 'prohibiting', 'against',
  'a', 'an', 'for', 'in', 'to', 'international', 'humanitarian', 'so', 'called', 'destruction', 'production', 'stockpiling', 'transfer',
  'as', 'is', 'was', 'be', 'by', 'at', 'with', 'from', 'its', 'it', 'or', 'this', 'that', 'which', 'may', 'be', 'deemed', 'certain',
]);

/** Singular, hyphen-free form of a description word ("landmines" → "landmine", "antipersonnel" → "antipersonnel"). */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The distinctive words of each treaty's names, from the record's names and aliases. */
export function treatyVocabulary(treaties: readonly Treaty[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of treaties) {
    const words = new Set<string>();
    for (const name of [t.shortName, t.fullName, ...t.aliases]) {
      const keys = wordsOf(name).map((w) => stem(w.key));
      for (const k of keys) if (!GENERIC.has(k)) words.add(k);
      // "Anti-Personnel" is also written "antipersonnel" and "Anti-Landmine" "landmine".
      // Two generic words together ("the Convention" in "Article I of the Convention") still name no treaty.
      for (let i = 0; i + 1 < keys.length; i += 1) {
        const [a, b] = [keys[i] ?? '', keys[i + 1] ?? ''];
        if (!(GENERIC.has(a) && GENERIC.has(b))) words.add(`${a}${b}`);
      }
    }
    out.set(t.id, words);
  }
  return out;
}

/**
 * Which treaty a description names ("anti-personnel mine convention", "the treaty banning
 * antipersonnel landmines", "landmine treaty"), by the words it shares with each treaty's
 * names: the one treaty with the most, or undefined if none or a tie.
 */
export function treatyOfDescription(words: readonly string[], vocabulary: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const keys = words.map(stem).filter((w) => !GENERIC.has(w) && w.length > 1);
  if (keys.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [id, vocab] of vocabulary) {
    let score = 0;
    let misses = 0;
    for (const k of keys) {
      if (vocab.has(k)) score += 1;
      else if (!/^\d+$/.test(k)) misses += 1;
    }
    // Words the treaty's names never use ("Chemical Weapons", "Vienna") mean another treaty; short words alone say nothing.
    if (misses > score || !keys.some((k) => k.length >= 4 && vocab.has(k))) score = 0;
    if (score > bestScore) {
      best = id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}
