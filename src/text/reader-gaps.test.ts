// The reader gaps found on texts beyond the corpus: footnote marks, vote counts in words, Markdown datelines.
import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';
import { findIsoDates } from './dates.js';
import type { Mention } from './mention.js';
import { findNoise } from './noise.js';
import { findQuantities } from './quantities.js';
import { newScan } from './scan.js';
import { splitSentences } from './sentences.js';
import { findTallies } from './tallies.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

function read(text: string): Mention[] {
  const scan = newScan(text, 0, text.length, undefined);
  findNoise(scan);
  findIsoDates(scan);
  findTallies(scan);
  findQuantities(scan);
  return scan.out;
}

describe('footnote marks', () => {
  it('end a sentence after the mark, which stays with the sentence it ends', () => {
    expect(texts('Lithuania was a State Party.[1] The Seimas voted on 8 May 2025.')).toEqual(['Lithuania was a State Party.[1]', 'The Seimas voted on 8 May 2025.']);
    expect(texts('It left the Convention.² Then Latvia followed.')).toEqual(['It left the Convention.²', 'Then Latvia followed.']);
    expect(texts('It has 160 parties.[12]\nNext line.')).toEqual(['It has 160 parties.[12]', 'Next line.']);
  });

  it('are not counts', () => {
    expect(read('Lithuania was a State Party.[1]').filter((m) => m.kind === 'number')).toEqual([]);
    expect(read('More than 160 states[3] are parties.').filter((m) => m.kind === 'number').map((m) => m.kind === 'number' && m.value)).toEqual([160]);
  });

  it('do not split a link or a decimal', () => {
    expect(texts('See [the report](https://example.org/a.b) for 1.5 million mines. Done.')).toHaveLength(2);
  });
});

describe('vote counts in words', () => {
  const tally = (t: string) => read(t).find((m) => m.kind === 'tally');
  it.each([
    ['The Riigikogu backed the bill by 81 votes to one.', { text: '81 votes to one', for: 81, against: 1 }],
    ['Parliament approved it by eighty-one votes to two, with three abstentions.', { for: 81, against: 2, abstain: 3 }],
    ['The Saeima passed it by 66 votes to 14.', { for: 66, against: 14 }],
    ['The Sejm approved it by 413 votes to none.', { for: 413, against: 0 }],
  ])('%s', (text, expected) => expect(tally(text)).toMatchObject(expected));

  it('needs the word "votes" and a vote', () => {
    expect(tally('The vote went from one to two rounds.')).toBeUndefined();
    expect(tally('Ministers travelled by 2 cars to one meeting.')).toBeUndefined();
  });
});

describe('Markdown datelines', () => {
  it.each([
    ['*Press release, 11 July 2025*\n\nHelsinki – Finland deposited', '2025-07-11'],
    ['# Finland leaves\n\n_Press release, 11 July 2025_\n', '2025-07-11'],
    ['**Statement – 8 May 2025**\nThe Seimas voted', '2025-05-08'],
    ['*News release: July 11, 2025*', '2025-07-11'],
  ])('%j → %s', (text, date) => expect(findDateline(text)?.date).toBe(date));

  it('still ignores an event date in a sentence in italics', () => {
    expect(findDateline('*The parliament voted on 11 July 2025.*')).toBeUndefined();
    expect(findDateline('*Press release about the vote of 11 July 2025*')).toBeUndefined();
  });
});
