/** A word of the input, normalised for look-up. */
export interface Word {
  /** Local offsets in the stretch read. */
  readonly start: number;
  readonly end: number;
  /** Lower case, no accents, no apostrophes, no possessive ending: "Lithuania’s" → "lithuania". */
  readonly key: string;
  /** Written with a possessive ending ("Lithuania’s", "States'"). */
  readonly possessive: boolean;
  /** Written in capitals ("US", "NATO"). */
  readonly upper: boolean;
  /** Starts with a capital letter. */
  readonly capital: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*['’]?/gu;

const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/** Splits text into words the way names are looked up (hyphens and dots separate words: "U.S." → "u", "s"). */
export function wordsOf(text: string, from = 0, limit = Infinity): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && out.length < limit; m = WORD.exec(text)) {
    out.push(wordOf(m[0], m.index));
  }
  return out;
}

/** Calls `fn` with each word's key and offsets, building no word object (the cheap test names are found with); `fn` may return an offset to go on from. */
export function forEachKey(text: string, fn: (key: string, start: number, end: number) => number | undefined): void {
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = stripPossessive(m[0]);
    const skipTo = fn(keyOf(raw), m.index, m.index + m[0].length);
    if (skipTo !== undefined && skipTo > re.lastIndex) re.lastIndex = skipTo;
  }
}

function stripPossessive(word: string): string {
  const last = word[word.length - 1];
  if ((last === 's' || last === 'S') && word.length > 2 && isApostrophe(word[word.length - 2])) return word.slice(0, -2);
  return isApostrophe(last) ? word.slice(0, -1) : word;
}

function wordOf(word: string, index: number): Word {
  {
    let raw = word;
    let possessive = false;
    const last = raw[raw.length - 1];
    // Character tests, not patterns: this runs for every word of the text.
    if ((last === 's' || last === 'S') && raw.length > 2 && isApostrophe(raw[raw.length - 2])) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (isApostrophe(last)) {
      raw = raw.slice(0, -1);
      possessive = true;
    }
    const lower = raw.toLowerCase();
    const upper = raw.toUpperCase();
    return {
      start: index,
      end: index + raw.length,
      key: keyOf(raw, lower),
      possessive,
      upper: raw === upper && raw !== lower,
      capital: raw.length > 0 && raw[0] !== lower[0],
    };
  }
}

/** The look-up key of one word (`lower` is the word in lower case, if already known). */
export function keyOf(word: string, lower = word.toLowerCase()): string {
  let plain = true;
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if (c > 127 || c === 39) {
      plain = false;
      break;
    }
  }
  if (plain) return lower;
  return lower.replace(/['’]/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
