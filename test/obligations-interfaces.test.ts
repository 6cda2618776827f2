// The obligations through every interface: the CLI's `obligations` and `state`, the API's route and
// state answer (SQLite and PostgreSQL, one code path with the CLI), the OpenAPI document. Values are
// the dates quoted by the sources in data/monitor/obligations.json.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { cli, tempDb } from './support/cli.js';

type Row = { state: string; obligation: string; status: string; currentDeadline: string; originalDeadline: string; since: string | null; extensions: { deadline: string }[]; sources: { url?: string; quote?: string }[] };
type Table = { treaty: string; on: string; parties: number; counts: Record<string, Record<string, number>>; rows: Row[] };

const env = { TREATYWATCH_DB: tempDb(), TREATYWATCH_TODAY: '2026-12-08' };
const run = (...args: string[]) => cli(args, env);

describe('treatywatch obligations', () => {
  it('lists the Art. 5 obligations with a sourced event: current deadline, status, since, sources', async () => {
    const r = await run('obligations', 'apmbc', '--article', '5');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/KHM Cambodia\s+5\s+2010-01-01\s+3\s+2030-12-31\s+pending\s+2025-12/);
    expect(r.stdout).toMatch(/GBR United Kin…\s+5\s+2009-03-01\s+3\s+2024-03-01\s+met\s+2020-11-14/);
    expect(r.stdout).toMatch(/UKR Ukraine\s+5\s+2016-06-01\s+1\s+2033-12-01\s+pending\s+2023-11/);
    expect(r.stdout).toContain('https://asianews.network/?p=244039');
    expect(r.stdout).not.toMatch(/\bmissed\s+\d{4}/);
    for (const line of r.stdout.split('\n').filter((l) => /^[A-Z]{3} /.test(l))) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--json and --csv carry the same rows; Ukraine Art. 4 is missed since 1 June 2010', async () => {
    const j = await run('obligations', 'apmbc', '--article', '4', '--json');
    expect(j.code, j.stderr).toBe(0);
    const table = JSON.parse(j.stdout) as Table;
    const ukr = table.rows.find((x) => x.state === 'UKR');
    expect(ukr).toMatchObject({ status: 'missed', since: '2010-06-01', originalDeadline: '2010-06-01' });
    expect(ukr?.sources.map((s) => s.quote).join(' ')).toContain("On 1 June 2010, Ukraine's deadline for the destruction of its stockpiled anti-personnel mines passed.");
    const c = await run('obligations', 'apmbc', '--article', '4', '--csv');
    const lines = c.stdout.trim().split('\n');
    expect(lines[0]).toBe('state,state_name,treaty,obligation,article,original_deadline,extensions,current_deadline,status,since,disputed,notes,sources');
    expect(lines).toHaveLength(table.rows.length + 1);
    expect(lines.find((l) => l.startsWith('UKR,'))).toContain(',missed,2010-06-01,');
  });

  it('--all lists every State Party and --on goes back in time', async () => {
    const all = JSON.parse((await run('obligations', 'ccm', '--article', '3', '--all', '--json')).stdout) as Table;
    expect(all.rows).toHaveLength(all.parties);
    const past = JSON.parse((await run('obligations', 'apmbc', '--article', '5', '--on', '2015-06-01', '--json')).stdout) as Table;
    expect(past.rows.find((x) => x.state === 'KHM')).toMatchObject({ currentDeadline: '2020-01-01', status: 'pending' });
  });

  it('refuses an article with no deadline, naming the field', async () => {
    const r = await run('obligations', 'apmbc', '--article', '9');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no deadline under Article 9');
    expect((await run('obligations', 'apmbc', '--article', 'five')).code).toBe(2);
  });
});

describe('treatywatch state shows obligations with their history', () => {
  it("Cambodia's Art. 5 deadline is extended, not 'passed'", async () => {
    const r = await run('state', 'Cambodia', '--treaty', 'apmbc');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('the record holds no fulfilment');
    expect(r.stdout).toContain('Destroy anti-personnel mines in mined areas (Art. 5): 2030-12-31 (extended; originally 2010-01-01) — pending since 2025-12');
    expect(r.stdout).toMatch(/\(undated\)\s+extension granted to 2020-01-01 .*grant date not recorded/);
    expect(r.stdout).toMatch(/2025-12\s+extension granted to 2030-12-31 by Meeting of the States Parties \(Geneva, 1-5 December 2025\)/);
  });

  it("Ukraine's Art. 4 is missed where the sources say so; an unsourced passed deadline reads unknown", async () => {
    const r = await run('state', 'Ukraine', '--treaty', 'apmbc');
    expect(r.stdout).toContain('Destroy stockpiled anti-personnel mines (Art. 4): 2010-06-01 — missed since 2010-06-01');
    const austria = await run('state', 'Austria', '--treaty', 'apmbc');
    expect(austria.stdout).toContain('Destroy stockpiled anti-personnel mines (Art. 4): 2003-03-01 — unknown (the record holds no sourced status) since 2003-03-02');
    expect(austria.stdout).not.toContain('missed');
  });
});

describe.each(BACKENDS)('the obligations API on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store, { today: () => '2026-12-08' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await db.cleanup();
  });

  it('GET /v1/treaties/apmbc/obligations is the CLI answer', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/treaties/apmbc/obligations?article=5' });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const body = r.json<Table>();
    const viaCli = JSON.parse((await cli(['obligations', 'apmbc', '--article', '5', '--json'], { ...db.env, TREATYWATCH_TODAY: '2026-12-08' })).stdout) as Table;
    expect(body).toStrictEqual(viaCli);
    expect(body.rows.find((x) => x.state === 'KHM')?.extensions.map((e) => e.deadline)).toEqual(['2020-01-01', '2025-12-31', '2030-12-31']);
    expect((await app.inject({ method: 'GET', url: '/v1/treaties/apmbc/obligations?article=9' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/v1/treaties/apmbc/obligations?article=x' })).statusCode).toBe(400);
  });

  it('the state answer carries each obligation; the OpenAPI document describes them', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/states/UKR?treaty=apmbc' });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const obligations = r.json<{ treaties: { obligations: Row[] }[] }>().treaties[0]?.obligations ?? [];
    expect(obligations.find((o) => o.obligation === 'mined_area_clearance')).toMatchObject({ status: 'pending', currentDeadline: '2033-12-01' });
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(doc.paths).toHaveProperty('/v1/treaties/{treaty}/obligations');
    expect(doc.components.schemas).toHaveProperty('Obligation');
  });

  it('the state page shows each obligation, its history and every source quoted', async () => {
    const r = await app.inject({ method: 'GET', url: '/states/KHM?on=2026-12-08' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<tr data-obligation="mined_area_clearance" data-obligation-status="pending">');
    expect(r.body).toContain('(extended; originally <time datetime="2010-01-01">1 January 2010</time>)');
    expect(r.body).toContain('href="https://asianews.network/?p=244039"');
    expect(r.body).toContain('grant date not recorded');
    expect(r.body).not.toContain('the record holds no fulfilment');
    const ukraine = await app.inject({ method: 'GET', url: '/states/UKR?on=2026-12-08' });
    expect(ukraine.body).toContain('<tr data-obligation="stockpile_destruction" data-obligation-status="missed">');
  });

  it('the feeds carry an obligation met and a deadline passing, with what the record says then', async () => {
    const mrt = (await app.inject({ method: 'GET', url: '/feeds/states/MRT.atom' })).body;
    expect(mrt).toContain('<title type="html"><![CDATA[Mauritania meets its APMBC Art. 5 obligation: destroy anti-personnel mines in mined areas]]></title>');
    expect(mrt).toContain('<updated>2018-11-29T00:00:00.000Z</updated>');
    const ukr = (await app.inject({ method: 'GET', url: '/feeds/states/UKR.atom' })).body;
    expect(ukr).toContain('Ukraine&#39;s APMBC Art. 4 deadline (2010-06-01) passes');
    expect(ukr).toContain('status missed, as a source says');
    const chad = (await app.inject({ method: 'GET', url: '/feeds/states/TCD.atom' })).body;
    expect(chad).toContain('the deadline of 2020-01-01 has passed; status unknown: the record holds no later event');
    // A State Party the record is silent on gets no obligation entry.
    expect((await app.inject({ method: 'GET', url: '/feeds/states/AUT.atom' })).body).not.toContain('deadline (');
  });
});
