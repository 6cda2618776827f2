/** A sentence (or a heading, a list item, a line of a letterhead) of the input. */
export interface Sentence {
  /** Position in the text, from 0. */
  readonly index: number;
  /** Offsets into the input (UTF-16 code units), `end` exclusive, surrounding spaces left out. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Words a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'nr', 'art', 'arts', 'para', 'paras', 'vs', 'v', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'fig', 'p', 'pp', 'vol', 'ch', 'sec', 'approx', 'cf', 'al', 'dept', 'govt', 'min', 'amb', 'sen', 'rep', 'gov',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'h.e', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'op', 'ca',
]);
const BULLET = /^(?:[-*•‣▪◦–]\s+|\d{1,2}[.)]\s+)/u;
/** Longest stretch read as one sentence: text without full stops is cut at a space past this length. */
export const MAX_SENTENCE = 1500;

/** Splits text into sentences: at full stops (not after abbreviations, initials or before a lower-case word), and at line breaks that end a line. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let quotes = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
    quotes = 0;
  };
  // Only these characters can end a sentence or open a quotation: the loop jumps from one to the next.
  const CANDIDATE = /[\n.!?…“”]/gu;
  for (let i = 0; i < text.length; i += 1) {
    CANDIDATE.lastIndex = i;
    const found = CANDIDATE.exec(text);
    const next = found ? found.index : text.length;
    // Text with no full stop for long is cut at its last space before the limit (anywhere, if it has none).
    while (next - start > MAX_SENTENCE) {
      const from = start + MAX_SENTENCE / 2;
      const space = text.slice(from, start + MAX_SENTENCE).lastIndexOf(' ');
      push(space >= 0 ? from + space : start + MAX_SENTENCE);
    }
    if (!found) break;
    i = next;
    const c = text[i] ?? '';
    if (c === '“') quotes += 1;
    else if (c === '”' && quotes > 0) quotes -= 1;
    if (c === '\n') {
      let j = i;
      while (j < text.length && /\s/u.test(text[j] ?? '')) j += 1;
      if (lineEnds(text, start, i, j, quotes > 0) || i - start > MAX_SENTENCE) push(i);
      i = j - 1;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && /[.!?…"”’)\]*_]/u.test(text[j] ?? '')) j += 1;
      j = afterFootnoteMark(text, j);
      if (ends(text, i, j) || j - start > 2 * MAX_SENTENCE) push(j);
      // A run of punctuation is read once, so "......" costs its length, not its square.
      i = j - 1;
      continue;
    }
  }
  push(text.length);
  return out;
}

// Whether the full stop (or ! ? …) at `at`, followed by closing marks up to `after`, ends a sentence.
function ends(text: string, at: number, after: number): boolean {
  if (after < text.length && !/\s/u.test(text[after] ?? '')) return false;
  if (text[at] === '.' && abbreviation(text, at)) return false;
  let k = after;
  while (k < text.length && k < after + 20 && /[ \t\u00a0]/u.test(text[k] ?? '')) k += 1;
  // "… the enemy,” he said": a lower-case word goes on with the sentence.
  return !/\p{Ll}/u.test(text[k] ?? '');
}

// A footnote mark right after the full stop ("Party.[1] The", "Party.¹ The") belongs to the sentence it ends.
const FOOTNOTE_MARK = /^(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]{1,3})/u;

function afterFootnoteMark(text: string, at: number): number {
  const m = FOOTNOTE_MARK.exec(text.slice(at, at + 5));
  return m ? at + m[0].length : at;
}

function abbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s -= 1;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial before a name: "J. Smith", "J. R. Smith".
  return /^\p{Lu}$/u.test(text.slice(s, dot)) && /^[ \t]+\p{Lu}/u.test(text.slice(dot + 1, dot + 4)) && (s === 0 || /\s/u.test(text[s - 1] ?? ''));
}

// Whether the line break at `at` (next text at `next`) ends the sentence begun at `start`.
function lineEnds(text: string, start: number, at: number, next: number, quoteOpen: boolean): boolean {
  const nextLine = text.slice(next, next + 4);
  if (nextLine === '' || BULLET.test(nextLine)) return true;
  if (/^\p{Ll}/u.test(nextLine)) return false;
  const line = text.slice(Math.max(start, text.lastIndexOf('\n', at - 1) + 1), at).trimEnd();
  // A quotation still open goes on ("“… just as it did not keep\n\n*Bosnia and our people safe,”").
  if (/[,;(–—-]$/u.test(line) || quoteOpen) return false;
  return true;
}
