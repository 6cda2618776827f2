import { describe, expect, it } from 'vitest';
import { findIsoDates } from './dates.js';
import type { Mention } from './mention.js';
import { findNoise } from './noise.js';
import { newScan } from './scan.js';
import { findTallies } from './tallies.js';

function tallies(text: string): Record<string, unknown>[] {
  const scan = newScan(text, 0, text.length, undefined);
  findNoise(scan);
  findIsoDates(scan);
  findTallies(scan);
  return scan.out.filter((m: Mention) => m.kind === 'tally').map(({ start: _s, end: _e, kind: _k, ...rest }) => rest);
}

describe('vote tallies', () => {
  it.each([
    ['The decision was passed by the Seimas with 107 votes in favor and three abstentions.', { text: '107 votes in favor and three abstentions', for: 107, abstain: 3 }],
    ['The Seimas passed it 107–0–3.', { text: '107–0–3', for: 107, against: 0, abstain: 3 }],
    ['The Saeima voted 66 in favour, 14 against, 2 abstentions.', { text: '66 in favour, 14 against, 2 abstentions', for: 66, against: 14, abstain: 2 }],
    ['107 members of the Seimas voted for the bill, three parliamentarians abstained', { for: 107, abstain: 3 }],
    ['The vote was 157-18 in favour of leaving.', { text: '157-18', for: 157, against: 18 }],
    ['The Sejm voted 413 to 15 with three abstentions.', { text: '413 to 15 with three abstentions', for: 413, against: 15, abstain: 3 }],
    ['107 in favour and none against, with only 3 lawmakers abstaining', { for: 107, against: 0, abstain: 3 }],
    ['24 lawmakers were absent from the vote', { absent: 24 }],
  ])('%s', (text, expected) => {
    expect(tallies(text)[0]).toMatchObject(expected);
  });

  it('reads "unanimously" as nobody against', () => {
    expect(tallies('the parliament unanimously voted to withdraw')).toEqual([{ text: 'unanimously', unanimous: true, against: 0 }]);
  });

  it('needs a vote: ranges, ages and days of a month are not tallies', () => {
    expect(tallies('The treaty covers 3 to 5 year periods.')).toEqual([]);
    expect(tallies('The parliament met on 16-17 April.')).toEqual([]);
    expect(tallies('Parliament members aged 18-25 voted')).toEqual([]);
    expect(tallies('A photo from 2022-11-05 of the vote')).toEqual([]);
    expect(tallies('Call +41 22 920 03 25 about the vote')).toEqual([]);
  });
});
