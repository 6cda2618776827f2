import type { QuoteMention } from './mention.js';

// Longest quotation read as one: an opening mark with no closing one stays unread.
const MAX_QUOTE = 3000;

/** Finds passages in quotation marks (“…”, "…", «…»), across sentences. */
export function findQuotes(text: string): QuoteMention[] {
  const out: QuoteMention[] = [];
  // Where the next closing mark of each kind is: it only moves forward, so each is searched for once per text.
  const nextClose = new Map<string, number>();
  const closeAfter = (mark: string, from: number): number => {
    const known = nextClose.get(mark);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const found = text.indexOf(mark, from);
    nextClose.set(mark, found);
    return found;
  };
  let i = 0;
  while (i < text.length) {
    const open = nextOpening(text, i);
    if (open < 0) break;
    const mark = text[open] ?? '';
    const closeMark = mark === '“' ? '”' : mark === '«' ? '»' : '"';
    const close = closeAfter(closeMark, open + 1);
    if (close < 0 || close - open > MAX_QUOTE) {
      i = open + 1;
      continue;
    }
    out.push({ kind: 'quote', start: open, end: close + 1, text: text.slice(open, close + 1), inner: text.slice(open + 1, close) });
    i = close + 1;
  }
  return out;
}

const OPENING = /[“"«]/gu;

function nextOpening(text: string, from: number): number {
  OPENING.lastIndex = from;
  return OPENING.exec(text)?.index ?? -1;
}
