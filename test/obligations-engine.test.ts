import { describe, expect, it } from 'vitest';
import { type ObligationState, GRANT_DATE_NOT_RECORDED, obligationsOf } from '../src/domain/monitor/obligation-status.js';
import { shippedMonitorIndex } from './support/shipped.js';

// Expected values are the dates quoted by the sources in data/monitor/obligations.json and the
// treaty's rules (APMBC Art. 4: four years, Art. 5: ten years after entry into force for the state).

const index = shippedMonitorIndex();

function obligation(iso3: string, treatyId: string, ruleId: string, on: string): ObligationState {
  const found = obligationsOf(index, iso3, treatyId, on).find((o) => o.ruleId === ruleId);
  if (!found) throw new Error(`no ${ruleId} for ${iso3} on ${on}`);
  return found;
}

describe('obligation status from the Monitor record', () => {
  it("Cambodia's Art. 5 deadline: 2010-01-01 from entry into force, extended to 2020, 2025 and 2030", () => {
    const now = obligation('KHM', 'apmbc', 'mined_area_clearance', '2026-12-08');
    expect(now.originalDeadline).toBe('2010-01-01');
    expect(now.extensions.map((e) => e.deadline)).toEqual(['2020-01-01', '2025-12-31', '2030-12-31']);
    expect(now).toMatchObject({ currentDeadline: '2030-12-31', status: 'pending', since: '2025-12' });
    // "The decision sets December 31, 2030, as Cambodia's revised target" (Asia News Network, 2025-12-08).
    expect(now.sources[0]?.citation.quote).toContain('December 31, 2030');
    expect(now.sources[0]?.source?.url).toBe('https://asianews.network/?p=244039');
    // The 2020 and 2025 grants are undated in the record: counted from the deadline each extends, flagged.
    expect(now.notes).toContain(GRANT_DATE_NOT_RECORDED);
    expect(now.extensions.slice(0, 2).map((e) => [e.knownFrom, e.dateNote])).toEqual([['2010-01-01', GRANT_DATE_NOT_RECORDED], ['2020-01-01', GRANT_DATE_NOT_RECORDED]]);
    expect(obligation('KHM', 'apmbc', 'mined_area_clearance', '2015-06-01')).toMatchObject({ currentDeadline: '2020-01-01', status: 'pending' });
    // The Geneva meeting of 1-5 December 2025 is dated to the month: known from its last day.
    expect(obligation('KHM', 'apmbc', 'mined_area_clearance', '2025-12-15')).toMatchObject({ currentDeadline: '2025-12-31', status: 'pending' });
    expect(obligation('KHM', 'apmbc', 'mined_area_clearance', '2026-01-01').currentDeadline).toBe('2030-12-31');
  });

  it("Ukraine's Art. 4 deadline (1 June 2010) passed: missed, as the ISU and the Monitor say", () => {
    const art4 = obligation('UKR', 'apmbc', 'stockpile_destruction', '2026-12-08');
    expect(art4).toMatchObject({ originalDeadline: '2010-06-01', currentDeadline: '2010-06-01', status: 'missed', since: '2010-06-01', extensions: [] });
    const quotes = art4.sources.map((s) => s.citation.quote).join('\n');
    expect(quotes).toContain("On 1 June 2010, Ukraine's deadline for the destruction of its stockpiled anti-personnel mines passed.");
    expect(quotes).toContain('must redouble their efforts to complete destruction of their stocks');
    expect(obligation('UKR', 'apmbc', 'stockpile_destruction', '2010-05-31')).toMatchObject({ status: 'pending' });
  });

  it("Ukraine's Art. 5 deadline: missed on 1 June 2016, then extended to 1 December 2033", () => {
    expect(obligation('UKR', 'apmbc', 'mined_area_clearance', '2020-01-01')).toMatchObject({ originalDeadline: '2016-06-01', status: 'missed', since: '2016-06-01' });
    const now = obligation('UKR', 'apmbc', 'mined_area_clearance', '2026-12-08');
    expect(now).toMatchObject({ status: 'pending', currentDeadline: '2033-12-01', since: '2023-11' });
    expect(now.history.map((h) => h.kind)).toEqual(['in_breach', 'in_breach', 'extension_granted']);
  });

  it("a completion: the United Kingdom's Art. 5 on 14 November 2020, Chile's on 27 February 2020", () => {
    expect(obligation('GBR', 'apmbc', 'mined_area_clearance', '2020-11-13')).toMatchObject({ status: 'pending', currentDeadline: '2024-03-01' });
    const uk = obligation('GBR', 'apmbc', 'mined_area_clearance', '2026-12-08');
    expect(uk).toMatchObject({ status: 'met', since: '2020-11-14', originalDeadline: '2009-03-01' });
    expect(uk.sources[0]?.citation.quote).toContain('as of 14 November 2020, it had fulfilled its obligations under Article 5');
    expect(obligation('CHL', 'apmbc', 'mined_area_clearance', '2026-12-08')).toMatchObject({ status: 'met', since: '2020-02-27', currentDeadline: '2020-03-01' });
  });

  it('a passed deadline with nothing later is unknown, never missed; an obligation nobody sourced is unknown', () => {
    // Chad: extended to 1 January 2014 (12MSP); the record holds no later grant or completion.
    const chad = obligation('TCD', 'apmbc', 'mined_area_clearance', '2026-12-08');
    expect(chad).toMatchObject({ status: 'unknown', currentDeadline: '2014-01-01', since: '2014-01-02' });
    const austria = obligationsOf(index, 'AUT', 'apmbc', '2026-12-08');
    expect(austria.find((o) => o.ruleId === 'mined_area_clearance')).toMatchObject({ status: 'unknown', since: null });
    expect(austria.find((o) => o.ruleId === 'stockpile_destruction')?.status).toBe('unknown');
    expect(austria.some((o) => o.status === 'missed')).toBe(false);
  });

  it('no obligation where a source says so (Iraq held no stockpile, 31 July 2008)', () => {
    expect(obligation('IRQ', 'apmbc', 'stockpile_destruction', '2026-12-08')).toMatchObject({ status: 'no_obligation', since: '2008-07-31' });
  });

  it('new contamination reopens a completed obligation (Mozambique 2016); disputed sources stay marked (Jordan)', () => {
    expect(obligation('MOZ', 'apmbc', 'mined_area_clearance', '2015-12-31')).toMatchObject({ status: 'met', since: '2015-09-17' });
    const moz = obligation('MOZ', 'apmbc', 'mined_area_clearance', '2017-01-01');
    expect(moz.status).toBe('unknown');
    expect(moz.notes).toContain('reopened: new contamination found 2016');
    expect(obligation('JOR', 'apmbc', 'mined_area_clearance', '2013-06-01')).toMatchObject({ status: 'met', since: '2012', disputed: true });
    expect(obligation('JOR', 'apmbc', 'mined_area_clearance', '2015-06-01')).toMatchObject({ status: 'unknown', disputed: true });
  });

  it('the annual report is met by the report covering the year before (Thailand, 2019, submitted 30 April 2020)', () => {
    expect(obligation('THA', 'apmbc', 'annual_report', '2020-04-30')).toMatchObject({ status: 'met', since: '2020-04-30', currentDeadline: '2020-04-30' });
    expect(obligation('THA', 'apmbc', 'annual_report', '2020-05-01')).toMatchObject({ status: 'pending', currentDeadline: '2021-04-30' });
  });

  it('owes nothing before entry into force or to a non-party (Myanmar)', () => {
    expect(obligationsOf(index, 'KHM', 'apmbc', '1999-12-31')).toEqual([]);
    expect(obligationsOf(index, 'MMR', 'apmbc', '2026-12-08')).toEqual([]);
  });
});
