import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { referenceRows, shipped, shippedIndex, treaty } from '../../test/support/shipped.js';
import { openedOn } from './treaty.js';
import { countsOn, seriesOn } from './counts.js';
import { datesBetween } from './calendar-date.js';
import { indexRecord } from './record-index.js';
import { pendingChanges } from './pending.js';
import { statusOn } from './status-on.js';
import { buildTimeline } from './timeline.js';
import { groupStatus } from './group-status.js';
import type { TreatyEvent } from './event.js';
import { STATUSES } from './status.js';

const index = shippedIndex();
const status = (t: string, iso3: string, on: string) => statusOn(index.timelines.get(t)?.get(iso3), on).status;

describe('counts under both conventions at checkpoint dates', () => {
  it('APMBC 2024-12-01: 164 and 164 (the 164th was Palestine; no change 2018 → March 2025)', () => {
    const c = countsOn(index, 'apmbc', '2024-12-01');
    expect([c.parties_deposited, c.parties_in_force]).toEqual([164, 164]);
  });
  it('APMBC 2025-03-26: 165 counting deposits (Marshall Islands deposited 2025-03-12), 164 in force', () => {
    const c = countsOn(index, 'apmbc', '2025-03-26');
    expect([c.parties_deposited, c.parties_in_force]).toEqual([165, 164]);
    expect(status('apmbc', 'MHL', '2025-03-26')).toBe('deposited');
  });
  it('CCM on 2025-08-01: 111 States Parties (CMC, after Lithuania left on 2025-03-06)', () => {
    expect(countsOn(index, 'ccm', '2025-08-01').parties_deposited).toBe(111);
    expect(countsOn(index, 'ccm', '2025-03-05').parties_deposited).toBe(112);
  });

  // An independent oracle: count straight from the reference tables, with no rule applied.
  for (const [id, file] of [['apmbc', 'apmbc-states.csv'], ['ccm', 'ccm-states.csv']] as const) {
    it(`${id}: counts equal a naive count of the reference table on 300 dates`, () => {
      const rows = referenceRows(file);
      const dates = datesBetween(openedOn(treaty(id)).date, '2026-11-23', 'month');
      for (const on of dates) {
        // A succession counts from the day it takes effect (independence), which its deposit declares.
        const joined = (r: (typeof rows)[number]) => /^\d{4}-\d{2}-\d{2}$/.test(r.deposit) && (r.deposit <= on || (r.deposit_kind === 'succession' && r.entry_into_force <= on));
        const deposited = rows.filter((r) => joined(r) && !(r.withdrawal_effective && r.withdrawal_effective <= on)).length;
        const inForce = rows.filter((r) => r.entry_into_force && r.entry_into_force <= on && !(r.withdrawal_effective && r.withdrawal_effective <= on)).length;
        const c = countsOn(index, id, on);
        expect({ on, deposited: c.parties_deposited, inForce: c.parties_in_force }).toEqual({ on, deposited, inForce });
      }
    });
  }

  it('counts equal the sum of statuses, on any date (property)', () => {
    const days = datesBetween('1997-12-03', '2027-12-31', 'day');
    fc.assert(fc.property(fc.integer({ min: 0, max: days.length - 1 }), fc.constantFrom('apmbc', 'ccm'), (offset, t) => {
      const on = days[offset] ?? '2027-12-31';
      const c = countsOn(index, t, on);
      const total = STATUSES.reduce((n, s) => n + c.by_status[s], 0);
      expect(total).toBe(index.states.size);
      expect(c.parties_deposited).toBe(c.parties_in_force + c.by_status.deposited);
    }), { numRuns: 200 });
  });

  it('a series gives the same counts as asking day by day', () => {
    const dates = datesBetween('2024-06-01', '2026-06-01', 'day');
    const series = seriesOn(index, 'apmbc', dates);
    for (const [i, on] of dates.entries()) {
      if (i % 17 !== 0) continue;
      const c = countsOn(index, 'apmbc', on);
      expect(series[i]).toMatchObject({ date: on, parties_in_force: c.parties_in_force, parties_deposited: c.parties_deposited });
    }
  });
});

describe('the 2025 withdrawals and Ukraine', () => {
  it('Lithuania: party until its withdrawal took effect on 2025-12-27', () => {
    expect(status('apmbc', 'LTU', '2025-06-26')).toBe('party');
    expect(status('apmbc', 'LTU', '2025-06-27')).toBe('withdrawal_pending');
    expect(status('apmbc', 'LTU', '2025-12-26')).toBe('withdrawal_pending');
    expect(status('apmbc', 'LTU', '2025-12-27')).toBe('withdrawn');
    expect(status('ccm', 'LTU', '2025-03-06')).toBe('withdrawn');
    expect(status('ccm', 'LTU', '2025-03-05')).toBe('withdrawal_pending');
  });
  it('pending on 2025-09-01: the five withdrawals with their effect dates, Tonga\'s entry into force, Ukraine\'s disputed suspension', () => {
    const p = pendingChanges(index, 'apmbc', '2025-09-01');
    const by = Object.fromEntries(p.map((c) => [c.iso3, c]));
    expect(by.EST?.effectiveOn).toBe('2025-12-27');
    expect(by.LVA?.effectiveOn).toBe('2025-12-27');
    expect(by.LTU?.effectiveOn).toBe('2025-12-27');
    expect(by.FIN?.effectiveOn).toBe('2026-01-10');
    expect(by.POL?.effectiveOn).toBe('2026-02-20');
    expect(by.TON).toMatchObject({ kind: 'entry_into_force', effectiveOn: '2025-12-01' });
    expect(by.UKR).toMatchObject({ kind: 'disputed_suspension', effectiveOn: null });
    expect(by.MHL).toBeUndefined(); // in force on 2025-09-01 itself
  });
  it('Ukraine: a State Party with a disputed notice of suspension, counted as a party', () => {
    expect(status('apmbc', 'UKR', '2025-07-17')).toBe('party');
    expect(status('apmbc', 'UKR', '2025-07-18')).toBe('suspension_notified');
    expect(status('apmbc', 'UKR', '2026-11-23')).toBe('suspension_notified');
  });
  it('Lebanon: deposit known only to the year, so 2026 dates are uncertain, never padded into a day', () => {
    const on = statusOn(index.timelines.get('apmbc')?.get('LBN'), '2026-11-23');
    expect(on.status).toBe('not_joined');
    expect(on.possibly).toBe('deposited');
    expect(countsOn(index, 'apmbc', '2026-11-23').uncertain).toContain('LBN');
    expect(index.timelines.get('apmbc')?.get('LBN')?.entryIntoForce?.date).toBeNull();
  });
  it('NATO on 2026-11-23: every member but the US, Estonia, Finland, Latvia, Lithuania and Poland is in force', () => {
    const g = groupStatus(index, 'nato', 'apmbc', '2026-11-23');
    expect(g.members).toHaveLength(32);
    expect([...g.outside].sort()).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'POL', 'USA']);
    const march = groupStatus(index, 'nato', 'apmbc', '2025-03-26');
    expect(march.outside).toEqual(['USA']);
    expect(groupStatus(index, 'eu', 'apmbc', '2025-03-26').outside).toEqual([]);
  });
  it('the whole shipped log replays without a single refused sequence', () => {
    expect(index.problems).toEqual([]);
  });
});

describe('the armed-conflict clause, Art. 20(3)', () => {
  const apmbc = treaty('apmbc');
  const ev = (kind: TreatyEvent['kind'], date: string, treatyId: string | null = 'apmbc'): TreatyEvent => ({
    id: `t-${kind}-${date}`, iso3: 'XXX', treatyId, kind, date: { value: date, precision: 'day' }, sources: [{ sourceId: 'S3' }], verified: true, recordedBy: 'test', recordedAt: '2026-01-01T00:00:00Z',
  });
  const base = [ev('ratification', '2000-01-10'), ev('withdrawal', '2025-01-15')];
  it('without a conflict: effect six months after receipt', () => {
    const t = buildTimeline(apmbc, 'XXX', base);
    expect(t.ok && t.value.withdrawalEffect?.date).toBe('2025-07-15');
  });
  it('a conflict running when the notice expires holds the withdrawal back, open-ended', () => {
    const t = buildTimeline(apmbc, 'XXX', base, [{ began: '2024-02-24', eventIds: ['c'] }]);
    if (!t.ok) throw new Error(t.error.message);
    expect(t.value.withdrawalEffect?.date).toBeNull();
    expect(t.value.withdrawalEffect?.heldBack).toMatch(/armed conflict/);
    expect(statusOn(t.value, '2030-01-01').status).toBe('withdrawal_pending');
  });
  it('…and it takes effect when the conflict ends', () => {
    const t = buildTimeline(apmbc, 'XXX', base, [{ began: '2024-02-24', ended: '2026-03-01', eventIds: ['c', 'd'] }]);
    if (!t.ok) throw new Error(t.error.message);
    expect(t.value.withdrawalEffect?.date).toBe('2026-03-01');
    expect(statusOn(t.value, '2026-03-01').status).toBe('withdrawn');
  });
  it('a conflict that ended before the notice expired changes nothing', () => {
    const t = buildTimeline(apmbc, 'XXX', base, [{ began: '2024-02-24', ended: '2025-05-01', eventIds: ['c', 'd'] }]);
    expect(t.ok && t.value.withdrawalEffect?.date).toBe('2025-07-15');
  });
  it('refuses a withdrawal by a state that is not a party', () => {
    const t = buildTimeline(apmbc, 'XXX', [ev('signature', '1997-12-03'), ev('withdrawal', '2025-01-15')]);
    expect(t.ok ? 'ok' : t.error.code).toBe('withdrawal_by_non_party');
  });
});

describe('replaying the log', () => {
  const all = shipped();
  it('gives the same timelines whatever the order of events (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const events = [...all.events];
      let s = seed;
      for (let i = events.length - 1; i > 0; i -= 1) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [events[i], events[j]] = [events[j] as TreatyEvent, events[i] as TreatyEvent];
      }
      const shuffled = indexRecord({ ...all, events });
      for (const t of ['apmbc', 'ccm']) {
        for (const [iso3, tl] of index.timelines.get(t) ?? []) expect(shuffled.timelines.get(t)?.get(iso3)).toEqual(tl);
      }
    }), { numRuns: 5 });
  });
  it('every derived entry into force and withdrawal effect equals what the sources state', () => {
    for (const t of ['apmbc', 'ccm']) {
      for (const [iso3, tl] of index.timelines.get(t) ?? []) {
        expect({ iso3, t, eif: tl.entryIntoForce?.statedDisagrees, w: tl.withdrawalEffect?.statedDisagrees }).toEqual({ iso3, t, eif: undefined, w: undefined });
      }
    }
  });
});

describe('actions beyond deposit and withdrawal (rules as data, any treaty)', () => {
  const ev = (kind: TreatyEvent['kind'], date: string): TreatyEvent => ({
    id: `x-${kind}-${date}`, iso3: 'XXX', treatyId: 'apmbc', kind, date: { value: date, precision: 'day' }, sources: [{ sourceId: 'S3' }], verified: true, recordedBy: 'test', recordedAt: '2026-01-01T00:00:00Z',
  });
  const base = treaty('apmbc');
  // A treaty not yet in force, as the CTBT is: same rules, no entry-into-force milestone.
  const { entryIntoForce: _eif, ...notInForce } = base;
  it('a treaty not in force: deposits wait, with no date of entry into force', () => {
    const t = buildTimeline(notInForce, 'XXX', [ev('signature', '1997-12-03'), ev('ratification', '2000-05-27')]);
    if (!t.ok) throw new Error(t.error.message);
    expect(statusOn(t.value, '2026-01-01').status).toBe('deposited');
    expect(t.value.entryIntoForce?.date).toBeNull();
  });
  it('withdrawing a ratification before entry into force returns the state to signatory', () => {
    const t = buildTimeline(notInForce, 'XXX', [ev('signature', '1997-12-03'), ev('ratification', '2000-05-27'), ev('ratification_withdrawn', '2023-11-03')]);
    if (!t.ok) throw new Error(t.error.message);
    expect(statusOn(t.value, '2023-11-02').status).toBe('deposited');
    expect(statusOn(t.value, '2023-11-03')).toMatchObject({ status: 'signatory', cause: 'ratification_withdrawn' });
    expect(t.value.entryIntoForce).toBeUndefined();
  });
  it('a signatory that gives notice it will not become a party no longer counts as a signatory', () => {
    const t = buildTimeline(base, 'XXX', [ev('signature', '1997-12-03'), ev('intent_not_to_become_party', '2019-07-18')]);
    if (!t.ok) throw new Error(t.error.message);
    expect(statusOn(t.value, '2019-07-18')).toMatchObject({ status: 'not_joined', cause: 'intent_not_to_become_party' });
    const party = buildTimeline(base, 'XXX', [ev('ratification', '1999-01-05'), ev('intent_not_to_become_party', '2019-07-18')]);
    expect(party.ok ? 'ok' : party.error.code).toBe('not_a_signatory');
  });
  it('provisional application changes no status', () => {
    const t = buildTimeline(base, 'XXX', [ev('signature', '1997-12-03'), ev('provisional_application', '1998-01-05')]);
    expect(t.ok && statusOn(t.value, '1999-01-01').status).toBe('signatory');
  });
});
