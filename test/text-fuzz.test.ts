import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, readText } from '../src/text/index.js';
import { shippedIndex } from './support/shipped.js';

const gazetteer = buildGazetteer(shippedIndex());

// Words chosen to stress every finder: numbers, dates, tallies, hedges, names, quotes, abbreviations.
const VOCAB = [
  '165', '107', '–', '-', '—', '0', '3', 'to', 'votes', 'in', 'favour', 'against', 'abstentions', 'more', 'than', 'nearly', 'half', 'three-fifths',
  '85%', '84', '%', 'per', 'cent', 'March', 'May', '8', '2025', '2003', '1990s', 'late', 'last', 'week', 'Monday', 'six', 'months', 'U.S.', 'EU',
  'NATO', 'Lithuania’s', 'the', 'Convention', 'Ottawa', 'Treaty', 'states', 'bordering', 'Russia', 'Baltic', '“', '”', '"', '.', ',', '\n', '\n\n',
  'Mr.', 'Art.', '20(3)', '+41', '22', 'http://x.org/1', 'a@b.co', 'out', 'of', '141', 'at', 'least', 'unanimously', 'Seimas', '(', ')', '*', '#',
];

function check(text: string): void {
  const r = readText(text, gazetteer, { reference: '2025-05-09' });
  for (const s of r.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of s.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

describe('random and hostile text', () => {
  it('never crashes and every offset is right, on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)), { numRuns: 300 });
  });

  it('never crashes on word soup made of the reader’s own triggers', () => {
    const soup = fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(soup, (text) => check(text)), { numRuns: 500 });
  });
});

// Hostile inputs, each made of a repeated unit; the time to read 4× the text must grow like 4×, not 16×.
const HOSTILE: Record<string, string> = {
  dots: '.',
  dashes: '1–',
  digits: '7',
  commas: '1,',
  'open quotes': '“',
  newlines: '\n',
  abbreviations: 'Mr. ',
  'number words': 'one hundred and ',
  'vote words': 'voted 1 in favour 2 against 3 abstentions ',
  'votes in words': 'voted by eighty-one votes to one votes to ',
  footnotes: 'a Party.[1] ',
  months: 'March ',
  'treaty words': 'the Convention treaty convention ',
  names: 'United States of America ',
  hedges: 'more than ',
  'long word': 'x',
  'no spaces': 'a.b',
};

// The fastest of seven runs of each size, the two sizes taken in turn so that both meet the same
// garbage collector and JIT: those only ever add time.
function fastest(small: string, large: string): [number, number] {
  let [a, b] = [Infinity, Infinity];
  const run = (text: string): number => {
    const t = performance.now();
    readText(text, gazetteer, { reference: '2025-05-09' });
    return performance.now() - t;
  };
  for (let i = 0; i < 7; i += 1) {
    a = Math.min(a, run(small));
    b = Math.min(b, run(large));
  }
  return [a, b];
}

describe('linear time', () => {
  for (const [name, unit] of Object.entries(HOSTILE)) {
    it(`${name}: 4× the text takes about 4× the time`, () => {
      const small = unit.repeat(Math.ceil(50_000 / unit.length));
      const large = unit.repeat(Math.ceil(200_000 / unit.length));
      const [a, b] = fastest(small, large);
      // Linear is 4×; quadratic would be 16×. Allow for timer noise on small figures.
      expect(b / Math.max(a, 2), `${a.toFixed(1)} ms → ${b.toFixed(1)} ms`).toBeLessThan(10);
    });
  }
});
