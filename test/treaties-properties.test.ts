// Properties of the temporal engine, run across every treaty of the shipped record (the APMBC, the
// CCM, the six further chapter XXVI treaties and the CCW Protocols): the order of events does not
// matter, counts equal the sum of statuses, and every derived entry into force follows its rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesBetween, maxDate, rangeOf } from '../src/domain/calendar-date.js';
import { countsOn, seriesOn } from '../src/domain/counts.js';
import { applyDelay } from '../src/domain/delay.js';
import { isDepositKind, type TreatyEvent } from '../src/domain/event.js';
import { statusMatrix } from '../src/domain/matrix.js';
import { indexRecord } from '../src/domain/record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES, STATUSES } from '../src/domain/status.js';
import { shipped, shippedIndex } from './support/shipped.js';

const all = shipped();
const index = shippedIndex();
const TREATIES = [...index.treaties.keys()];
const DAYS = datesBetween('1976-12-10', '2027-12-31', 'day');

describe('across all treaties', () => {
  it('covers the eight treaties and the CCW Protocols', () => {
    expect(TREATIES).toEqual(expect.arrayContaining(['apmbc', 'ccm', 'enmod', 'ccw', 'cwc', 'ctbt', 'att', 'tpnw', 'ccw-p1', 'ccw-p2', 'ccw-p3']));
    expect(index.problems).toEqual([]);
  });

  it('the order of events does not matter: a shuffled log gives the same timelines (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const events = [...all.events];
      let s = seed;
      for (let i = events.length - 1; i > 0; i -= 1) {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        const j = s % (i + 1);
        [events[i], events[j]] = [events[j] as TreatyEvent, events[i] as TreatyEvent];
      }
      const shuffled = indexRecord({ ...all, events });
      for (const t of TREATIES) expect(shuffled.timelines.get(t), t).toEqual(index.timelines.get(t));
    }), { numRuns: 3 });
  });

  it('counts equal the sum of statuses on any date, and the matrix tallies the same cells (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: DAYS.length - 1 }), (offset) => {
      const on = DAYS[offset] ?? '2027-12-31';
      const m = statusMatrix(index, on);
      for (const [i, t] of m.treaties.entries()) {
        const c = countsOn(index, t.id, on);
        expect(t.counts, `${t.id} ${on}`).toEqual(c);
        expect(STATUSES.reduce((n, s) => n + c.by_status[s], 0)).toBe(index.states.size);
        const cells = m.states.map((r) => r.cells[i]?.status ?? 'not_joined');
        expect(c.parties_deposited).toBe(cells.filter((s) => DEPOSITED_STATUSES.includes(s)).length);
        expect(c.parties_in_force).toBe(cells.filter((s) => IN_FORCE_STATUSES.includes(s)).length);
      }
    }), { numRuns: 60 });
  });

  it('a yearly series gives the counts of each of its dates', () => {
    const dates = datesBetween('1977-01-01', '2027-01-01', 'year');
    for (const t of TREATIES) {
      const series = seriesOn(index, t, dates);
      for (const [i, on] of dates.entries()) {
        const c = countsOn(index, t, on);
        expect(series[i], `${t} ${on}`).toMatchObject({ parties_in_force: c.parties_in_force, parties_deposited: c.parties_deposited, signatories: c.signatories });
      }
    }
  });

  it('every derived entry into force follows its rule: the later of the treaty\'s own and the deposit plus the delay for a later State', () => {
    let checked = 0;
    for (const t of TREATIES) {
      const treaty = index.treaties.get(t);
      for (const [iso3, tl] of index.timelines.get(t) ?? []) {
        const d = tl.entryIntoForce;
        const deposit = d === undefined ? undefined : index.events.get(d.fromEventId);
        if (!treaty || !d || !deposit || !isDepositKind(deposit.kind) || deposit.effectiveFrom !== undefined) continue;
        if (!treaty.entryIntoForce) {
          expect(d.date, `${t} ${iso3}`).toBeNull();
          continue;
        }
        const r = rangeOf(deposit.date);
        if (r.earliest !== r.latest) continue;
        expect(d.date, `${t} ${iso3}`).toBe(maxDate(treaty.entryIntoForce.date, applyDelay(r.earliest, treaty.rules.entryIntoForce.laterDelay)));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
