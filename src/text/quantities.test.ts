import { describe, expect, it } from 'vitest';
import type { Mention } from './mention.js';
import { parseNumberWords } from './number-words.js';
import { findNoise } from './noise.js';
import { findQuantities } from './quantities.js';
import { newScan } from './scan.js';

function quantities(text: string): Mention[] {
  const scan = newScan(text, 0, text.length, undefined);
  findNoise(scan);
  findQuantities(scan);
  return scan.out.sort((a, b) => a.start - b.start);
}

const pick = (m: Mention): Record<string, unknown> => {
  const { start: _s, end: _e, ...rest } = m;
  return rest;
};

describe('number words', () => {
  it.each([
    [['one', 'hundred', 'and', 'sixty', 'five'], 165],
    [['thirty', 'two'], 32],
    [['three'], 3],
    [['a'], undefined],
    [['dozen'], 12],
    [['two', 'thousand', 'and', 'one'], 2001],
    [['one', 'hundred', 'and', 'sixty', 'fifth'], 165],
    [['and'], undefined],
  ] as const)('%j → %s', (words, value) => expect(parseNumberWords(words)).toBe(value));
});

describe('numbers, percentages, fractions, ratios', () => {
  it('reads digits and words, with hedges', () => {
    expect(quantities('165 countries are onboard').map(pick)).toEqual([{ text: '165', kind: 'number', value: 165, form: 'digits' }]);
    expect(quantities('banned by more than 160 states').map(pick)).toEqual([{ text: 'more than 160', kind: 'number', value: 160, form: 'digits', hedge: 'more_than' }]);
    expect(quantities('thirty-two states have never joined').map(pick)).toEqual([{ text: 'thirty-two', kind: 'number', value: 32, form: 'words' }]);
    expect(quantities('nearly 170 states').map(pick)[0]).toMatchObject({ value: 170, hedge: 'nearly' });
    expect(quantities('some 30 states').map(pick)[0]).toMatchObject({ value: 30, hedge: 'some' });
    expect(quantities('165 or more states').map(pick)[0]).toMatchObject({ value: 165, hedge: 'at_least', text: '165 or more' });
    expect(quantities('5,757 casualties').map(pick)[0]).toMatchObject({ value: 5757 });
    expect(quantities('the 165th State Party').map(pick)[0]).toMatchObject({ value: 165, ordinal: true });
    expect(quantities('one hundred and sixty-five countries').map(pick)[0]).toMatchObject({ value: 165, text: 'one hundred and sixty-five' });
    expect(quantities('a dozen states').map(pick)[0]).toMatchObject({ value: 12 });
  });

  it('reads percentages in every spelling', () => {
    for (const [text, value] of [['85% of victims', 85], ['84 % of recorded', 84], ['90 per cent of casualties', 90], ['ninety percent', 90], ['(46%)', 46]] as const) {
      expect(quantities(text).filter((m) => m.kind === 'percent').map((m) => (m.kind === 'percent' ? m.value : 0)), text).toEqual([value]);
    }
    expect(quantities('fallen by over 75% from its peak')[0]).toMatchObject({ kind: 'percent', value: 75, hedge: 'more_than' });
  });

  it('reads fractions, but not ordinals or halves of a year', () => {
    expect(quantities('a three-fifths majority')[0]).toMatchObject({ kind: 'fraction', numerator: 3, denominator: 5 });
    expect(quantities('two thirds of members')[0]).toMatchObject({ kind: 'fraction', numerator: 2, denominator: 3 });
    expect(quantities('3/5 of all members')[0]).toMatchObject({ kind: 'fraction', numerator: 3, denominator: 5 });
    expect(quantities('nearly half (46%) of civilian casualties').map(pick)).toEqual([
      { text: 'nearly half', kind: 'fraction', numerator: 1, denominator: 2, hedge: 'nearly' },
      { text: '46%', kind: 'percent', value: 46 },
    ]);
    expect(quantities('the third country to leave').filter((m) => m.kind === 'fraction')).toEqual([]);
    expect(quantities('in the second half of the year').filter((m) => m.kind === 'fraction')).toEqual([]);
  });

  it('reads a part of a whole and ranges', () => {
    expect(quantities('the support of at least 86 out of 141 members').map(pick)).toEqual([{ text: 'at least 86 out of 141', kind: 'ratio', part: 86, whole: 141, hedge: 'at_least' }]);
    expect(quantities('between 150 and 160 states')[0]).toMatchObject({ kind: 'number', value: 150, upTo: 160 });
  });

  it('leaves phone numbers, document numbers, URLs and articles alone', () => {
    for (const text of ['Call +41 22 920 03 25 today', 'Decree No. 2281 of the Council', 'see https://example.org/2025/165-states', 'under Article 20(3) and Art. 17', 'notification C.N.362.2025.TREATIES-XXVI.5', 'mail media2025@icblcmc.org']) {
      expect(quantities(text).filter((m) => m.kind !== 'article'), text).toEqual([]);
    }
    expect(quantities('under Article 20(3)')[0]).toMatchObject({ kind: 'article', article: '20(3)' });
  });
});
