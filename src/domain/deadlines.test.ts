import { describe, expect, it } from 'vitest';
import { shippedIndex } from '../../test/support/shipped.js';
import { deadlinesOf } from './deadlines.js';

const index = shippedIndex();
const due = (iso3: string, treatyId: string, ruleId: string, on = '2026-11-23') => deadlinesOf(index, iso3, treatyId, on).find((d) => d.ruleId === ruleId);

describe('deadlines from the rules and each state\'s entry into force', () => {
  it('Equatorial Guinea\'s initial Art. 7 report was due 1999-08-28 (in force 1999-03-01 + 180 days)', () => {
    expect(due('GNQ', 'apmbc', 'initial_report')?.due).toBe('1999-08-28');
  });
  it('Belarus (in force 2004-03-01): stockpile destruction by 2008-03-01, as the Monitor states', () => {
    expect(due('BLR', 'apmbc', 'stockpile_destruction')).toMatchObject({ due: '2008-03-01', extendable: false });
  });
  it('clearance: ten years after entry into force, extendable, for states with mined areas', () => {
    expect(due('UKR', 'apmbc', 'mined_area_clearance')).toMatchObject({ due: '2016-06-01', extendable: true });
  });
  it('a withdrawn state owes nothing more; a state not yet in force owes no annual report yet', () => {
    for (const d of deadlinesOf(index, 'LTU', 'apmbc', '2026-11-23')) expect(d.state).toBe('not_owed');
    expect(due('MHL', 'apmbc', 'annual_report', '2025-03-26')?.state).toBe('not_owed');
    expect(due('MHL', 'apmbc', 'initial_report', '2025-03-26')).toMatchObject({ due: '2026-02-28', state: 'upcoming' });
  });
  it('CCM: stockpiles within eight years of entry into force (Lithuania, in force 2011-09-01)', () => {
    expect(due('LTU', 'ccm', 'stockpile_destruction', '2015-01-01')).toMatchObject({ due: '2019-09-01', state: 'upcoming' });
  });
});
