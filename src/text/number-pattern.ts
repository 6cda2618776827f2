import { parseNumberWords } from './number-words.js';

const WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen',
].sort((a, b) => b.length - a.length);

// Each word must end at a word boundary ("seven" is not the start of "seventy", "one" not of "onerous").
const WORD = `(?:${WORDS.join('|')})(?![\\p{L}])`;

/** A run of number words ("one hundred and sixty-five"), as regex source (use with the `iu` flags). It starts only at the start of a run, so a long run is read once. */
export const NUM_WORDS = `(?<![\\p{L}])(?<!(?:${WORDS.join('|')})(?:[ \\t]+|-))${WORD}(?:(?:[ \\t]+|-)(?:and[ \\t]+)?${WORD})*`;

/** Digits with optional thousands separators and decimals ("5,757", "1.5"), as regex source. */
export const NUM_DIGITS = '(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d])';

/** A number in digits or words, as regex source. */
export const NUM = `(?:${NUM_DIGITS}|${NUM_WORDS}|(?<![\\p{L}])(?:no|none|nil)(?![\\p{L}]))`;

/** The value of a number written in digits or words (or "none"/"no"/"nil" → 0), or undefined. */
export function numberValue(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d/.test(t)) {
    const v = Number(t.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  if (t === 'no' || t === 'none' || t === 'nil') return 0;
  return parseNumberWords(t.split(/[\s-]+/).filter((w) => w.length > 0));
}
