// The API's repositories (tokens, idempotency keys): one contract, run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdempotencyStore, TokenStore } from '../src/store/api-store.js';
import { openApiStore } from '../src/store/kysely-api-store.js';
import { BACKENDS, type TestDb } from './support/api-harness.js';

const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(BACKENDS)('API store contract on %s', (_name, backend) => {
  let db: TestDb;
  let api: TokenStore & IdempotencyStore;
  let n = 0;
  const token = (name: string, role: 'editor' | 'admin' = 'editor') => ({ id: `tok_${(n += 1)}`, name, role, tokenHash: `hash-${n}-${name}`, createdAt: at(n % 60), createdBy: 'test' });

  beforeAll(async () => {
    db = await backend.create();
    api = openApiStore(db.store);
  });
  afterAll(async () => {
    await db?.store.close();
    await db?.cleanup();
  });

  it('creates, finds by hash, lists and revokes tokens; a revoked token keeps its row', async () => {
    const t = token('Alice', 'admin');
    expect(await api.createToken(t)).toEqual({ ok: true, value: { id: t.id, name: 'Alice', role: 'admin', createdAt: t.createdAt, createdBy: 'test' } });
    expect((await api.findTokenByHash(t.tokenHash))?.id).toBe(t.id);
    expect(await api.findTokenByHash('no-such-hash')).toBeUndefined();
    await api.touchToken(t.id, at(30));
    expect((await api.findTokenByHash(t.tokenHash))?.lastUsedAt).toBe(at(30));
    const revoked = await api.revokeToken('Alice', at(31));
    expect(revoked).toMatchObject({ ok: true, value: { id: t.id, revokedAt: at(31) } });
    expect((await api.findTokenByHash(t.tokenHash))?.revokedAt).toBe(at(31));
    expect(await api.revokeToken(t.id, at(32))).toMatchObject({ ok: false, error: { code: 'already_revoked' } });
    expect(await api.revokeToken('Nobody', at(32))).toMatchObject({ ok: false, error: { code: 'unknown_token', field: 'token' } });
    expect((await api.listTokens()).map((x) => x.id)).toContain(t.id);
  });

  it('one live token per name: a second is refused, also when both are made at once; a revoked name is free again', async () => {
    expect((await api.createToken(token('Bob'))).ok).toBe(true);
    expect(await api.createToken(token('Bob'))).toMatchObject({ ok: false, error: { code: 'duplicate_token_name', field: 'name' } });
    const race = await Promise.all([api.createToken(token('Carol')), api.createToken(token('Carol')), api.createToken(token('Carol'))]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['duplicate_token_name', 'duplicate_token_name']);
    expect((await api.revokeToken('Bob', at(40))).ok).toBe(true);
    expect((await api.createToken(token('Bob'))).ok).toBe(true);
  });

  it('idempotency keys: claim, answer, replay; another request with the key is a mismatch; a failed one is released', async () => {
    const old = at(0);
    expect(await api.claim('tok_a', 'k1', 'h1', at(1), old)).toEqual({ kind: 'claimed' });
    expect(await api.claim('tok_a', 'k1', 'h1', at(2), old)).toEqual({ kind: 'in_progress' });
    await api.complete('tok_a', 'k1', 201, '{"x":1}');
    expect(await api.claim('tok_a', 'k1', 'h1', at(3), old)).toEqual({ kind: 'replay', status: 201, body: '{"x":1}' });
    expect(await api.claim('tok_a', 'k1', 'h2', at(3), old)).toEqual({ kind: 'mismatch' });
    expect(await api.claim('tok_b', 'k1', 'h2', at(3), old)).toEqual({ kind: 'claimed' });
    await api.release('tok_b', 'k1');
    expect(await api.claim('tok_b', 'k1', 'h3', at(4), old)).toEqual({ kind: 'claimed' });
  });

  it('idempotency keys expire, and of many claims at once exactly one wins', async () => {
    expect(await api.claim('tok_c', 'k', 'h', at(1), at(0))).toEqual({ kind: 'claimed' });
    await api.complete('tok_c', 'k', 200, '{}');
    expect(await api.claim('tok_c', 'k', 'other', at(50), at(10))).toEqual({ kind: 'claimed' });
    const claims = await Promise.all(Array.from({ length: 8 }, () => api.claim('tok_d', 'race', 'h', at(5), at(0))));
    expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'in_progress')).toHaveLength(7);
  });
});
