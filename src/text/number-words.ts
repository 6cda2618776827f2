// English number words: "thirty-two", "one hundred and sixty-five", "a dozen", "three".

const UNITS: Record<string, number> = {
  zero: 0, nil: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80,
  ninetieth: 90, hundredth: 100,
};

/** Whether a lower-case word is a cardinal number word or scale ("three", "hundred"). */
export function isNumberWord(word: string): boolean {
  return word in UNITS || word in SCALES || word === 'dozen';
}

/** The value of a lower-case ordinal word ("fifth" → 5), or undefined. */
export function ordinalWord(word: string): number | undefined {
  return ORDINALS[word];
}

/**
 * The value of a run of number words (lower case, already split on spaces and hyphens, "and"
 * allowed between parts): ["one","hundred","and","sixty","five"] → 165. Undefined if not a number.
 * A final ordinal word is allowed ("one hundred and sixty-fifth" → 165).
 */
export function parseNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    if (w === 'and') {
      if (!seen || i === words.length - 1) return undefined;
      continue;
    }
    const unit = UNITS[w] ?? (i === words.length - 1 ? ORDINALS[w] : undefined);
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return undefined;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}
