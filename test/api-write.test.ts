// Writes over HTTP on SQLite and PostgreSQL: validated like the CLI, a source required, recorded
// under the token's name, corrections that supersede (two editors racing: one 409 with the current
// version), Idempotency-Key, hostile strings stored verbatim and returned escaped, nothing half-written.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';

type Recorded = { recorded: { id: string; recordedBy: string; supersedes?: string; date: { value: string }; note?: string; sources: { quote?: string; url?: string }[] }[] };
type Refusal = { error: { code: string; field: string | null; message: string }; current?: { id: string } };

const source = { source_url: 'https://example.org/report', source_title: 'A report', publisher: 'Example' };

describe.each(BACKENDS)('writes on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  let editor: string;
  let keyNo = 0;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, headers: { ...bearer(editor), 'content-type': 'application/json', ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
  const eventCount = async () => (await db.store.readDataset()).events.length;

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
    editor = await tokenFor(db.store, 'editor', 'Jane Editor');
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('records an event with its source under the token name, and every read sees it at once', async () => {
    const before = await app.inject('/v1/events?state=LBN&treaty=apmbc&limit=1000');
    const r = await post('/v1/events', { state: 'Lebanon', treaty: 'apmbc', kind: 'statement_of_intent', date: '2025-11-01', ...source, quote: 'Lebanon intends to accede' });
    expect(r.statusCode, r.body).toBe(201);
    const e = r.json<Recorded>().recorded[0];
    expect(e).toMatchObject({ recordedBy: 'Jane Editor', sources: [{ url: source.source_url, quote: 'Lebanon intends to accede' }] });
    expect(r.headers.location).toBe(`/v1/events/${e?.id}`);
    expect(r.headers['cache-control']).toBe('no-store');
    const after = await app.inject({ url: '/v1/events?state=LBN&treaty=apmbc&limit=1000', headers: { 'if-none-match': String(before.headers.etag) } });
    expect(after.statusCode).toBe(200);
    expect(after.json<{ total: number }>().total).toBe(before.json<{ total: number }>().total + 1);
    expect((await db.store.getEvent(e?.id ?? ''))?.recordedBy).toBe('Jane Editor');
  });

  const bad: [string, unknown, number, string, string | null][] = [
    ['no source', { state: 'USA', treaty: 'apmbc', kind: 'signature', date: '2025-01-01' }, 400, 'invalid_input', 'source_url'],
    ['an unknown field', { state: 'USA', treaty: 'apmbc', kind: 'signature', date: '2025-01-01', ...source, recordedBy: 'someone else' }, 400, 'invalid_input', '(record)'],
    ['an impossible date', { state: 'USA', treaty: 'apmbc', kind: 'signature', date: '2025-02-30', ...source }, 400, 'invalid_date', 'date'],
    ['a date in the future', { state: 'USA', treaty: 'apmbc', kind: 'accession', date: '2027-01-01', ...source }, 400, 'date_in_future', 'date'],
    ['a withdrawal by a non-party', { state: 'U.S.', treaty: 'apmbc', kind: 'withdrawal', date: '2025-05-01', ...source }, 400, 'withdrawal_by_non_party', 'kind'],
    ['an unknown state', { state: 'Atlantis', treaty: 'apmbc', kind: 'signature', date: '2025-01-01', ...source }, 400, 'unknown_state', 'state'],
    ['a duplicate', { state: 'Lithuania', treaty: 'apmbc', kind: 'signature', date: '1999-02-26', ...source }, 409, 'duplicate_event', 'date'],
    ['a control character', { state: 'USA', treaty: 'apmbc', kind: 'accession', date: '2026-01-05', ...source, note: 'a\u0007b' }, 400, 'invalid_input', 'note'],
    ['a javascript: address', { state: 'USA', treaty: 'apmbc', kind: 'accession', date: '2026-01-05', ...source, source_url: 'javascript:alert(1)' }, 400, 'invalid_input', 'source_url'],
    ['a number for a state', { state: 42, treaty: 'apmbc', kind: 'accession', date: '2026-01-05', ...source }, 400, 'invalid_input', 'state'],
    ['an array', [{ state: 'USA' }], 400, 'invalid_input', '(record)'],
    ['JSON null', 'null', 400, 'invalid_input', '(record)'],
    ['broken JSON', '{"state": "USA",', 400, 'invalid_json', null],
  ];
  for (const [what, body, status, code, field] of bad) {
    it(`refuses ${what} with ${status} ${code}, writing nothing`, async () => {
      const before = await eventCount();
      const r = await post('/v1/events', body);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json<Refusal>().error).toMatchObject({ code, field });
      expect(await eventCount()).toBe(before);
    });
  }

  it('refuses a body that is not JSON (415), too large (413), or missing (400)', async () => {
    const form = await app.inject({ method: 'POST', url: '/v1/events', headers: { ...bearer(editor), 'content-type': 'text/plain' }, payload: 'state=USA' });
    expect([form.statusCode, form.json<Refusal>().error.code]).toEqual([415, 'unsupported_media_type']);
    const huge = await post('/v1/events', { ...source, state: 'USA', note: 'x'.repeat(300 * 1024) });
    expect([huge.statusCode, huge.json<Refusal>().error.code]).toEqual([413, 'body_too_large']);
    const none = await app.inject({ method: 'POST', url: '/v1/events', headers: bearer(editor) });
    expect([none.statusCode, none.json<Refusal>().error.code]).toEqual([400, 'invalid_input']);
  });

  it('stores hostile strings verbatim and returns them escaped', async () => {
    const hostile = `'; DROP TABLE events; -- <script>alert("x")</script> ]]> &amp; \u202Eevil ☢ \u2028 "quoted"`;
    const r = await post('/v1/events', { state: 'Türkiye', treaty: 'ccm', kind: 'statement_of_intent', date: '2025-10-01', ...source, note: hostile, quote: hostile });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.body).not.toMatch(/<script>|]]>|\u2028/);
    const id = r.json<Recorded>().recorded[0]?.id ?? '';
    const stored = await db.store.getEvent(id);
    expect([stored?.note, stored?.sources[0]?.quote]).toEqual([hostile, hostile]);
    const read = await app.inject(`/v1/events/${encodeURIComponent(id)}`);
    expect(read.body).not.toMatch(/<script>/);
    expect(read.json<{ event: { note: string } }>().event.note).toBe(hostile);
  });

  it('corrects an event: the correction supersedes it, the old one stays readable; a second correction of it gets 409 with the current version', async () => {
    const made = (await post('/v1/events', { state: 'Lebanon', treaty: 'apmbc', kind: 'joint_statement', date: '2025-10-01', ...source })).json<Recorded>().recorded[0]?.id ?? '';
    const c = await post(`/v1/events/${made}/corrections`, { date: '2025-10-02', ...source });
    expect(c.statusCode, c.body).toBe(201);
    const corrected = c.json<Recorded>().recorded[0];
    expect(corrected).toMatchObject({ supersedes: made, date: { value: '2025-10-02' }, recordedBy: 'Jane Editor' });
    const old = await app.inject(`/v1/events/${made}`);
    expect(old.json()).toMatchObject({ supersededBy: corrected?.id, current: corrected?.id, event: { date: { value: '2025-10-01' } } });
    const late = await post(`/v1/events/${made}/corrections`, { date: '2025-10-03', ...source });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json<Refusal>()).toMatchObject({ error: { code: 'already_superseded', field: 'id' }, current: { id: corrected?.id } });
    const missing = await post('/v1/events/no-such-event/corrections', { date: '2025-10-03', ...source });
    expect([missing.statusCode, missing.json<Refusal>().error.code]).toEqual([404, 'unknown_event']);
  });

  it('two editors correcting one event at the same moment, through two servers: one wins, the other gets 409 with the winner', async () => {
    const made = (await post('/v1/events', { state: 'Lebanon', treaty: 'apmbc', kind: 'parliamentary_vote', date: '2025-09-01', ...source })).json<Recorded>().recorded[0]?.id ?? '';
    const otherStore = await db.open();
    const other = await testServer(otherStore);
    const second = await tokenFor(db.store, 'editor', 'Second Editor');
    try {
      const send = (server: FastifyInstance, token: string, date: string) =>
        server.inject({ method: 'POST', url: `/v1/events/${made}/corrections`, headers: { ...bearer(token), 'content-type': 'application/json' }, payload: JSON.stringify({ date, ...source }) });
      const answers = await Promise.all([send(app, editor, '2025-09-02'), send(other, second, '2025-09-03')]);
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 409]);
      const won = answers.find((a) => a.statusCode === 201)?.json<Recorded>().recorded[0];
      const lost = answers.find((a) => a.statusCode === 409)?.json<Refusal>();
      expect(lost).toMatchObject({ error: { code: 'already_superseded' }, current: { id: won?.id } });
      expect((await db.store.readDataset()).events.filter((e) => e.supersedes === made)).toHaveLength(1);
    } finally {
      await other.close();
      await otherStore.close();
    }
  });

  it('Idempotency-Key: the same request replays the first answer; another request with the key gets 422', async () => {
    const key = `key-${(keyNo += 1)}-${Date.now()}`;
    const body = { state: 'Lebanon', treaty: 'apmbc', kind: 'head_of_state_signature', date: '2025-08-01', ...source };
    const before = await eventCount();
    const first = await post('/v1/events', body, { 'idempotency-key': key });
    const again = await post('/v1/events', { ...body }, { 'idempotency-key': key });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.body).toBe(first.body);
    expect([again.headers['idempotent-replayed'], again.headers.location]).toEqual(['true', first.headers.location]);
    expect(await eventCount()).toBe(before + 1);
    const other = await post('/v1/events', { ...body, date: '2025-08-02' }, { 'idempotency-key': key });
    expect([other.statusCode, other.json<Refusal>().error]).toEqual([422, expect.objectContaining({ code: 'idempotency_key_reused', field: 'Idempotency-Key' })]);
    const refusedKey = `key-refused-${Date.now()}`;
    const refused = await post('/v1/events', { ...body, date: '2027-01-01' }, { 'idempotency-key': refusedKey });
    const refusedAgain = await post('/v1/events', { ...body, date: '2027-01-01' }, { 'idempotency-key': refusedKey });
    expect([refused.statusCode, refusedAgain.statusCode, refusedAgain.body]).toEqual([400, 400, refused.body]);
    const badKey = await post('/v1/events', body, { 'idempotency-key': 'x'.repeat(300) });
    expect([badKey.statusCode, badKey.json<Refusal>().error.code]).toEqual([400, 'invalid_idempotency_key']);
    expect(await eventCount()).toBe(before + 1);
  });

  it('Idempotency-Key: the same request sent twice at once writes once', async () => {
    const key = `key-race-${Date.now()}`;
    const body = { state: 'Lebanon', treaty: 'ccm', kind: 'statement_of_intent', date: '2025-07-01', ...source };
    const before = await eventCount();
    const answers = await Promise.all([post('/v1/events', body, { 'idempotency-key': key }), post('/v1/events', body, { 'idempotency-key': key })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual(expect.arrayContaining([201]));
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    expect(await eventCount()).toBe(before + 1);
  });

  it('sees a write made by another process (the CLI) within the recheck interval', async () => {
    const watcher = await testServer(db.store, { recheckMs: 50 });
    try {
      const before = (await watcher.inject('/v1/events?state=LBN&kind=joint_statement&limit=1000')).json<{ total: number }>().total;
      const r = await cli(['add-event', '--state', 'Lebanon', '--treaty', 'ccm', '--kind', 'joint_statement', '--date', '2025-06-01', '--source-url', source.source_url, '--source-title', source.source_title, '--publisher', source.publisher, '--json'], db.env);
      expect(r.code, r.stderr).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 120));
      const after = (await watcher.inject('/v1/events?state=LBN&kind=joint_statement&limit=1000')).json<{ total: number }>().total;
      expect(after).toBe(before + 1);
    } finally {
      await watcher.close();
    }
  });

  it("the README's curl example records the Seimas vote, and replays it when sent again", async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## HTTP API'));
    const body = /-d '(\{.*?\})'/.exec(section)?.[1] ?? '';
    const key = /Idempotency-Key: ([\w-]+)/.exec(section)?.[1] ?? '';
    const first = await post('/v1/events', body, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<Recorded>().recorded[0]).toMatchObject({ date: { value: '2025-05-08' }, recordedBy: 'Jane Editor' });
    const again = await post('/v1/events', body, { 'idempotency-key': key });
    expect([again.statusCode, again.headers['idempotent-replayed']]).toEqual([201, 'true']);
  });

  it('after its writes (some at once), the record this server holds answers exactly as a server that reads the store afresh', async () => {
    // The writing server appends its own writes to the record it holds instead of reading it back;
    // this compares it, answer by answer, with one that read everything from the store.
    const bodies = [
      { state: 'Marshall Islands', treaty: 'ccm', kind: 'statement_of_intent', date: '2025-07-01', ...source, quote: 'a new source' },
      { state: 'USA', treaty: 'apmbc', kind: 'statement_of_intent', date: '2025-07-02', source_url: 'https://example.org/other', source_title: 'Another report', publisher: 'Example' },
      { state: 'Norway', treaty: 'apmbc', kind: 'withdrawal', date: '2026-01-09', ...source },
    ];
    const answers = await Promise.all(bodies.map((b) => post('/v1/events', b)));
    expect(answers.map((a) => a.statusCode), answers.map((a) => a.body).join('\n')).toEqual([201, 201, 201]);
    const freshStore = await db.open();
    const fresh = await testServer(freshStore);
    try {
      for (const url of ['/v1/exports/events.json', '/v1/events?state=USA&limit=1000', '/v1/treaties/apmbc/status?on=2026-11-23', '/v1/treaties/apmbc/pending', '/v1/states/NOR', '/v1/states/MHL', '/v1/sources']) {
        const [held, read] = [await app.inject(url), await fresh.inject(url)];
        expect(held.statusCode, `${url}: ${held.body.slice(0, 200)}`).toBe(200);
        expect(held.json(), url).toEqual(read.json());
      }
      const norway = (await app.inject('/v1/states/NOR')).body;
      expect(norway).toContain('2026-07-09');
    } finally {
      await fresh.close();
      await freshStore.close();
    }
  });

  it('limits the rate of writes per client: 429 with Retry-After', async () => {
    const limited = await testServer(db.store, { writeLimit: { max: 2, timeWindow: 60_000 } });
    try {
      const send = () => limited.inject({ method: 'POST', url: '/v1/events', headers: { ...bearer(editor), 'content-type': 'application/json' }, payload: '{}' });
      const codes = [(await send()).statusCode, (await send()).statusCode];
      const third = await send();
      expect(codes).toEqual([400, 400]);
      expect(third.statusCode).toBe(429);
      expect(third.json<Refusal>().error.code).toBe('rate_limited');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect((await limited.inject('/v1/treaties')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
