import type { Hedge } from './mention.js';

// Hedges written before a number, as phrases; the longest that ends right before the number wins.
const BEFORE: readonly (readonly [string, Hedge])[] = ([
  ...['just over', 'just above', 'slightly over', 'slightly more than', 'a little over', 'a little more than', 'more than', 'over', 'above', 'upwards of', 'in excess of', 'greater than', 'beyond'].map((p) => [p, 'more_than'] as const),
  ...['just under', 'just below', 'slightly under', 'slightly below', 'slightly less than', 'slightly fewer than', 'nearly', 'almost', 'close to', 'just short of', 'not quite'].map((p) => [p, 'nearly'] as const),
  ...['no fewer than', 'no less than', 'not fewer than', 'not less than', 'at least', 'a minimum of', 'minimum of'].map((p) => [p, 'at_least'] as const),
  ...['no more than', 'not more than', 'at most', 'up to', 'a maximum of', 'maximum of'].map((p) => [p, 'at_most'] as const),
  ...['fewer than', 'less than', 'under', 'below'].map((p) => [p, 'fewer_than'] as const),
  ...['about', 'around', 'approximately', 'roughly', 'circa', 'ca.', 'an estimated', 'estimated', '~'].map((p) => [p, 'about'] as const),
  ['some', 'some'] as const,
  ...['exactly', 'precisely', 'only', 'just'].map((p) => [p, 'exactly'] as const),
] as (readonly [string, Hedge])[]).sort((a, b) => b[0].length - a[0].length);

// Hedges written after a number: "165 or more", "160-plus", "160+".
const AFTER: readonly (readonly [RegExp, Hedge])[] = [
  [/^\s*(?:or more|or over|and more|and over|\+|-plus|\s?plus)(?![\p{L}\d])/iu, 'at_least'],
  [/^\s*(?:or fewer|or less|or under)(?![\p{L}\d])/iu, 'at_most'],
  [/^\s*(?:or so|odd)(?![\p{L}\d])/iu, 'about'],
];

/** The hedge that ends just before `at` in `text` ("more than 160"), and where it begins. */
export function hedgeBefore(text: string, at: number): { hedge: Hedge; start: number } | undefined {
  let end = at;
  while (end > 0 && end > at - 3 && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  const last = text[end - 1] ?? '';
  // Most numbers have no hedge: say so without looking at any phrase.
  if (!/[\p{L}.~]/u.test(last)) return undefined;
  const before = text.slice(Math.max(0, end - 24), end).toLowerCase().replace(/\s+/g, ' ');
  for (const [phrase, hedge] of BEFORE) {
    if (!before.endsWith(phrase)) continue;
    const edge = before[before.length - phrase.length - 1];
    if (edge !== undefined && /\p{L}/u.test(edge)) continue;
    return { hedge, start: end - phraseLength(text, end, phrase) };
  }
  return undefined;
}

// The length of a phrase as written before `end` (its spaces may be runs of several).
function phraseLength(text: string, end: number, phrase: string): number {
  let i = end;
  let k = phrase.length;
  while (i > 0 && k > 0) {
    const c = text[i - 1] ?? '';
    if (/\s/u.test(c) && phrase[k - 1] === ' ') {
      while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i -= 1;
      k -= 1;
    } else {
      i -= 1;
      k -= 1;
    }
  }
  return end - i;
}

/** The hedge that starts right after `at` in `text`, and where it ends. */
export function hedgeAfter(text: string, at: number): { hedge: Hedge; end: number } | undefined {
  const c = text[at] ?? '';
  if (c !== ' ' && c !== '+' && c !== '-' && c !== '\u00a0') return undefined;
  const after = text.slice(at, at + 12);
  for (const [re, hedge] of AFTER) {
    const m = re.exec(after);
    if (m) return { hedge, end: at + m[0].length };
  }
  return undefined;
}
