import { describe, expect, it } from 'vitest';
import { matchDate } from './dates-match.js';
import { holds, holdsOver } from './tolerance.js';

describe('hedges set the tolerance', () => {
  it.each([
    [{ value: 165 }, 165, true],
    [{ value: 165 }, 164, false],
    [{ value: 160, hedge: 'more_than' as const }, 165, true],
    [{ value: 160, hedge: 'more_than' as const }, 160, false],
    [{ value: 85, hedge: 'at_least' as const }, 85, true],
    [{ value: 170, hedge: 'nearly' as const }, 166, true],
    [{ value: 170, hedge: 'nearly' as const }, 170, false],
    [{ value: 170, hedge: 'nearly' as const }, 150, false],
    [{ value: 30, hedge: 'some' as const }, 31, true],
    [{ value: 30, hedge: 'some' as const }, 33, false],
    [{ value: 163, hedge: 'about' as const }, 161, true],
    [{ value: 150, upTo: 160 }, 155, true],
    [{ value: 150, upTo: 160 }, 161, false],
  ])('%j holds for %d: %s', (claimed, value, ok) => expect(holds(claimed, value)).toBe(ok));

  it('over a range: all, none or some', () => {
    expect(holdsOver({ value: 160, hedge: 'more_than' }, 161, 162)).toBe(true);
    expect(holdsOver({ value: 165 }, 161, 162)).toBe(false);
    expect(holdsOver({ value: 162 }, 161, 162)).toBeUndefined();
  });
});

describe('dates as claimed against dates of the record', () => {
  const claimed = (earliest: string, latest: string, extra: object = {}) => ({ text: '', precision: 'year' as const, earliest, latest, ...extra });
  it('a year holds a day in it; a day elsewhere does not', () => {
    expect(matchDate(claimed('2003-01-01', '2003-12-31'), '2003-05-12')).toBe('yes');
    expect(matchDate(claimed('2004-01-01', '2004-12-31'), '2003-11-01')).toBe('no');
  });
  it('an imprecise record date may be unsure', () => {
    expect(matchDate(claimed('2026-01-12', '2026-01-12'), { value: '2026', precision: 'year' })).toBe('unsure');
  });
  it('without a known year, month and day are compared', () => {
    const march = { text: 'March', precision: 'month' as const, earliest: '2027-03-01', latest: '2027-03-31', yearInferred: true, yearUnknown: true };
    expect(matchDate(march, '2025-03-06')).toBe('yes');
    expect(matchDate(march, '2025-04-06')).toBe('no');
  });
});

describe('round figures', () => {
  it('"160 states" holds for what rounds to 160; "165" only for 165; percentages as written', () => {
    expect(holds({ value: 160 }, 164)).toBe(true);
    expect(holds({ value: 160 }, 165)).toBe(false);
    expect(holds({ value: 160 }, 155)).toBe(true);
    expect(holds({ value: 165 }, 166)).toBe(false);
    expect(holds({ value: 40 }, 37, false)).toBe(false);
  });
});
