// Every read route of the API, in process (app.inject), on SQLite and on PostgreSQL: the same answers
// as the CLI (one code path), counts checked against the reference tables, caching validators, and
// every way a read can be refused (400 naming the parameter, 404) — never a 500 for the client's mistake.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { BACKENDS, type TestDb, TODAY, testServer } from './support/api-harness.js';
import { referenceRows } from './support/shipped.js';

type Json = Record<string, unknown>;

/** Counts on a date from the reference table itself: deposited until a withdrawal takes effect, in force from entry into force. */
function referenceCounts(on: string): { parties_deposited: number; parties_in_force: number } {
  let deposited = 0;
  let inForce = 0;
  for (const r of referenceRows('apmbc-states.csv')) {
    const gone = r.withdrawal_effective !== '' && r.withdrawal_effective <= on;
    if (r.deposit !== '' && r.deposit <= on && !gone) deposited += 1;
    if (r.entry_into_force !== '' && r.entry_into_force <= on && !gone) inForce += 1;
  }
  return { parties_deposited: deposited, parties_in_force: inForce };
}

describe.each(BACKENDS)('reads on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const json = async <T = Json>(url: string): Promise<T> => {
    const r = await get(url);
    expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    return r.json<T>();
  };
  const cliJson = async (...args: string[]): Promise<unknown> => {
    const r = await cli([...args, '--json'], db.env);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('status on 2025-03-26 has the counts of the reference table under both conventions, and 197 states', async () => {
    const s = await json<{ counts: Json; states: { iso3: string; status: string; since: string | null; sources: unknown[] }[] }>('/v1/treaties/apmbc/status?on=2025-03-26');
    expect(s.counts).toMatchObject(referenceCounts('2025-03-26'));
    expect(s.states).toHaveLength(197);
    expect(s.states.find((x) => x.iso3 === 'MHL')).toMatchObject({ status: 'deposited', since: '2025-03-12' });
    for (const x of s.states.filter((y) => y.status !== 'not_joined')) expect(x.sources.length).toBeGreaterThan(0);
  });

  it('gives the same answers as the CLI for status, state, series, pending and group', async () => {
    const pairs: [string, string[]][] = [
      ['/v1/treaties/apmbc/status?on=2025-03-26', ['status', 'apmbc', '--on', '2025-03-26']],
      ['/v1/treaties/Ottawa%20Convention/status?on=2025-03-26&only=deposited', ['status', 'Ottawa Convention', '--on', '2025-03-26', '--only', 'deposited']],
      ['/v1/treaties/ccm/status', ['status', 'ccm']],
      ['/v1/states/Lithuania', ['state', 'Lithuania']],
      ['/v1/states/UKR?treaty=apmbc&on=2025-08-01', ['state', 'UKR', '--treaty', 'apmbc', '--on', '2025-08-01']],
      ['/v1/treaties/apmbc/series?every=year', ['series', 'apmbc', '--every', 'year']],
      ['/v1/treaties/ccm/series?from=2010-01-01&to=2012-01-01&every=month', ['series', 'ccm', '--from', '2010-01-01', '--to', '2012-01-01', '--every', 'month']],
      ['/v1/treaties/apmbc/pending?on=2025-09-01', ['pending', 'apmbc', '--on', '2025-09-01']],
      ['/v1/treaties/apmbc/groups/nato?on=2026-11-23', ['group', 'nato', 'apmbc', '--on', '2026-11-23']],
    ];
    for (const [url, args] of pairs) expect(await json(url), url).toEqual(await cliJson(...args));
  });

  it('pending on 2025-09-01 shows the withdrawals with the effect dates of the reference table', async () => {
    const p = await json<{ pending: { iso3: string; kind: string; effectiveOn: string | null; sources: unknown[] }[] }>('/v1/treaties/apmbc/pending?on=2025-09-01');
    for (const row of referenceRows('apmbc-states.csv').filter((r) => r.withdrawal_deposit !== '' && r.withdrawal_deposit <= '2025-09-01')) {
      expect(p.pending.find((x) => x.iso3 === row.iso3), row.iso3).toMatchObject({ kind: 'withdrawal_effect', effectiveOn: row.withdrawal_effective });
    }
  });

  it('lists treaties with their rules, states, groups, memberships and sources', async () => {
    const t = await json<{ treaties: { id: string; rules: { withdrawal: { article: string } | null } }[] }>('/v1/treaties');
    expect(t.treaties.map((x) => x.id)).toEqual(expect.arrayContaining(['apmbc', 'ccm']));
    expect((await json<{ treaty: { id: string } }>('/v1/treaties/Oslo%20Convention')).treaty.id).toBe('ccm');
    expect((await json<{ states: unknown[] }>('/v1/states')).states).toHaveLength(197);
    expect((await json<{ state: { iso3: string } }>('/v1/states/U.S.')).state.iso3).toBe('USA');
    expect((await json<{ groups: { id: string }[] }>('/v1/groups')).groups.map((g) => g.id)).toEqual(expect.arrayContaining(['eu', 'nato']));
    const eu = await json<{ memberships: { iso3: string; joined: string; sources: unknown[] }[] }>('/v1/groups/eu');
    const ref = (await import('node:fs')).readFileSync(new URL('../../shared/reference/org-memberships.csv', import.meta.url), 'utf8');
    expect(ref).toContain('EU,LTU,Lithuania,2004-05-01');
    expect(eu.memberships.find((m) => m.iso3 === 'LTU')).toMatchObject({ joined: '2004-05-01' });
    const sources = await json<{ sources: { id: string }[] }>('/v1/sources');
    const first = sources.sources[0]?.id ?? '';
    const one = await json<{ source: { id: string }; citedBy: string[] }>(`/v1/sources/${encodeURIComponent(first)}`);
    expect(one.source.id).toBe(first);
  });

  it('pages through the event log with filters, each page linking to the next', async () => {
    const all = await json<{ total: number }>('/v1/events?state=LTU&limit=1000');
    let url: string | null = '/v1/events?state=Lithuania&limit=3';
    const seen: string[] = [];
    while (url !== null) {
      const page: { events: { id: string; iso3: string }[]; next: string | null; total: number } = await json(url);
      expect(page.total).toBe(all.total);
      for (const e of page.events) expect(e.iso3).toBe('LTU');
      seen.push(...page.events.map((e) => e.id));
      url = page.next;
    }
    expect(new Set(seen).size).toBe(all.total);
    const withdrawals = await json<{ events: { id: string; iso3: string; kind: string; date: { value: string } }[] }>('/v1/events?treaty=apmbc&kind=withdrawal&from=2025-01-01&to=2025-12-31');
    const expected = referenceRows('apmbc-states.csv').filter((r) => r.withdrawal_deposit.startsWith('2025')).map((r) => r.iso3).sort();
    expect(withdrawals.events.map((e) => e.iso3).sort()).toEqual(expected);
    const ltu = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
    const id = withdrawals.events.find((e) => e.iso3 === 'LTU')?.id ?? '';
    const one = await json<{ event: { id: string; date: { value: string } }; current: string; supersededBy: null }>(`/v1/events/${encodeURIComponent(id)}`);
    expect(one).toMatchObject({ event: { date: { value: ltu?.withdrawal_deposit } }, current: id, supersededBy: null });
  });

  it('sends validators and honours them: ETag → 304, Last-Modified, Cache-Control, gzip, HEAD', async () => {
    const url = '/v1/treaties/apmbc/status?on=2025-03-26';
    const first = await get(url);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(String(first.headers['last-modified']))).toBeGreaterThan(0);
    const again = await get(url, { 'if-none-match': String(first.headers.etag) });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    expect((await get(url, { 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(304);
    expect((await get('/v1/treaties/apmbc/status?on=2025-03-27', { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(200);
    // Brotli is offered too: the higher q-value wins (the codings are tested in api-content-coding).
    const zlib = await import('node:zlib');
    const brotli = await get(url, { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(brotli.rawPayload).toString())).toEqual(first.json());
    const zipped = await get(url, { 'accept-encoding': 'br;q=0.5, gzip;q=0.8' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(zipped.rawPayload).toString())).toEqual(first.json());
    const head = await app.inject({ method: 'HEAD', url });
    expect([head.statusCode, head.body, head.headers.etag]).toEqual([200, '', first.headers.etag]);
  });

  it('sends security headers, and CORS for reads only', async () => {
    const r = await get('/v1/treaties', { origin: 'https://campaign.example' });
    expect(r.headers).toMatchObject({ 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'self'.*script-src 'self'.*img-src 'self' data:/);
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/events', headers: { origin: 'https://campaign.example', 'access-control-request-method': 'POST' } });
    expect(String(preflight.headers['access-control-allow-methods'])).not.toMatch(/POST/);
  });

  const refused: [string, number, string, string | null][] = [
    ['/v1/treaties/atlantis-treaty/status', 404, 'unknown_treaty', 'treaty'],
    ['/v1/states/Atlantis', 404, 'unknown_state', 'state'],
    ['/v1/treaties/apmbc/groups/warsaw-pact', 404, 'unknown_group', 'group'],
    ['/v1/groups/warsaw-pact', 404, 'unknown_group', 'group'],
    ['/v1/events/no-such-event', 404, 'unknown_event', 'id'],
    ['/v1/sources/no-such-source', 404, 'unknown_source', 'id'],
    ['/v1/no/such/route', 404, 'not_found', null],
    ['/feeds/atlantis-treaty.atom', 404, 'unknown_treaty', 'treaty'],
    ['/v1/treaties/apmbc/status?on=2025-02-30', 400, 'invalid_date', 'on'],
    ['/v1/treaties/apmbc/status?on=yesterday', 400, 'invalid_date', 'on'],
    ['/v1/treaties/apmbc/status?on=2025-03-26&on=2025-03-27', 400, 'invalid_parameter', 'on'],
    ['/v1/treaties/apmbc/status?date=2025-03-26', 400, 'unknown_parameter', 'date'],
    ['/v1/treaties/apmbc/status?only=member', 400, 'invalid_parameter', 'only'],
    ['/v1/treaties/apmbc/series?every=week', 400, 'invalid_parameter', 'every'],
    ['/v1/treaties/apmbc/series?from=2020-01-01&to=2019-01-01', 400, 'invalid_range', 'from'],
    ['/v1/states/LTU?treaty=cwc2', 400, 'unknown_treaty', 'treaty'],
    ['/v1/events?state=Atlantis', 400, 'unknown_state', 'state'],
    ['/v1/events?kind=annexation', 400, 'invalid_parameter', 'kind'],
    ['/v1/events?limit=0', 400, 'invalid_parameter', 'limit'],
    ['/v1/events?limit=ten', 400, 'invalid_parameter', 'limit'],
    ['/v1/events?after=nothing', 400, 'invalid_cursor', 'after'],
    [`/v1/states/${'A'.repeat(150)}`, 404, 'unknown_state', 'state'],
    ['/v1/states/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404, 'unknown_state', 'state'],
  ];
  for (const [url, status, code, field] of refused) {
    it(`refuses ${url.slice(0, 70)} with ${status} ${code}`, async () => {
      const r = await get(url);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      const body = r.json<{ error: { code: string; field: string | null; message: string } }>();
      expect(body.error).toMatchObject({ code, field });
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(r.body).not.toMatch(/<script>/);
    });
  }

  it('answer an unknown page address with the site 404 page for a browser, and JSON for API addresses', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const lost = await get('/treatys/apmbc?x=<script>', browser);
    expect([lost.statusCode, String(lost.headers['content-type'])]).toEqual([404, 'text/html; charset=utf-8']);
    expect(lost.body).toMatch(/<h1>Not found<\/h1>/);
    expect(lost.body).toContain('<nav class="main"');
    expect(lost.body).not.toContain('<script>');
    for (const path of ['/v1/nope', '/feeds/nope/x.atom']) {
      const api = await get(path, browser);
      expect([api.statusCode, String(api.headers['content-type']).startsWith('application/json')], path).toEqual([404, true]);
    }
    expect(String((await get('/treatys/apmbc')).headers['content-type'])).toMatch(/^application\/json/);
  });


  it('answers odd and hostile URLs without a 500', async () => {
    for (const url of ['/v1/states/%ZZ', '/v1/events?state=%00', `/v1/treaties/${'%F0'.repeat(80)}/status`, '/v1/events?limit=99999999999999999999', '/v1//treaties', '/v1/treaties/apmbc/status?on[]=x']) {
      const r = await get(url);
      expect(r.statusCode, `${url}: ${r.body}`).toBeLessThan(500);
    }
  });

  it('serves the reference page and the OpenAPI document', async () => {
    const docs = await get('/docs');
    expect([docs.statusCode, docs.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(docs.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const spec = await json<{ openapi: string; paths: Json }>('/openapi.json');
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/v1/treaties/{treaty}/status', '/v1/events', '/v1/events/{id}/corrections', '/feeds/{treaty}.atom']));
  });

  it('"today" is the pinned day: the default answer is the answer for today', async () => {
    expect(await json('/v1/treaties/apmbc/status')).toEqual(await json(`/v1/treaties/apmbc/status?on=${TODAY}`));
  });
});
