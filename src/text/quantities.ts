import { hedgeAfter, hedgeBefore } from './hedges.js';
import type { FractionMention, Hedge, NumberMention, PercentMention, RatioMention } from './mention.js';
import { ordinalWord } from './number-words.js';
import { NUM_DIGITS, NUM_WORDS, numberValue } from './number-pattern.js';
import { type Hints, type Scan, emit, isFree, matches } from './scan.js';

const PERCENT = new RegExp(`(${NUM_DIGITS}|${NUM_WORDS})\\s?(?:%|per\\s?cent(?![\\p{L}])|pct(?![\\p{L}]))`, 'giu');
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const FRACTION_WORDS = new RegExp(`(?<![\\p{L}])(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\\s-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\\p{L}])`, 'giu');
const FRACTION_DIGITS = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/])/gu;
const DIGITS = new RegExp(`(?<![\\p{L}_])${NUM_DIGITS}(?:(st|nd|rd|th))?(?![\\p{L}])(?:\\s+(million|billion|thousand)(?![\\p{L}]))?`, 'gu');
const WORDS = new RegExp(`(?:(?<![\\p{L}])an?\\s+(?=(?:dozen|hundred|thousand|million)(?![\\p{L}])))?${NUM_WORDS}`, 'giu');
const ORDINAL_WORDS = /(?<![\p{L}])the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\p{L}])/giu;
const RANGE_JOIN = /^\s*(?:[-–—]|to|and)\s*$/iu;
const RATIO_JOIN = /^\s+(?:out\s+of|of(?:\s+the)?|in)\s+$/iu;

/** Finds percentages, fractions, numbers (in digits or words, with hedges), ranges and ratios ("86 out of 141"). */
export function findQuantities(scan: Scan, hints: Hints = { digit: true, numberWord: true }): void {
  if (!hints.digit && !hints.numberWord) return;
  // The percent sign or word first: PERCENT starts at every number.
  for (const m of /%|per\s?cent|pct/iu.test(scan.text) ? matches(PERCENT, scan.text) : []) {
    const value = numberValue(m[1] ?? '');
    const end = m.index + m[0].length;
    if (value === undefined || !isFree(scan, m.index, end)) continue;
    const h = hedgeBefore(scan.text, m.index);
    emit<PercentMention>(scan, m.index, end, { kind: 'percent', value, ...hedged(h?.hedge) });
  }
  for (const m of matches(FRACTION_WORDS, scan.text)) fractionWords(scan, m);
  for (const m of matches(FRACTION_DIGITS, scan.text)) {
    const [n, d] = [Number(m[1]), Number(m[2])];
    const end = m.index + m[0].length;
    if (n <= 0 || d <= n || !isFree(scan, m.index, end)) continue;
    emit<FractionMention>(scan, m.index, end, { kind: 'fraction', numerator: n, denominator: d, ...hedged(hedgeBefore(scan.text, m.index)?.hedge) });
  }
  const found: { start: number; end: number; value: number; form: 'digits' | 'words'; ordinal: boolean }[] = [];
  for (const m of matches(DIGITS, scan.text)) {
    const scale = m[2] === 'million' ? 1e6 : m[2] === 'billion' ? 1e9 : m[2] === 'thousand' ? 1e3 : 1;
    const base = numberValue(m[0].replace(/(st|nd|rd|th)?(\s+\p{L}+)?$/u, ''));
    if (base !== undefined) found.push({ start: m.index, end: m.index + m[0].length, value: base * scale, form: 'digits', ordinal: m[1] !== undefined });
  }
  for (const m of matches(WORDS, scan.text)) {
    const text = m[0].replace(/^an?\s+/i, 'one ').replace(/(?:[\s-]+and)+$/i, '');
    const value = numberValue(text);
    if (value !== undefined && !/^(?:no|none|nil)$/i.test(text)) found.push({ start: m.index, end: m.index + m[0].length, value, form: 'words', ordinal: false });
  }
  for (const m of matches(ORDINAL_WORDS, scan.text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    found.push({ start, end: start + word.length, value: ordinalWord(word.toLowerCase()) ?? 0, form: 'words', ordinal: true });
  }
  found.sort((a, b) => a.start - b.start);
  numbers(scan, found.filter((f) => isFree(scan, f.start, f.end)));
}

function numbers(scan: Scan, found: readonly { start: number; end: number; value: number; form: 'digits' | 'words'; ordinal: boolean }[]): void {
  for (let i = 0; i < found.length; i += 1) {
    const a = found[i];
    if (!a) continue;
    const b = found[i + 1];
    const between = b ? scan.text.slice(a.end, b.start) : '';
    const h = hedgeBefore(scan.text, a.start);
    if (b && !a.ordinal && !b.ordinal && RATIO_JOIN.test(between) && b.value > a.value) {
      emit<RatioMention>(scan, h?.start ?? a.start, b.end, { kind: 'ratio', part: a.value, whole: b.value, ...hedged(h?.hedge) });
      i += 1;
      continue;
    }
    const ranged = b && !a.ordinal && !b.ordinal && RANGE_JOIN.test(between) && b.value > a.value && (/between\s*$/i.test(scan.text.slice(Math.max(0, a.start - 9), a.start)) || /[-–—]|to/i.test(between));
    const end = ranged ? b.end : a.end;
    const after = hedgeAfter(scan.text, end);
    const hedge = h?.hedge ?? after?.hedge;
    emit<NumberMention>(scan, h?.start ?? a.start, after?.end ?? end, {
      kind: 'number', value: a.value, form: a.form, ...hedged(hedge), ...(a.ordinal ? { ordinal: true } : {}), ...(ranged ? { upTo: b.value } : {}),
    });
    if (ranged) i += 1;
  }
}

function fractionWords(scan: Scan, m: RegExpExecArray): void {
  const head = (m[1] ?? '').toLowerCase();
  const word = (m[2] ?? '').toLowerCase();
  const d = DENOMINATORS[word.replace(/s$/, '')] ?? DENOMINATORS[word];
  // "the third country", "the first half of 2025", "a quarter" of a year are not shares.
  if (d === undefined || (head === '' && d !== 2) || /(?:first|second|third|fourth|last)\s+$/i.test(scan.text.slice(Math.max(0, m.index - 8), m.index))) return;
  if (head === '' && /(?:^|\s)(?:the|a)\s+$/i.test(scan.text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+(?:of\s+)?(?:the\s+)?(?:year|century|decade)/i.test(scan.text.slice(m.index + m[0].length))) return;
  const n = head === '' || head === 'a' || head === 'an' ? 1 : (numberValue(head) ?? 1);
  const end = m.index + m[0].length;
  if (!isFree(scan, m.index, end)) return;
  const h = hedgeBefore(scan.text, m.index);
  emit<FractionMention>(scan, h?.start ?? m.index, end, { kind: 'fraction', numerator: n, denominator: d, ...hedged(h?.hedge) });
}

function hedged(hedge: Hedge | undefined): { hedge?: Hedge } {
  return hedge ? { hedge } : {};
}
