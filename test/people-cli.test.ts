import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBackends } from './support/backends.js';
import { cli } from './support/cli.js';
import { referencePrimeMinister, shippedPeopleData } from './support/people.js';

const backends = await cliBackends('people_cli');
afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

describe.each(backends.map((b) => [b.name, b] as const))('the people commands on %s', (_name, backend) => {
  const run = (...args: string[]) => cli(args, backend.env);
  const json = async <T>(...args: string[]): Promise<T> => {
    const r = await run(...args, '--json');
    if (r.code !== 0) throw new Error(`treatywatch ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  };
  beforeAll(async () => {
    const r = await run('init', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { people: { persons: number } }).people.persons).toBe(shippedPeopleData().persons.length);
  });

  it('init loads the workspace once', async () => {
    const again = await json<{ people: Record<string, number> }>('init');
    expect(Object.values(again.people).every((n) => n === 0)).toBe(true);
  });

  it('person: the posts held, with the one held on the date', async () => {
    type P = { person: { name: string }; tenures: { post?: string; start: string | null; end: string | null; onDate: string; sources: unknown[] }[] };
    const p = await json<P>('person', 'Paluckas', '--on', '2025-01-17');
    expect(p.person.name).toBe('Gintautas Paluckas');
    expect(p.tenures).toContainEqual(expect.objectContaining({ post: 'Prime Minister of Lithuania', start: '2024-12-12', end: '2025-08-04', onDate: 'holds' }));
    expect((await json<P>('person', 'Paluckas', '--on', '2025-10-01')).tenures.every((t) => t.onDate === 'no')).toBe(true);
    expect((await run('person', 'Nobody Atall')).stderr).toMatch(/unknown_person/);
  });

  it('statements: the positions timeline, in date order, each with a quote and a source', async () => {
    type S = { statements: { date: string; speaker: string; stance: string; quote: string; sources: unknown[] }[] };
    const s = await json<S>('statements', 'Lithuania', '--treaty', 'apmbc');
    expect(s.statements.length).toBeGreaterThan(10);
    for (const x of s.statements) expect(x.sources.length).toBeGreaterThan(0);
    expect(s.statements.find((x) => x.quote.includes('I believe that we should withdraw'))).toMatchObject({ speaker: referencePrimeMinister('2025-01-15'), stance: 'supports' });
    expect((await json<S>('statements', 'LTU', '--on', '2025-01-31')).statements.every((x) => !x.date.startsWith('2025-05'))).toBe(true);
  });

  it('votes: 107–0–3 against the 3/5 rule (85), the stated 86 kept and marked; the 2024 CCM counts in dispute', async () => {
    type V = { votes: { date: string; counts: { yes: number; no: number; abstain?: number }; seats: number; required: number | null; outcome: string; thresholds: { votes: number; agreesWithRule: boolean | null }[]; otherCounts: unknown[] }[] };
    const v = await json<V>('votes', 'Lithuania');
    const ottawa = v.votes.find((x) => x.date === '2025-05-08');
    expect(ottawa).toMatchObject({ counts: { yes: 107, no: 0, abstain: 3 }, seats: 141, required: 85, outcome: 'adopted' });
    expect(ottawa?.thresholds.map((t) => [t.votes, t.agreesWithRule])).toEqual([[85, true], [86, false]]);
    const ccm = v.votes.find((x) => x.date === '2024-07-18');
    expect(ccm?.counts.yes).toBe(103);
    expect(ccm?.otherCounts.length).toBe(2);
    expect((await run('votes', 'Lithuania')).stdout).toMatch(/stated threshold: 86 — DISAGREES with the rule \(85\)/);
  });

  it('spokespeople: nobody who speaks Polish is in Vilnius on 2025-04-01 (and the answer says why); three English speakers are', async () => {
    const polish = await run('spokespeople', '--language', 'Polish', '--place', 'Vilnius', '--on', '2025-04-01');
    expect(polish.code).toBe(0);
    expect(polish.stdout).toMatch(/No spokesperson in the record speaks Polish and is in Vilnius and on 2025-04-01/);
    expect(polish.stdout).toMatch(/Kasia Derlicka-Rosenbauer speaks Polish, but the record places them nowhere/);
    type S = { spokespeople: { name: string }[] };
    expect((await json<S>('spokespeople', '--language', 'en', '--place', 'vilnius', '--on', '2025-04-01')).spokespeople.map((s) => s.name).sort()).toEqual(['Darvin Lisica', 'Per Nergaard', 'Tamar Gabelnick']);
    expect((await json<S>('spokespeople', '--place', 'Vilnius', '--on', '2025-04-02')).spokespeople).toEqual([]);
    expect((await run('spokespeople', '--on', '2025-02-30')).stderr).toMatch(/invalid_date/);
  });

  it('engagements: the letter went to the post, resolved to its holder that day, with the CC and the follow-up', async () => {
    type E = { engagements: { id: string; kinds: string[]; to: string[]; cc: string[]; followUps: unknown[] }[] };
    const log = await json<E>('engagements', '--state', 'LTU');
    const letter = log.engagements.find((e) => e.kinds.includes('letter'));
    expect(letter?.to).toEqual([`Prime Minister of Lithuania (${referencePrimeMinister('2025-01-17') ?? ''})`]);
    expect(letter?.cc[0]).toMatch(/Darius Staniulis/);
    expect(letter?.followUps.length).toBe(1);
  });

  it('pipeline: on 2025-05-08 Lithuania has voted and not deposited', async () => {
    type B = { rows: { iso3: string; reached: string; cells: Record<string, { date: string } | null> }[] };
    const b = await json<B>('pipeline', 'apmbc', '--on', '2025-05-08');
    expect(b.rows.find((r) => r.iso3 === 'LTU')).toMatchObject({ reached: 'parliamentary_vote', cells: { parliamentary_vote: { date: '2025-05-08' }, deposit: null } });
  });

  it('casualties: the figures out by the date, and the documents that differ', async () => {
    type C = { latestReport: { name: string }; series: { year: number; total: number }[]; claims: { civilianPercent: number; civilianAgrees: boolean | null }[] };
    const c = await json<C>('casualties', '--on', '2025-03-26');
    expect(c.latestReport.name).toBe('Landmine Monitor 2024');
    expect(c.series.at(-1)).toMatchObject({ year: 2023, total: 5757 });
    expect(c.claims.find((x) => x.civilianPercent === 85)?.civilianAgrees).toBe(false);
    expect((await json<C>('casualties')).series.at(-1)).toMatchObject({ year: 2024, total: 6279 });
  });

  it('add-engagement: a letter to a post is logged; one to a post nobody holds that day is refused with nothing written', async () => {
    const before = (await json<{ engagements: unknown[] }>('engagements')).engagements.length;
    const base = ['add-engagement', '--kind', 'letter', '--from', 'Tamar Gabelnick', '--to', 'Prime Minister of Lithuania', '--state', 'LTU', '--summary', 'Follow-up', '--source-url', 'https://example.org/letter-2', '--source-title', 'Letter', '--publisher', 'ICBL'];
    const vacant = await run(...base, '--date', '2015-06-01');
    expect([vacant.code, vacant.stderr]).toEqual([2, expect.stringMatching(/post_vacant.*engagements\[.*\]\.to\[0\]\.postId/)]);
    expect((await json<{ engagements: unknown[] }>('engagements')).engagements.length).toBe(before);
    const ok = await run(...base, '--date', '2025-10-01');
    expect(ok.code, ok.stderr).toBe(0);
    const log = (await json<{ engagements: { to: string[] }[] }>('engagements')).engagements;
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)?.to).toEqual([`Prime Minister of Lithuania (${referencePrimeMinister('2025-10-01') ?? ''})`]);
  });

  it('import-people: each bad input is refused with a stable code and exit 2, and nothing is written', async () => {
    const data = shippedPeopleData();
    const vote = data.votes[0];
    const statement = data.statements[0];
    const sp = data.spokespeople[0];
    const m = data.memberships.find((x) => x.id === 'm-ltu-prime-minister-inga-ruginiene');
    const cases: [string, object, RegExp][] = [
      ['counts', { votes: [{ ...vote, id: 'v-x', counts: { yes: 150, no: 0, abstain: 0 } }] }, /counts_exceed_seats/],
      ['source', { statements: [{ ...statement, id: 's-x', sources: [] }] }, /source_required/],
      ['overlap', { memberships: [{ ...m, id: 'm-x', personId: 'gintautas-paluckas', start: '2025-11-01' }] }, /overlapping_holders/],
      ['window', { spokespeople: [{ ...sp, id: 'sp-x', availability: [{ from: '2025-05-02', to: '2025-05-01', place: 'Riga', sources: sp?.sources }] }] }, /availability_ends_before_start/],
      ['typo', { persons: [{ ...data.persons[0], id: 'x', nmae: 'X' }] }, /unknown_key.*persons\[x\]\.nmae/],
      ['shape', { persons: [{ id: 'y' }] }, /missing_field/],
    ];
    const before = await json<{ engagements: unknown[] }>('engagements');
    const votesBefore = await json<{ votes: unknown[] }>('votes', 'LTU');
    for (const [name, body, code] of cases) {
      const file = join(tmpdir(), `tw-import-${process.pid}-${name}.json`);
      writeFileSync(file, JSON.stringify({ ...body, engagements: [{ ...data.engagements[0], id: `e-${name}` }] }));
      const r = await run('import-people', file);
      expect([r.code, r.stderr], name).toEqual([2, expect.stringMatching(code)]);
    }
    expect(await json<{ engagements: unknown[] }>('engagements')).toEqual(before);
    expect(await json<{ votes: unknown[] }>('votes', 'LTU')).toEqual(votesBefore);
  });
});
