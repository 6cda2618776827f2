// Who left, or stepped back from, a treaty since 2019 (issue 8's journalist), across all treaties:
// expected values from ../shared/reference (README.md's depositary notifications, treaty-articles-more.md).
import { describe, expect, it } from 'vitest';
import { departures } from '../src/domain/departures.js';
import { cli, tempDb } from './support/cli.js';
import { shippedIndex } from './support/shipped.js';

const index = shippedIndex();

describe('departures (domain)', () => {
  const list = departures(index, '2019-01-01', '2026-11-23');
  const line = (d: (typeof list)[number]) => [d.event.date.value, d.iso3, d.treatyId, d.event.kind, d.event.details?.notification ?? null, d.effect?.date ?? null];

  it('since 2019: the US notice on the ATT, Russia\'s withdrawn CTBT ratification, Lithuania\'s CCM withdrawal, the five APMBC withdrawals and Ukraine\'s notice', () => {
    expect(list.map(line)).toEqual([
      ['2019-07-18', 'USA', 'att', 'intent_not_to_become_party', null, null],
      ['2023-11-03', 'RUS', 'ctbt', 'ratification_withdrawn', null, null],
      ['2024-09-06', 'LTU', 'ccm', 'withdrawal', 'C.N.347.2024.TREATIES-XXVI-6', '2025-03-06'],
      ['2025-06-27', 'EST', 'apmbc', 'withdrawal', 'C.N.360.2025.TREATIES-XXVI-5', '2025-12-27'],
      ['2025-06-27', 'LVA', 'apmbc', 'withdrawal', 'C.N.361.2025.TREATIES-XXVI-5', '2025-12-27'],
      ['2025-06-27', 'LTU', 'apmbc', 'withdrawal', 'C.N.362.2025.TREATIES-XXVI-5', '2025-12-27'],
      ['2025-07-10', 'FIN', 'apmbc', 'withdrawal', 'C.N.372.2025.TREATIES-XXVI-5', '2026-01-10'],
      ['2025-07-18', 'UKR', 'apmbc', 'suspension_notice', null, null],
      ['2025-08-20', 'POL', 'apmbc', 'withdrawal', 'C.N.421.2025.TREATIES-XXVI-5', '2026-02-20'],
    ]);
  });
  it('Russia\'s date rests on an unverified fact (the depositary\'s receipt); the US notice is the depositary\'s own', () => {
    expect(list.find((d) => d.iso3 === 'RUS')?.event.verified).toBe(false);
    expect(list.find((d) => d.iso3 === 'USA')?.event.sources[0]?.sourceId).toBe('untc-xxvi-8');
  });
  it('takes a window and a list of treaties', () => {
    expect(departures(index, '2019-01-01', '2024-12-31', ['ctbt', 'att']).map((d) => d.iso3)).toEqual(['USA', 'RUS']);
    expect(departures(index, '2019-07-19', '2023-11-02')).toEqual([]);
  });
});

describe('treatywatch departures', () => {
  const env = { TREATYWATCH_DB: tempDb() };
  it('lists them with the depositary notification, or says it is not known', async () => {
    expect((await cli(['init'], env)).code).toBe(0);
    const r = await cli(['departures', '--since', '2019-01-01', '--until', '2024-12-31'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2019-07-18 .+ATT\s+will not become a party\s+not known$/m);
    expect(r.stdout).toMatch(/^2023-11-03\* .+CTBT\s+ratification withdrawn\s+not known$/m);
    expect(r.stdout).toMatch(/^2024-09-06 .+CCM\s+withdrawal\s+2025-03-06\s+C\.N\.347\.2024$/m);
    const j = JSON.parse((await cli(['departures', '--since', '2019-01-01', '--treaties', 'Arms Trade Treaty', '--json'], env)).stdout) as { departures: { iso3: string; notification: string | null; sources: { id: string }[] }[] };
    expect(j.departures.map((d) => [d.iso3, d.notification, d.sources[0]?.id])).toEqual([['USA', null, 'untc-xxvi-8']]);
  });
  it('refuses a window that ends before it starts, and a missing --since', async () => {
    const r = await cli(['departures', '--since', '2025-01-01', '--until', '2024-01-01'], env);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/invalid_range/);
    expect((await cli(['departures'], env)).code).toBe(2);
  });
});
