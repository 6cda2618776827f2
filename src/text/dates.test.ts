import { describe, expect, it } from 'vitest';
import { findDates, findIsoDates } from './dates.js';
import { findDurations } from './durations.js';
import type { DateMention, Mention } from './mention.js';
import { findNoise } from './noise.js';
import { findQuantities } from './quantities.js';
import { newScan } from './scan.js';
import { findTallies } from './tallies.js';

function read(text: string, reference?: string): Mention[] {
  const scan = newScan(text, 0, text.length, reference);
  findNoise(scan);
  findIsoDates(scan);
  findTallies(scan);
  findDates(scan);
  findDurations(scan);
  findQuantities(scan);
  return scan.out.sort((a, b) => a.start - b.start);
}

const dates = (text: string, reference?: string): DateMention[] => read(text, reference).filter((m): m is DateMention => m.kind === 'date');
const brief = (d: DateMention): string => `${d.text}|${d.value}|${d.precision}${d.qualifier ? `|${d.qualifier}` : ''}${d.yearInferred ? '|inferred' : ''}`;

describe('dates and their precision', () => {
  it('reads days, months, years and decades', () => {
    expect(dates('On 8 May 2025, the parliament voted').map(brief)).toEqual(['8 May 2025|2025-05-08|day|on']);
    expect(dates('on May 8, 2025 the Seimas').map(brief)).toEqual(['May 8, 2025|2025-05-08|day|on']);
    expect(dates('Lithuania joined the convention in 2004.').map(brief)).toEqual(['2004|2004|year|in']);
    expect(dates('In July 2024, the Lithuanian parliament').map(brief)).toEqual(['July 2024|2024-07|month|in']);
    expect(dates('from its peak in the late 1990s').map(brief)).toEqual(['late 1990s|1990s|decade|in']);
    expect(dates('Policy Director from 2005-2015').map(brief)).toEqual(['2005-2015|2005/2015|range|from']);
    expect(dates('deposited on 2025-06-27').map(brief)).toEqual(['2025-06-27|2025-06-27|day|on']);
    expect(dates('completed by 2016').map(brief)).toEqual(['2016|2016|year|by']);
    expect(dates('the only users as of 2023 were').map(brief)).toEqual(['2023|2023|year|as of']);
  });

  it('gives the days a date can mean', () => {
    const [late] = dates('in the late 1990s');
    expect([late?.earliest, late?.latest]).toEqual(['1997-01-01', '1999-12-31']);
    const [march] = dates('In March 2025 the ministers met');
    expect([march?.earliest, march?.latest]).toEqual(['2025-03-01', '2025-03-31']);
  });

  it('reads dates without a year against the reference date, and marks them', () => {
    expect(dates('a joint statement on 18 March', '2025-03-26').map(brief)).toEqual(['18 March|2025-03-18|day|on|inferred']);
    expect(dates('will take effect in March.', '2025-01-17').map(brief)).toEqual(['March|2025-03|month|in|inferred']);
    // Without a reference the year is unknown: no date, but "16" is not a count either.
    expect(read('approved the withdrawal on 16 April.')).toEqual([]);
  });

  it('reads relative dates as news does: "last July" is in the past, "on Monday" the last Monday', () => {
    expect(dates('supported it last July', '2025-01-17').map(brief)).toEqual(['last July|2024-07|month']);
    expect(dates('told journalists on Monday', '2025-01-17').map((d) => d.value)).toEqual(['2025-01-13']);
    expect(dates('Last week, he said', '2025-01-17').map((d) => [d.earliest, d.latest])).toEqual([['2025-01-06', '2025-01-12']]);
    expect(dates('earlier this year', '2025-05-09').map((d) => d.value)).toEqual(['2025']);
  });

  it('does not take vote tallies, clock times, people or verbs for dates', () => {
    expect(dates('The Seimas voted 107 to 0 with 3 abstentions')).toEqual([]);
    expect(dates('The bill passed 107–0–3.')).toEqual([]);
    expect(dates('The meeting starts at 5 pm', '2025-03-26')).toEqual([]);
    expect(dates('April Smith said the withdrawal may march on', '2025-03-26')).toEqual([]);
    expect(dates('2000 people were killed')).toEqual([]);
  });

  it('reads spans of time', () => {
    expect(read('will take effect in six months').filter((m) => m.kind === 'duration')).toMatchObject([{ amount: 6, unit: 'months', qualifier: 'in' }]);
    expect(read('not later than 180 days after').filter((m) => m.kind === 'duration')).toMatchObject([{ amount: 180, unit: 'days' }]);
    expect(read('a six-month period')).toMatchObject([{ kind: 'duration', amount: 6, unit: 'months' }]);
    expect(read('within a decade')).toMatchObject([{ kind: 'duration', amount: 10, unit: 'years' }]);
    expect(read('two years ago', '2025-01-01').filter((m) => m.kind === 'duration')).toEqual([]);
  });
});
