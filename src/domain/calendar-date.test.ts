import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { addDays, addMonths, daysBetween, datesBetween, firstDayOfMonthAfter, parseIsoDate, parsePartialDate, rangeOf } from './calendar-date.js';

// temporal-polyfill (a dev dependency only) is the independent oracle for our calendar arithmetic.
const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const plain = (d: string) => Temporal.PlainDate.from(d);

describe('calendar dates', () => {
  it('addMonths agrees with Temporal (constrained to the month end)', () => {
    fc.assert(fc.property(day, fc.integer({ min: -240, max: 240 }), (d, n) => {
      expect(addMonths(d, n)).toBe(plain(d).add({ months: n }, { overflow: 'constrain' }).toString());
    }), { numRuns: 2000 });
  });
  it('addDays and daysBetween agree with Temporal', () => {
    fc.assert(fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
      const later = addDays(d, n);
      expect(later).toBe(plain(d).add({ days: n }).toString());
      expect(daysBetween(d, later)).toBe(n);
    }), { numRuns: 2000 });
  });
  it('firstDayOfMonthAfter lands on the first of the month', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 24 }), (d, n) => {
      expect(firstDayOfMonthAfter(d, n)).toBe(plain(d).with({ day: 1 }).add({ months: n }).toString());
    }));
  });
  it('parseIsoDate accepts exactly the days Temporal accepts', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      let valid = true;
      try { Temporal.PlainDate.from(text, { overflow: 'reject' }); } catch { valid = false; }
      expect(parseIsoDate(text).ok).toBe(valid);
    }), { numRuns: 3000 });
  });
  it('partial dates keep their precision and cover their whole span', () => {
    expect(parsePartialDate('2026')).toEqual({ ok: true, value: { value: '2026', precision: 'year' } });
    expect(rangeOf({ value: '2024-02', precision: 'month' })).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(rangeOf({ value: '2026', precision: 'year' })).toEqual({ earliest: '2026-01-01', latest: '2026-12-31' });
    expect(parsePartialDate('2025-13').ok).toBe(false);
  });
  it('datesBetween steps without drifting', () => {
    expect(datesBetween('2025-01-31', '2025-05-31', 'month')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(datesBetween('1997-12-03', '2026-12-31', 'year')).toHaveLength(30);
    expect(datesBetween('2025-01-01', '2025-12-31', 'day')).toHaveLength(365);
  });
});
