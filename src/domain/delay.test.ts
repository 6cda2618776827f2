import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { treaty } from '../../test/support/shipped.js';
import { applyDelay } from './delay.js';
import { addDays, firstDayOfMonthAfter, parseIsoDate } from './calendar-date.js';

// Worked examples from reference/treaty-articles.md: the treaties' own text applied to public records.
describe('the date rules, against the treaties\' worked examples', () => {
  const apmbc = treaty('apmbc');
  const ccm = treaty('ccm');
  const eif = apmbc.rules.entryIntoForce;
  const withdrawal = apmbc.rules.withdrawal;

  it('APMBC Art. 17(1): the 40th instrument on 1998-09-16 → in force 1999-03-01', () => {
    expect(applyDelay('1998-09-16', eif.initialDelay)).toBe('1999-03-01');
    expect(apmbc.entryIntoForce?.date).toBe('1999-03-01');
  });
  it('APMBC Art. 17(2): first day of the sixth month after the deposit', () => {
    expect(applyDelay('1998-10-08', eif.laterDelay)).toBe('1999-04-01');
    expect(applyDelay('2025-03-12', eif.laterDelay)).toBe('2025-09-01'); // Marshall Islands
    expect(applyDelay('2025-06-25', eif.laterDelay)).toBe('2025-12-01'); // Tonga
  });
  it('CCM Art. 17: Lithuania ratified 2011-03-24 → in force 2011-09-01; the treaty itself 2010-08-01', () => {
    expect(applyDelay('2011-03-24', ccm.rules.entryIntoForce.laterDelay)).toBe('2011-09-01');
    expect(applyDelay('2010-02-16', ccm.rules.entryIntoForce.initialDelay)).toBe('2010-08-01');
    expect(ccm.entryIntoForce?.date).toBe('2010-08-01');
  });
  it('Art. 20(3): six months after receipt of the instrument of withdrawal', () => {
    if (!withdrawal) throw new Error('APMBC has a withdrawal clause');
    expect(applyDelay('2025-06-27', withdrawal.notice)).toBe('2025-12-27'); // Estonia, Latvia, Lithuania
    expect(applyDelay('2025-07-10', withdrawal.notice)).toBe('2026-01-10'); // Finland
    expect(applyDelay('2025-08-20', withdrawal.notice)).toBe('2026-02-20'); // Poland
    expect(applyDelay('2024-09-06', ccm.rules.withdrawal?.notice ?? withdrawal.notice)).toBe('2025-03-06'); // Lithuania, CCM
    expect(withdrawal.armedConflict).toBe('deferred_until_conflict_ends');
  });
  it('Art. 7(1): Equatorial Guinea\'s initial report was due 1999-08-28 (in force 1999-03-01 + 180 days)', () => {
    const initial = apmbc.rules.deadlines.find((d) => d.kind === 'once' && d.period.unit === 'days');
    if (!initial || initial.kind !== 'once') throw new Error('APMBC has an initial-report deadline in days');
    expect(applyDelay('1999-03-01', initial.period)).toBe('1999-08-28');
  });
  it('every later entry into force is the first of a month, 5–6 months after the deposit (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1999-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
      const deposit = d.toISOString().slice(0, 10);
      const inForce = applyDelay(deposit, eif.laterDelay);
      expect(inForce.endsWith('-01')).toBe(true);
      expect(inForce).toBe(firstDayOfMonthAfter(deposit, 6));
      expect(inForce > addDays(deposit, 150)).toBe(true);
      expect(inForce <= addDays(deposit, 184)).toBe(true);
    }));
  });
  it('refuses impossible dates', () => {
    expect(parseIsoDate('2025-02-30').ok).toBe(false);
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2025-13-01').ok).toBe(false);
    expect(parseIsoDate('25-06-27').ok).toBe(false);
  });
});
