import type { TallyMention } from './mention.js';
import { NUM, numberValue } from './number-pattern.js';
import { type Hints, type Scan, emit, isFree, matches } from './scan.js';

// A vote is being reported: only then is "107–0–3" or "107 to 0" a tally (and never a time or a range).
const VOTE_CONTEXT = /\b(?:vot(?:e|es|ed|ing)|ballot|in favou?r|against|abstain\w*|abstention\w*|approv\w+|adopt\w+|pass(?:ed|es)|back(?:ed|s)|reject\w+|majority|MPs|lawmakers|deputies|parliamentarians|legislators|senators|Seimas|Saeima|Riigikogu|Eduskunta|Sejm|Senate|Rada|parliament)\b/iu;
const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
// Not a range ("from 3 to 5", "aged 16-18") and not days of a month ("16-17 April").
const DASHED = new RegExp(
  `(?<!(?:from|between|aged|ages|pages|to)\\s+)(?<![\\d.,/:–—-])(\\d{1,3})\\s*(?:votes?\\s+)?(?:[-–—]|to(?![\\p{L}]))\\s*(\\d{1,3})(?:\\s*[-–—]\\s*(\\d{1,3}))?(?![\\d/:%])(?!\\s*(?:${MONTHS}|per\\b|percent|years?\\b|months?\\b|days?\\b|weeks?\\b))`,
  'gu',
);
// "by 81 votes to one", "by eighty-one votes to two": counts in words need the word "votes" (a bare "one to two" is no vote).
const VOTES_TO = new RegExp(`(${NUM})\\s+votes?\\s+to\\s+(${NUM})(?![\\p{L}\\d])`, 'giu');
// Up to four words naming who voted ("members of the Seimas"), never vote words themselves.
const WHO = `(?:(?!(?:and|in|favou?r|against|for|votes?|voted|abstain\\w*|none|no|with)(?![\\p{L}]))[\\p{L}’'-]+\\s+){0,4}?`;
// Each part with a cheap test for a word it cannot match without (the parts start at any number, and
// number words make that costly): a superset, so the test never changes what is found.
const PARTS: readonly (readonly [keyof Counts, RegExp, RegExp])[] = [
  // A bare "for" only after "votes"/"voted": "107 votes for", "107 MPs voted for", "107 in favour".
  ['for', /favou?r|for|support|yes|ayes/iu, new RegExp(`(${NUM})\\s+${WHO}(?:votes?\\s+(?:were\\s+)?(?:cast\\s+)?(?:in\\s+favou?r|for(?![\\p{L}])|in\\s+support)|voted\\s+(?:in\\s+favou?r|for(?![\\p{L}])|yes(?![\\p{L}]))|in\\s+favou?r|in\\s+support|ayes(?![\\p{L}]))`, 'giu')],
  ['against', /against|no|opposed/iu, new RegExp(`(${NUM}|nobody|no\\s+one)\\s+${WHO}(?:votes?\\s+)?(?:were\\s+)?(?:cast\\s+)?(?:voted\\s+)?(?:against|no(?![\\p{L}])|noes|opposed)`, 'giu')],
  ['abstain', /abstain|abstention/iu, new RegExp(`(${NUM})\\s+${WHO}(?:abstentions?|abstained|abstaining|abstain)`, 'giu')],
  ['abstain', /abstention|abstained/iu, new RegExp(`(?:abstentions?|abstained)\\s*:?\\s*(${NUM})(?![\\p{L}\\d])`, 'giu')],
  ['absent', /absent|not\s+vot|not\s+take/iu, new RegExp(`(${NUM})\\s+${WHO}(?:were\\s+)?(?:absent|did\\s+not\\s+vote|not\\s+voting|did\\s+not\\s+take\\s+part)`, 'giu')],
];
const UNANIMOUS = /\bunanimous(?:ly)?\b/giu;

type Counts = { for?: number; against?: number; abstain?: number; absent?: number };

/** Finds vote tallies in a sentence that reports a vote: "107 votes in favor and three abstentions", "107–0–3", "unanimously". */
export function findTallies(scan: Scan, hints: Hints = { digit: true, numberWord: true }): void {
  if (!VOTE_CONTEXT.test(scan.text)) return;
  if (!hints.digit && !hints.numberWord) {
    for (const m of matches(UNANIMOUS, scan.text)) emit<TallyMention>(scan, m.index, m.index + m[0].length, { kind: 'tally', unanimous: true, against: 0 });
    return;
  }
  // Each piece gives some of the counts: "107–0–3" all three, "three abstentions" one.
  const parts: { counts: Counts; start: number; end: number }[] = [];
  for (const m of matches(DASHED, scan.text)) {
    const end = m.index + m[0].length;
    if (!isFree(scan, m.index, end)) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    parts.push({ counts: { for: a, against: b, ...(c === undefined ? {} : { abstain: c }) }, start: m.index, end });
  }
  for (const m of /votes?\s+to/iu.test(scan.text) ? matches(VOTES_TO, scan.text) : []) {
    const end = m.index + m[0].length;
    const [a, b] = [numberValue(m[1] ?? ''), numberValue(m[2] ?? '')];
    if (a === undefined || b === undefined || !isFree(scan, m.index, end)) continue;
    if (parts.some((p) => p.start < end && m.index < p.end)) continue;
    parts.push({ counts: { for: a, against: b }, start: m.index, end });
  }
  for (const [key, word, re] of PARTS) {
    if (!word.test(scan.text)) continue;
    for (const m of matches(re, scan.text)) {
      const end = m.index + m[0].length;
      const raw = (m[1] ?? '').toLowerCase();
      const value = raw === 'nobody' || raw.startsWith('no ') ? 0 : numberValue(raw);
      if (value === undefined || !isFree(scan, m.index, end)) continue;
      if (parts.some((p) => p.start < end && m.index < p.end)) continue;
      parts.push({ counts: { [key]: value }, start: m.index, end });
    }
  }
  parts.sort((x, y) => x.start - y.start);
  // Pieces close together make one tally ("413 votes to 15 with three abstentions"); a count given twice starts another.
  let group: typeof parts = [];
  const flush = (): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last) emit<TallyMention>(scan, first.start, last.end, { kind: 'tally', ...Object.assign({}, ...group.map((p) => p.counts)) as Counts });
    group = [];
  };
  for (const p of parts) {
    const prev = group[group.length - 1];
    const clash = group.some((g) => Object.keys(g.counts).some((k) => k in p.counts));
    if (prev && (clash || p.start - prev.end > 40)) flush();
    group.push(p);
  }
  flush();
  for (const m of matches(UNANIMOUS, scan.text)) {
    if (isFree(scan, m.index, m.index + m[0].length)) emit<TallyMention>(scan, m.index, m.index + m[0].length, { kind: 'tally', unanimous: true, against: 0 });
  }
}
