// The compiled CLI on a fresh SQLite file, across all treaties: the counts the depositary's pages
// state, Lithuania's standing under every treaty, and `matrix` in its three formats and on bad input.
import { describe, expect, it } from 'vitest';
import { cli, preparedDb } from './support/cli.js';
import { referenceRows } from './support/shipped.js';
import { PAGE_DATE, TREATY_PAGES, type PageTreaty, page, pageStanding } from './support/treaty-pages.js';

const env = { TREATYWATCH_DB: preparedDb() };
const run = (...args: string[]) => cli(args, env);
async function json<T>(...args: string[]): Promise<T> {
  const r = await run(...args, '--json');
  if (r.code !== 0) throw new Error(`treatywatch ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
interface Counts { parties_deposited: number; parties_in_force: number }
interface Standing { treatyId: string; treatyName: string; status: { status: string; since: string | null } }
interface MatrixJson {
  on: string;
  treaties: { id: string; inForce: boolean; counts: Counts; waitingFor?: { required: number; deposited: number; missing: { iso3: string }[] } }[];
  states: { iso3: string; statuses: Record<string, { status: string; since: string | null }> }[];
}

describe('status <treaty> --on 2026-02-03 gives each page\'s count of parties', () => {
  for (const t of Object.keys(TREATY_PAGES) as PageTreaty[]) {
    it(`${t}: ${page(t).counts.parties}`, async () => {
      const s = await json<{ counts: Counts }>('status', t, '--on', PAGE_DATE);
      expect(s.counts.parties_deposited).toBe(page(t).counts.parties);
    });
  }
  it('ctbt: the 178 ratifications wait, none in force, and the matrix says the treaty is not in force and for whom it waits', async () => {
    expect((await json<{ counts: Counts }>('status', 'ctbt', '--on', PAGE_DATE)).counts).toMatchObject({ parties_deposited: 178, parties_in_force: 0 });
    const text = (await run('status', 'ctbt', '--on', PAGE_DATE)).stdout;
    expect(text).toContain('The CTBT itself is not in force on 2026-02-03');
    expect(text).toMatch(/States Parties: 178 counting deposits, 0 in force/);
    expect((await run('status', 'att', '--on', PAGE_DATE)).stdout).not.toContain('not in force');
    const ctbt = (await json<MatrixJson>('matrix', '--on', PAGE_DATE, '--treaties', 'ctbt')).treaties[0];
    expect(ctbt).toMatchObject({ id: 'ctbt', inForce: false, waitingFor: { required: 44, deposited: 35 } });
    expect(ctbt?.waitingFor?.missing).toHaveLength(9);
  });

  it('ctbt status names what the treaty waits for: the Annex 2 States without a ratification, as the reference derives them from the page', async () => {
    // treaty-articles-more.md, "Annex 2 status (derived from the UNTC-4 table, 03-02-2026)": six signed only, three not signed.
    const signedOnly = ['CHN', 'EGY', 'IRN', 'ISR', 'RUS', 'USA'];
    const notSigned = ['PRK', 'IND', 'PAK'];
    const status = await json<{ waitingFor?: { required: number; deposited: number; missing: { iso3: string; status: string }[] } }>('status', 'ctbt', '--on', PAGE_DATE);
    expect(status.waitingFor).toMatchObject({ required: 44, deposited: 35 });
    const missing = new Map(status.waitingFor?.missing.map((m) => [m.iso3, m.status]));
    expect([...missing.keys()].sort()).toEqual([...signedOnly, ...notSigned].sort());
    for (const iso3 of signedOnly) expect(missing.get(iso3), iso3).toBe('signatory');
    for (const iso3 of notSigned) expect(missing.get(iso3), iso3).toBe('not_joined');
    expect((await run('status', 'ctbt', '--on', PAGE_DATE)).stdout).toMatch(/Art\. XIV needs the instruments of all 44 States it lists: 35 have deposited; still missing: China \(signatory\),.*Pakistan \(not joined\), Russia \(signatory\), United States \(signatory\)\./);
    expect((await json<{ waitingFor?: unknown }>('status', 'att', '--on', PAGE_DATE)).waitingFor).toBeUndefined();
  });
});

describe('state Lithuania', () => {
  const apmbc = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
  const ccm = referenceRows('ccm-states.csv').find((r) => r.iso3 === 'LTU');

  it('lists all eight treaties: out of the APMBC and the CCM, in the CCW, CWC, CTBT (not in force) and ATT, never in the TPNW', async () => {
    const profile = await json<{ treaties: Standing[] }>('state', 'Lithuania', '--on', PAGE_DATE);
    const by = new Map(profile.treaties.map((t) => [t.treatyId, t.status]));
    expect(by.get('apmbc')).toMatchObject({ status: 'withdrawn', since: apmbc?.withdrawal_effective });
    expect(by.get('ccm')).toMatchObject({ status: 'withdrawn', since: ccm?.withdrawal_effective });
    expect([apmbc?.withdrawal_effective, ccm?.withdrawal_effective]).toEqual(['2025-12-27', '2025-03-06']);
    for (const t of Object.keys(TREATY_PAGES) as PageTreaty[]) {
      const row = page(t).participants.find((p) => p.name === 'Lithuania');
      const want = row ? pageStanding(page(t), row) : 'not_joined';
      const got = by.get(t)?.status ?? 'missing';
      expect(want === 'parties' ? ['party', 'deposited'] : [want], `${t}: ${got}`).toContain(got);
    }
    expect([by.get('ccw')?.status, by.get('cwc')?.status, by.get('ctbt')?.status, by.get('att')?.status, by.get('tpnw')?.status]).toEqual(['party', 'party', 'deposited', 'party', 'not_joined']);
  });
  it('the text profile names every treaty', async () => {
    const r = await run('state', 'Lithuania', '--on', PAGE_DATE);
    expect(r.code, r.stderr).toBe(0);
    for (const name of ['APMBC', 'CCM', 'ENMOD', 'CCW', 'CWC', 'CTBT', 'ATT', 'TPNW']) expect(r.stdout).toMatch(new RegExp(`^${name}: `, 'm'));
  });
});

describe('matrix', () => {
  it('a table of every state × the eight treaties that fits 80 columns, the counts, and what the CTBT waits for', async () => {
    const r = await run('matrix', '--on', PAGE_DATE);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('iso3'));
    expect(header?.split(/\s+/)).toEqual(['iso3', 'state', 'APMBC', 'CCM', 'ENMOD', 'CCW', 'CWC', 'CTBT', 'ATT', 'TPNW']);
    expect(lines.find((l) => l.startsWith('LTU'))?.split(/\s{2,}/).slice(2)).toEqual(['W', 'W', 'P', 'P', 'P', 'D', 'P', '-']);
    expect(lines.find((l) => l.startsWith('RUS'))?.split(/\s{2,}/)[7]).toBe('S*');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
    expect(r.stdout.replace(/\n/g, ' ')).toMatch(/CTBT is not in force on 2026-02-03: Art\. XIV needs the instruments of all 44 States it lists; 35 have deposited, 9 have not/);
    expect(r.stdout).toMatch(/^ATT\s+yes\s+117\s+117\s+/m);
  });
  it('--json: each state\'s status under each treaty, the counts, and --protocols adds the CCW Protocols', async () => {
    const m = await json<MatrixJson>('matrix', '--on', PAGE_DATE, '--protocols');
    expect(m.treaties.map((t) => t.id)).toEqual(['apmbc', 'ccm', 'enmod', 'ccw', 'ccw-p1', 'ccw-p2', 'ccw-p3', 'ccw-p4', 'ccw-ap2', 'ccw-art1', 'ccw-p5', 'cwc', 'ctbt', 'att', 'tpnw']);
    expect(m.states).toHaveLength(197);
    expect(m.states.find((s) => s.iso3 === 'USA')?.statuses.att).toMatchObject({ status: 'not_joined', since: '2019-07-18' });
    expect(m.states.find((s) => s.iso3 === 'LTU')?.statuses['ccw-p2']?.status).toBe('not_joined');
  });
  it('--csv: a header and one line per state, a status and a since column per treaty', async () => {
    const r = await run('matrix', '--on', PAGE_DATE, '--csv', '--treaties', 'Ottawa Convention,tpnw');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('iso3,name,apmbc,apmbc_since,tpnw,tpnw_since');
    expect(lines).toHaveLength(198);
    expect(lines.find((l) => l.startsWith('AUT,'))).toBe('AUT,Austria,party,1999-03-01,party,2021-01-22');
  });
  it('refuses a bad date or an unknown treaty with exit code 2 and a stable code, printing nothing on stdout', async () => {
    const bad = await run('matrix', '--on', '2026-02-30');
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/invalid_date/);
    const unknown = await run('matrix', '--treaties', 'ctbt,Warsaw Pact', '--json');
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(JSON.parse(unknown.stderr)).toMatchObject({ error: { code: 'unknown_treaty', field: 'treaties' } });
  });
});
