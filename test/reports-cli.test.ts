import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBackends } from './support/backends.js';
import { cli } from './support/cli.js';
import { casualtyRows, referencePrimeMinister } from './support/people.js';
import { referenceRows } from './support/shipped.js';

const backends = await cliBackends('reports_cli');
afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

const LONG = (iso: string): string => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const ltu = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
const lm2024 = casualtyRows().find((r) => r.report === 'Landmine Monitor 2024');
const lm2025 = casualtyRows().find((r) => r.report === 'Landmine Monitor 2025');
const n = (x: string | undefined): string => Number(x).toLocaleString('en');

/** Every footnote mark has a definition and every definition is used. */
function footnotesComplete(md: string): void {
  const body = md.split('\n').filter((l) => !/^\[\^\d+\]:/.test(l)).join('\n');
  const used = new Set([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]));
  const defined = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]));
  expect(used.size).toBeGreaterThan(10);
  expect([...used].sort()).toEqual([...defined].sort());
}

/** The Markdown line that starts with `| label |` in the key facts box. */
const factRow = (md: string, label: string): string => md.split('\n').find((l) => l.startsWith(`| ${label}`)) ?? '';

describe.each(backends.map((b) => [b.name, b] as const))('generated reports on %s', (_name, backend) => {
  const run = (...args: string[]) => cli(args, backend.env);
  beforeAll(async () => expect((await run('init')).code).toBe(0));

  it('media-pack LTU --on 2025-03-26: the facts of that day, each footnoted', async () => {
    const r = await run('media-pack', 'LTU', '--on', '2025-03-26');
    expect(r.code, r.stderr).toBe(0);
    const md = r.stdout;
    footnotesComplete(md);
    expect(factRow(md, 'Status on 26 March 2025')).toMatch(new RegExp(`party since ${LONG(ltu?.entry_into_force ?? '')}\\[\\^\\d+\\]`));
    expect(factRow(md, 'Instrument of ratification')).toMatch(new RegExp(`${LONG(ltu?.deposit ?? '')}\\[\\^\\d+\\]`));
    // The Marshall Islands became the 165th State Party on 2025-03-12 (treaty-articles.md); in force for them only from 2025-09-01.
    expect(factRow(md, 'States Parties')).toMatch(/^\| States Parties \| 165\[\^\d+\]\[\^\d+\] counting deposits .*; 164\[\^\d+\] with the treaty in force/);
    expect(factRow(md, 'Casualties')).toContain(`${n(lm2024?.total_casualties)} casualties in ${lm2024?.year ?? ''}`);
    expect(factRow(md, 'Casualties')).toMatch(new RegExp(`civilians were ${lm2024?.civilian_share_pct ?? ''}%\\[\\^\\d+\\].* of casualties whose civilian/military status was known; children were ${lm2024?.child_share_pct ?? ''}%`));
    expect(factRow(md, 'Withdrawal process')).toMatch(/regional joint statement \(18 March 2025\[\^\d+\]/);
    expect(md).not.toMatch(/APMBC took effect|Withdrawal took effect/);
    expect(md).toMatch(/6 March 2025\[\^\d+\].* — withdrawal from the CCM takes effect/);
    expect(md).toMatch(/\| Tamar Gabelnick\[\^\d+\] \| .* \| English, French \| Vilnius, 31 March 2025 – 1 April 2025/);
    expect(md).toContain('media@icblcmc.org');
    expect(md).toMatch(/states 85% civilians, 40% children, citing Landmine Monitor 2024\[\^\d+\]\[\^\d+\]; Landmine Monitor 2024 gives 84% civilians, 37% children for 2023/);
  });

  it('media-pack LTU for today: the withdrawal took effect on 27 December 2025', async () => {
    const md = (await run('media-pack', 'LTU')).stdout;
    footnotesComplete(md);
    expect(md).toMatch(new RegExp(`Lithuania's withdrawal from the APMBC took effect on ${LONG(ltu?.withdrawal_effective ?? '')}\\[\\^\\d+\\]`));
    expect(factRow(md, 'Withdrawal took effect')).toMatch(/27 December 2025\[\^\d+\]/);
    expect(factRow(md, 'Casualties')).toContain(`${n(lm2025?.total_casualties)} casualties in ${lm2025?.year ?? ''}`);
    expect(md).toMatch(/World-Today-News and Jauns\.lv state that 86 votes were needed.*the rule gives 85\./);
  });

  it('media-pack --json gives the document; bad input is refused', async () => {
    const doc = JSON.parse((await run('media-pack', 'Lithuania', '--on', '2025-03-26', '--json')).stdout) as { doc: { kind: string; on: string; blocks: unknown[] } };
    expect(doc.doc).toMatchObject({ kind: 'media_pack', on: '2025-03-26' });
    expect((await run('media-pack', 'Atlantis')).stderr).toMatch(/unknown_state/);
    expect((await run('media-pack', 'LTU', '--format', 'docx')).stderr).toMatch(/invalid_format/);
    expect((await run('media-pack', 'LTU', '--on', '2025-13-01')).code).toBe(2);
  });

  it('letter --to "Prime Minister of Lithuania": the holder on each date (officials.csv), with the CC line', async () => {
    const jan = await run('letter', '--to', 'Prime Minister of Lithuania', '--on', '2025-01-17');
    expect(jan.code, jan.stderr).toBe(0);
    footnotesComplete(jan.stdout);
    expect(referencePrimeMinister('2025-01-17')).toBe('Gintautas Paluckas');
    expect(jan.stdout).toMatch(/^H\.E\. Mr\. Gintautas Paluckas\[\^\d+\]/m);
    expect(jan.stdout).toContain('Dear Prime Minister Paluckas,');
    expect(jan.stdout).toContain('Via: lrv.kanceliarija@lrv.lt; gintautas.paluckas@lrv.lt');
    expect(jan.stdout).toMatch(/^CC: H\.E\. Mr\. Darius Staniulis, Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Lithuania to the United Nations in Geneva/m);
    const oct = await run('letter', '--to', 'PM of Lithuania', '--on', '2025-10-01', '--format', 'md');
    expect(referencePrimeMinister('2025-10-01')).toBe('Inga Ruginienė');
    expect(oct.stdout).toMatch(/^H\.E\. Inga Ruginienė\[\^\d+\]/m);
    expect(oct.stdout).toContain('Dear Prime Minister Ruginienė,');
    expect(oct.stdout).not.toContain('paluckas@');
    expect(oct.stdout).toMatch(/last confirmed in post on 2025-01-17: check/);
    const aug = JSON.parse((await run('letter', '--to', 'Prime Minister of Lithuania', '--on', '2025-08-20', '--json')).stdout) as { addressee: { person: string; acting: boolean } };
    expect(aug.addressee).toMatchObject({ person: referencePrimeMinister('2025-08-20'), acting: true });
  });

  it('letter: an unknown post or a date nobody held it is refused (exit 2)', async () => {
    expect((await run('letter', '--to', 'King of Lithuania')).stderr).toMatch(/\[unknown_post\] \(to\)/);
    const vacant = await run('letter', '--to', 'Prime Minister of Lithuania', '--on', '2010-01-01');
    expect([vacant.code, vacant.stderr]).toEqual([2, expect.stringMatching(/post_vacant/)]);
    expect((await run('letter')).stderr).toMatch(/\[missing_field\] \(to\)/);
  });

  it('briefing: standing under every treaty, office holders on the day, votes, chart', async () => {
    const md = (await run('briefing', 'Lithuania', '--on', '2025-06-01')).stdout;
    footnotesComplete(md);
    expect(md).toMatch(/\| Prime Minister of Lithuania \| Gintautas Paluckas(\[\^\d+\])+ \| 12 December 2024 \|/);
    expect(md).toMatch(/8 May 2025: Seimas of the Republic of Lithuania — 107 for, 0 against, 3 abstained \(141 seats\)\[\^\d+\]/);
    expect(md).toMatch(/Required: 85 \(at least 3\/5 of all 141 members = 84\.6 → 85\)/);
    const html = (await run('briefing', 'Lithuania', '--on', '2025-06-01', '--format', 'html')).stdout;
    expect(html).toMatch(/<figure class="chart" role="img"[^>]*><svg/);
  });
});
