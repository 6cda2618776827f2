import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, tempDb } from './support/cli.js';
import { referenceRows } from './support/shipped.js';

const db = tempDb();
const env = { TREATYWATCH_DB: db };
const run = (...args: string[]) => cli(args, env);
const json = async <T>(...args: string[]): Promise<T> => {
  const r = await run(...args, '--json');
  if (r.code !== 0) throw new Error(`treatywatch ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  const r = await run('init');
  expect(r.code, r.stderr).toBe(0);
});

describe('the CLI on a fresh SQLite file', () => {
  it('init is idempotent: a second run loads nothing new', async () => {
    expect((await json<{ loaded: Record<string, number> }>('init')).loaded).toEqual({ states: 0, treaties: 0, sources: 0, events: 0, memberships: 0, groups: 0 });
  });

  it('state Lithuania shows every date of both treaties, each with its sources', async () => {
    const r = await run('state', 'Lithuania');
    expect(r.code).toBe(0);
    const line = (date: string, words: RegExp) => r.stdout.split('\n').find((l) => l.trimStart().startsWith(date) && words.test(l));
    for (const [date, words] of [
      ['1999-02-26', /signature/], ['2003-05-12', /ratification/], ['2003-11-01', /entry into force/],
      ['2025-06-27', /withdrawal deposited/], ['2025-12-27', /withdrawal took effect/], ['2025-03-06', /withdrawal took effect/],
    ] as const) {
      expect(line(date, words), `${date} ${String(words)}`).toMatch(/\[\d+\]/);
    }
    expect(r.stdout).toMatch(/Sources\n\[1\] /);
    expect(r.stdout).toContain('C.N.362.2025');
  });

  it('state --json gives the same dates as the reference table, with sources on every event', async () => {
    type P = { treaties: { treatyId: string; events: { kind: string; date: { value: string }; sources: { url?: string }[] }[]; entryIntoForce: { date: string }; withdrawalEffect: { date: string } }[] };
    const p = await json<P>('state', 'LT');
    const row = referenceRows('apmbc-states.csv').find((x) => x.iso3 === 'LTU');
    const apmbc = p.treaties.find((t) => t.treatyId === 'apmbc');
    const date = (kind: string) => apmbc?.events.find((e) => e.kind === kind)?.date.value;
    expect([date('signature'), date('ratification'), apmbc?.entryIntoForce.date, date('withdrawal'), apmbc?.withdrawalEffect.date])
      .toEqual([row?.signature, row?.deposit, row?.entry_into_force, row?.withdrawal_deposit, row?.withdrawal_effective]);
    for (const e of apmbc?.events ?? []) expect(e.sources.length).toBeGreaterThan(0);
  });

  it('status --json has the counts under both conventions and every state with status, since and sources', async () => {
    type S = { counts: { parties_in_force: number; parties_deposited: number }; states: { iso3: string; name: string; status: string; since: string | null; sources: unknown[] }[] };
    const s = await json<S>('status', 'apmbc', '--on', '2025-03-26');
    expect([s.counts.parties_deposited, s.counts.parties_in_force]).toEqual([165, 164]);
    expect(s.states).toHaveLength(197);
    expect(s.states.find((x) => x.iso3 === 'MHL')).toMatchObject({ status: 'deposited', since: '2025-03-12' });
    expect(s.states.find((x) => x.iso3 === 'USA')).toMatchObject({ status: 'not_joined', since: null });
    for (const x of s.states.filter((y) => y.status !== 'not_joined')) expect(x.sources.length).toBeGreaterThan(0);
    const ottawa = await json<S>('status', 'Ottawa Convention', '--on', '2025-03-26');
    expect(ottawa.counts).toEqual(s.counts);
  });

  it('status --csv prints a header and one row per state', async () => {
    const r = await run('status', 'ccm', '--on', '2025-08-01', '--csv');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('iso3,state,status,since,sources');
    expect(lines).toHaveLength(198);
  });

  it('pending, group and series agree with the reference', async () => {
    type Pd = { pending: { iso3: string; effectiveOn: string | null }[] };
    const p = await json<Pd>('pending', 'apmbc', '--on', '2025-09-01');
    const effective = Object.fromEntries(p.pending.map((c) => [c.iso3, c.effectiveOn]));
    for (const row of referenceRows('apmbc-states.csv').filter((r) => r.withdrawal_deposit)) expect(effective[row.iso3]).toBe(row.withdrawal_effective);
    type G = { outside: string[]; members: unknown[] };
    const g = await json<G>('group', 'nato', 'apmbc', '--on', '2026-11-23');
    expect([...g.outside].sort()).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'POL', 'USA']);
    type Se = { points: { date: string; parties_deposited: number }[] };
    const series = await json<Se>('series', 'apmbc', '--from', '1997-12-03', '--to', '2026-12-31', '--every', 'year');
    expect(series.points).toHaveLength(30);
    expect(series.points.find((x) => x.date === '2024-12-03')?.parties_deposited).toBe(164);
  });

  it('unknown command or option: exit 2 with usage on stderr', async () => {
    const r = await run('stauts', 'apmbc');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});

// The tests above call the CLI in process; these start `node dist/bundle/treatywatch.js` itself, as a
// shell or a script would, for what only a real process shows: its exit status and its two streams.
describe('the bin as a process of its own', () => {
  it('exits 0 with the answer on stdout, 2 with a named error on stderr (JSON with --json), 2 with usage for an unknown command', () => {
    const ok = cliProcess(['status', 'apmbc', '--on', '2025-03-26', '--json'], env);
    expect([ok.code, (JSON.parse(ok.stdout) as { counts: { parties_deposited: number } }).counts.parties_deposited, ok.stderr]).toEqual([0, 165, '']);
    const bad = cliProcess(['state', 'Atlantis', '--json'], env);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: { code: 'unknown_state', field: 'state' } });
    const usage = cliProcess(['stauts', 'apmbc'], env);
    expect([usage.code, usage.stdout]).toEqual([2, '']);
    expect(usage.stderr).toMatch(/unknown command 'stauts'/);
  });
});

describe('writes: validated, sourced, append-only', () => {
  const source = ['--source-url', 'https://example.org/report', '--source-title', 'A report', '--publisher', 'Example'];
  const log = async () => (await run('export', '--format', 'json')).stdout;

  it('add-event records an event with its source and who recorded it; correct supersedes it and keeps the old one', async () => {
    const added = await json<{ recorded: { id: string; recordedBy: string }[] }>('add-event', '--state', 'Lebanon', '--treaty', 'apmbc', '--kind', 'statement_of_intent', '--date', '2025-11-01', ...source, '--quote', 'Lebanon intends to accede');
    const id = added.recorded[0]?.id ?? '';
    expect(added.recorded[0]?.recordedBy).toBe('tester');
    const corrected = await json<{ recorded: { id: string; supersedes: string; date: { value: string } }[] }>('correct', id, '--date', '2025-11-02', ...source);
    expect(corrected.recorded[0]).toMatchObject({ supersedes: id, date: { value: '2025-11-02' } });
    const exported = JSON.parse(await log()) as { events: { id: string }[] };
    expect(exported.events.map((e) => e.id)).toEqual(expect.arrayContaining([id, corrected.recorded[0]?.id]));
    const again = await run('correct', id, '--date', '2025-11-03', ...source);
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/already_superseded/)]);
  });

  const bad: [string, string[], RegExp][] = [
    ['an impossible date', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'signature', '--date', '2025-02-30', ...source], /invalid_date.*2025-02-30/],
    ['a date before the treaty opened', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'signature', '--date', '1996-05-01', ...source], /before_treaty_opened/],
    ['a withdrawal by a state that is not a party', ['--state', 'U.S.', '--treaty', 'apmbc', '--kind', 'withdrawal', '--date', '2025-05-01', ...source], /withdrawal_by_non_party/],
    ['an effect date before its deposit', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'accession', '--date', '2026-01-05', '--effect-date', '2025-12-01', ...source], /effect_before_deposit/],
    ['an unknown state', ['--state', 'Atlantis', '--treaty', 'apmbc', '--kind', 'signature', '--date', '2025-01-01', ...source], /unknown_state.*Atlantis/],
    ['an unknown treaty', ['--state', 'USA', '--treaty', 'cwc2', '--kind', 'signature', '--date', '2025-01-01', ...source], /unknown_treaty/],
    ['a duplicate event', ['--state', 'Lithuania', '--treaty', 'apmbc', '--kind', 'signature', '--date', '1999-02-26', ...source], /duplicate_event/],
    ['an event with no source', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'signature', '--date', '2025-01-01'], /invalid_input.*source_url/],
    ['a date in the future', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'accession', '--date', '2027-01-01', ...source], /date_in_future/],
    ['a very long quote', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'accession', '--date', '2026-01-05', ...source, '--quote', 'x'.repeat(100_000)], /invalid_input.*quote/],
    ['a very long state name', ['--state', 'A'.repeat(50_000), '--treaty', 'apmbc', '--kind', 'signature', '--date', '2025-01-01', ...source], /invalid_input.*state/],
    ['a control character', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'accession', '--date', '2026-01-05', ...source, '--note', 'a\u0007b'], /invalid_input.*note/],
    ['a kind that does not exist', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'annexation', '--date', '2026-01-05', ...source], /invalid_input.*kind/],
    ['a non-http source address', ['--state', 'USA', '--treaty', 'apmbc', '--kind', 'accession', '--date', '2026-01-05', '--source-url', 'javascript:alert(1)', '--source-title', 't', '--publisher', 'p'], /invalid_input.*source_url/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what}: exit 2, a named error, the database unchanged`, async () => {
      const before = await log();
      const r = await run('add-event', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.length).toBeLessThan(2000);
      expect(await log()).toBe(before);
    });
  }

  it('errors come as JSON on stderr with --json', async () => {
    const r = await run('add-event', '--state', 'Atlantis', '--treaty', 'apmbc', '--kind', 'signature', '--date', '2025-01-01', ...source, '--json');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'unknown_state', field: 'state' } });
  });

  it('hostile strings are stored as given and come back unchanged', async () => {
    const hostile = `'; DROP TABLE events; -- <script>alert("x")</script> \u202Eevil ☢ "quoted"`;
    const r = await json<{ recorded: { id: string }[] }>('add-event', '--state', 'Türkiye', '--treaty', 'ccm', '--kind', 'statement_of_intent', '--date', '2025-10-01', ...source, '--note', hostile, '--quote', hostile);
    const exported = JSON.parse(await log()) as { events: { id: string; note?: string; sources: { quote?: string }[] }[] };
    const e = exported.events.find((x) => x.id === r.recorded[0]?.id);
    expect(e?.note).toBe(hostile);
    expect(e?.sources[0]?.quote).toBe(hostile);
    expect((await run('status', 'ccm')).code).toBe(0);
  });
});

describe('import: all or nothing', () => {
  const dir = dirname(db);
  const header = 'state,treaty,kind,date,source_url,source_title,publisher,quote';
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const log = async () => (await run('export', '--format', 'json')).stdout;

  it('a good CSV is recorded row by row', async () => {
    const p = file('good.csv', `${header}\nMorocco,apmbc,statement_of_intent,2025-02-01,https://example.org/a,"A, with comma",Pub,"He said ""yes"""\nEgypt,ccm,statement_of_intent,2025-02-02,https://example.org/b,B,Pub,\n`);
    const r = await json<{ recorded: { iso3: string }[] }>('import', p);
    expect(r.recorded.map((e) => e.iso3)).toEqual(['MAR', 'EGY']);
  });

  const broken: [string, string, string, RegExp][] = [
    ['a CSV with a wrong header', 'wrong.csv', 'country,treaty,kind,date\nUSA,apmbc,signature,2025-01-01\n', /invalid_csv_header.*country/],
    ['a CSV whose second row is bad', 'badrow.csv', `${header}\nIndia,apmbc,statement_of_intent,2025-03-01,https://example.org/c,C,Pub,\nIndia,apmbc,withdrawal,2025-03-02,https://example.org/c,C,Pub,\n`, /withdrawal_by_non_party.*row 3/],
    ['truncated JSON', 'cut.json', '[{"state": "USA", "treaty": "apmbc", "kind": "sig', /invalid_json/],
    ['JSON of the wrong shape', 'shape.json', '{"rows": []}', /invalid_json/],
    ['JSON with an unknown field', 'field.json', '[{"state":"USA","treaty":"apmbc","kind":"accession","date":"2026-01-05","source_url":"https://e.org","source_title":"t","publisher":"p","admin":true}]', /invalid_input.*admin/],
    ['a file that is not UTF-8', 'latin1.csv', Buffer.from(`${header}\nC\xf4te,apmbc,signature,2025-01-01,https://e.org,t,p,\n`, 'latin1').toString('binary'), /invalid_encoding/],
  ];
  for (const [what, name, text, message] of broken) {
    it(`refuses ${what} and writes nothing`, async () => {
      const before = await log();
      const p = join(dir, name);
      writeFileSync(p, name === 'latin1.csv' ? Buffer.from(text, 'binary') : text);
      const r = await run('import', p);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(message)]);
      expect(await log()).toBe(before);
    });
  }

  it('a missing file is bad input', async () => {
    expect((await run('import', join(dir, 'nope.csv'))).code).toBe(2);
  });
});
