import { describe, expect, it } from 'vitest';
import { shippedIndex } from '../../test/support/shipped.js';
import { countsOn } from './counts.js';
import { statusMatrix } from './matrix.js';
import { requiredStatesOn } from './required-states.js';
import { statusOn } from './status-on.js';

const index = shippedIndex();

describe('statusMatrix', () => {
  const m = statusMatrix(index, '2026-02-03');
  const column = (id: string) => m.treaties.findIndex((t) => t.id === id);

  it('has every state (in name order) and every treaty (in the dataset\'s order) by default', () => {
    expect(m.states.map((r) => r.iso3)).toEqual(index.stateList.map((s) => s.iso3));
    expect(m.treaties.map((t) => t.id)).toEqual([...index.treaties.keys()]);
    for (const r of m.states) expect(r.cells).toHaveLength(m.treaties.length);
  });

  it('each cell is the state\'s status on the date, with since when and whether it rests on a verified event', () => {
    const ltu = m.states.find((r) => r.iso3 === 'LTU');
    expect(ltu?.cells[column('apmbc')]).toMatchObject({ status: 'withdrawn', since: '2025-12-27', verified: true });
    expect(ltu?.cells[column('ccm')]).toMatchObject({ status: 'withdrawn', since: '2025-03-06' });
    expect(ltu?.cells[column('tpnw')]).toEqual({ status: 'not_joined', since: null, verified: true, eventId: null });
    const rus = m.states.find((r) => r.iso3 === 'RUS')?.cells[column('ctbt')];
    expect(rus).toMatchObject({ status: 'signatory', verified: false, eventId: 'ctbt-RUS-ratification-withdrawn' });
    for (const [i, t] of m.treaties.entries()) {
      for (const r of m.states) expect(r.cells[i]?.status).toBe(statusOn(index.timelines.get(t.id)?.get(r.iso3), m.on).status);
    }
  });

  it('says whether each treaty is itself in force on the date: the CTBT never, the APMBC from 1 March 1999', () => {
    expect(m.treaties[column('ctbt')]?.inForce).toBe(false);
    expect(m.treaties[column('att')]?.inForce).toBe(true);
    expect(statusMatrix(index, '1999-02-28', ['apmbc']).treaties[0]?.inForce).toBe(false);
    expect(statusMatrix(index, '1999-03-01', ['apmbc']).treaties[0]?.inForce).toBe(true);
  });

  it('tallies each column as countsOn does', () => {
    for (const t of m.treaties) expect(t.counts).toEqual(countsOn(index, t.id, m.on));
  });

  it('takes a list of treaties (unknown ids left out) and keeps a protocol\'s parent and a treaty\'s unverified marks', () => {
    const some = statusMatrix(index, '2026-02-03', ['ccw-p1', 'nope', 'enmod']);
    expect(some.treaties.map((t) => [t.id, t.parentTreatyId, t.unverified.map((m) => m.path)])).toEqual([['ccw-p1', 'ccw', []], ['enmod', undefined, ['rules.entryIntoForce.quote']]]);
  });
});

describe('requiredStatesOn (CTBT Art. XIV, Annex 2)', () => {
  it('35 of the 44 have ratified on 2026-02-03; six have signed only, three have not signed', () => {
    const r = requiredStatesOn(index, 'ctbt', '2026-02-03');
    expect(r?.required).toBe(44);
    expect(r?.deposited).toHaveLength(35);
    expect(r?.missing.filter((s) => s.status === 'signatory').map((s) => s.iso3).sort()).toEqual(['CHN', 'EGY', 'IRN', 'ISR', 'RUS', 'USA']);
    expect(r?.missing.filter((s) => s.status === 'not_joined').map((s) => s.iso3).sort()).toEqual(['IND', 'PAK', 'PRK']);
  });
  it('Russia counted as ratified until it withdrew its ratification', () => {
    expect(requiredStatesOn(index, 'ctbt', '2023-11-02')?.missing.map((s) => s.iso3)).not.toContain('RUS');
  });
  it('is undefined for a treaty that names no states', () => {
    expect(requiredStatesOn(index, 'att', '2026-02-03')).toBeUndefined();
  });
});
