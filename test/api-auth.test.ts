// Who may write: no token, a malformed one, an unknown one, a revoked one (401); too small a role
// (403); tokens made and revoked by the CLI and by an admin over HTTP; and no token in the logs.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, cli } from './support/cli.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';

type Refusal = { error: { code: string; field: string | null; message: string } };
const event = { state: 'Lebanon', treaty: 'apmbc', kind: 'statement_of_intent', source_url: 'https://example.org/a', source_title: 'A', publisher: 'P' };

/** A CLI run's exit code, and what its output (stdout on success, stderr on failure) says. */
function expectRun(r: Run, code: number, says: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(code === 0 ? r.stdout : r.stderr).toMatch(says);
}

describe.each(BACKENDS)('auth on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  let logs = '';
  let day = 0;
  const write = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ ...event, date: `2025-06-${String((day += 1)).padStart(2, '0')}` }) });

  beforeAll(async () => {
    db = await backend.create();
    const stream = new Writable({ write: (chunk: Buffer, _enc, done) => ((logs += chunk.toString()), done()) });
    app = await testServer(db.store, { logger: { level: 'trace', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  const refusals: [string, Record<string, string>, number, string][] = [
    ['no token', {}, 401, 'missing_token'],
    ['an empty header', { authorization: '' }, 401, 'missing_token'],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }, 401, 'invalid_token'],
    ['a wrong token', bearer('tw_not-a-token-this-server-issued'), 401, 'invalid_token'],
    ['a token with spaces', { authorization: 'Bearer two words' }, 401, 'invalid_token'],
  ];
  for (const [what, headers, status, code] of refusals) {
    it(`refuses a write with ${what}: ${status} ${code}, with a Bearer challenge`, async () => {
      const r = await write(headers);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json<Refusal>().error).toMatchObject({ code, field: 'Authorization' });
      expect(String(r.headers['www-authenticate'])).toMatch(/^Bearer realm="treatywatch"/);
    });
  }

  it('reads need no token', async () => {
    expect((await app.inject('/v1/treaties/apmbc/status')).statusCode).toBe(200);
  });

  it('an editor writes but cannot manage tokens (403); an admin can, and never sees a token again after it is made', async () => {
    const editor = await tokenFor(db.store, 'editor', 'Ed');
    const admin = await tokenFor(db.store, 'admin', 'Ada');
    expect((await write(bearer(editor))).statusCode).toBe(201);
    const forbidden = await app.inject({ url: '/v1/tokens', headers: bearer(editor) });
    expect([forbidden.statusCode, forbidden.json<Refusal>().error.code]).toEqual([403, 'insufficient_role']);
    const made = await app.inject({ method: 'POST', url: '/v1/tokens', headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'New Editor', role: 'editor' }) });
    expect(made.statusCode, made.body).toBe(201);
    const { secret, token } = made.json<{ secret: string; token: { id: string; createdBy: string } }>();
    expect([secret, token.createdBy]).toEqual([expect.stringMatching(/^tw_[\w-]{43}$/), 'Ada']);
    const list = await app.inject({ url: '/v1/tokens', headers: bearer(admin) });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(secret);
    expect(list.json<{ tokens: { name: string; lastUsedAt?: string }[] }>().tokens.find((t) => t.name === 'Ed')?.lastUsedAt).toBeDefined();
    expect((await write(bearer(secret))).json<{ recorded: { recordedBy: string }[] }>().recorded[0]?.recordedBy).toBe('New Editor');
    const revoked = await app.inject({ method: 'POST', url: `/v1/tokens/${token.id}/revoke`, headers: bearer(admin) });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await write(bearer(secret));
    expect([after.statusCode, after.json<Refusal>().error.code]).toEqual([401, 'token_revoked']);
    const twice = await app.inject({ method: 'POST', url: `/v1/tokens/${token.id}/revoke`, headers: bearer(admin) });
    expect([twice.statusCode, twice.json<Refusal>().error.code]).toEqual([409, 'already_revoked']);
    const dup = await app.inject({ method: 'POST', url: '/v1/tokens', headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'Ed', role: 'admin' }) });
    expect([dup.statusCode, dup.json<Refusal>().error.code]).toEqual([409, 'duplicate_token_name']);
    const badRole = await app.inject({ method: 'POST', url: '/v1/tokens', headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'X', role: 'root' }) });
    expect([badRole.statusCode, badRole.json<Refusal>().error]).toEqual([400, expect.objectContaining({ code: 'invalid_input', field: 'role' })]);
  });

  it('the CLI makes a token, prints it once, lists and revokes it; the API then refuses it', async () => {
    const made = await cli(['token', 'create', '--role', 'editor', '--name', 'Cli Editor', '--json'], db.env);
    expect(made.code, made.stderr).toBe(0);
    const { secret, token } = JSON.parse(made.stdout) as { secret: string; token: { id: string } };
    const listed = await cli(['token', 'list'], db.env);
    expect(listed.stdout).toMatch(new RegExp(`${token.id}\\s+Cli Editor\\s+editor`));
    expect(listed.stdout).not.toContain(secret);
    const human = await cli(['token', 'create', '--role', 'admin', '--name', 'Cli Admin'], db.env);
    expect(human.stdout).toMatch(/^\s+tw_[\w-]{43}$/m);
    expectRun(await cli(['token', 'create', '--role', 'root', '--name', 'X'], db.env), 2, /invalid_input.*role/);
    expect((await cli(['token', 'create', '--role', 'editor'], db.env)).code).toBe(2);
    return (async () => {
      expect((await write(bearer(secret))).statusCode).toBe(201);
      expectRun(await cli(['token', 'revoke', 'Cli Editor'], db.env), 0, new RegExp(`revoked ${token.id}`));
      expect((await write(bearer(secret))).json<Refusal>().error.code).toBe('token_revoked');
      expectRun(await cli(['token', 'revoke', 'Nobody'], db.env), 2, /unknown_token/);
    })();
  });

  it('never logs a token, while logging every request', async () => {
    const token = await tokenFor(db.store, 'editor', 'Logged Editor');
    await write(bearer(token));
    await write(bearer(`${token}x`));
    expect(logs).toMatch(/"url":"\/v1\/events"/);
    expect(logs).not.toContain(token.slice(3));
    expect(logs).not.toMatch(/Bearer/i);
  });
});
