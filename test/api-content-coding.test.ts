// Compressed answers (issue 16): Accept-Encoding negotiated by q-value, each coding with its own
// ETag and its own 304, over real HTTP on loopback (raw bytes, decompressed here with node:zlib).
import { get, request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiate } from '../src/api/content-coding.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';

const [, sqlite] = BACKENDS[0] ?? [];
const ROUTE = '/v1/treaties/apmbc/status?on=2025-03-26';

interface Raw { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }

function getRaw(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    }).on('error', reject);
  });
}

describe('Accept-Encoding negotiation', () => {
  const LARGE = ['br', 'gzip', 'identity'] as const;
  it('follows q-values, the server order on ties, and excludes identity only when told', () => {
    expect(negotiate(undefined, LARGE)).toBe('identity');
    expect(negotiate('', LARGE)).toBe('identity');
    expect(negotiate('gzip, deflate, br', LARGE)).toBe('br');
    expect(negotiate('gzip;q=1, br;q=0.5', LARGE)).toBe('gzip');
    expect(negotiate('x-gzip', LARGE)).toBe('gzip');
    expect(negotiate('identity', LARGE)).toBe('identity');
    expect(negotiate('br;q=0, gzip;q=0', LARGE)).toBe('identity');
    expect(negotiate('*;q=0', LARGE)).toBeUndefined();
    expect(negotiate('identity;q=0', LARGE)).toBeUndefined();
    expect(negotiate('gzip, *;q=0', LARGE)).toBe('gzip');
    expect(negotiate('*', LARGE)).toBe('br');
    expect(negotiate('deflate', LARGE)).toBe('identity');
  });
});

describe('compressed answers over loopback', () => {
  let db: TestDb;
  let base = '';
  let close: () => Promise<void> = async () => {};
  let editor = '';
  beforeAll(async () => {
    if (!sqlite) throw new Error('no backend');
    db = await sqlite.create();
    editor = await tokenFor(db.store, 'editor', 'Jane Editor');
    const app = await testServer(await db.open(), { closeStore: true });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('gzip and br decompress to exactly the identity body, each with Vary and an ETag of its own, each with its own 304', async () => {
    const plain = await getRaw(base + ROUTE, { 'accept-encoding': 'identity' });
    const gz = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip' });
    const br = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip;q=0.8, br' });
    expect([plain.status, gz.status, br.status]).toEqual([200, 200, 200]);
    expect([plain.headers['content-encoding'], gz.headers['content-encoding'], br.headers['content-encoding']]).toEqual([undefined, 'gzip', 'br']);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gz.body.length).toBeLessThan(plain.body.length / 5);
    for (const r of [plain, gz, br]) expect(String(r.headers.vary)).toMatch(/Accept-Encoding/i);
    const tags = [plain, gz, br].map((r) => String(r.headers.etag));
    expect(new Set(tags).size).toBe(3);
    // Each ETag validates its own coding only.
    const gz304 = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) });
    const br304 = await getRaw(base + ROUTE, { 'accept-encoding': 'br', 'if-none-match': `W/${String(br.headers.etag)}` });
    const plain304 = await getRaw(base + ROUTE, { 'if-none-match': String(plain.headers.etag) });
    const crossed = await getRaw(base + ROUTE, { 'accept-encoding': 'br', 'if-none-match': String(gz.headers.etag) });
    expect([gz304.status, br304.status, plain304.status, crossed.status]).toEqual([304, 304, 304, 200]);
    expect(gz304.body.length).toBe(0);
    expect(brotliDecompressSync(crossed.body).equals(plain.body)).toBe(true);
  });

  it('answers 406 when Accept-Encoding excludes everything, and identity when only unknown codings are asked for', async () => {
    const none = await getRaw(base + ROUTE, { 'accept-encoding': '*;q=0' });
    expect(none.status).toBe(406);
    expect((JSON.parse(none.body.toString('utf8')) as { error: { code: string } }).error.code).toBe('not_acceptable');
    const deflate = await getRaw(base + ROUTE, { 'accept-encoding': 'deflate' });
    expect([deflate.status, deflate.headers['content-encoding']]).toEqual([200, undefined]);
    const starGzip = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip, *;q=0' });
    expect([starGzip.status, starGzip.headers['content-encoding']]).toEqual([200, 'gzip']);
  });

  it('a write changes the compressed body and its ETag: the gzip and br forms are made again from the new record', async () => {
    const before = { gz: await getRaw(base + ROUTE, { 'accept-encoding': 'gzip' }), br: await getRaw(base + ROUTE, { 'accept-encoding': 'br' }) };
    const usa = (raw: Buffer) => (JSON.parse(raw.toString('utf8')) as { states: { iso3: string; status: string }[] }).states.find((s) => s.iso3 === 'USA')?.status;
    // The United States never joined the APMBC (reference apmbc-states.csv).
    expect(usa(gunzipSync(before.gz.body))).toBe('not_joined');
    // An accession deposited on 2025-01-05 (a test fact, not a real one) makes it "deposited" on 2025-03-26: Art. 17(2) puts its entry into force on 2025-07-01.
    const body = JSON.stringify({ state: 'USA', treaty: 'apmbc', kind: 'accession', date: '2025-01-05', source_url: 'https://example.org/report', source_title: 'A report', publisher: 'Example' });
    const written = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/v1/events`, { method: 'POST', headers: { ...bearer(editor), 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(written).toBe(201);
    const after = { gz: await getRaw(base + ROUTE, { 'accept-encoding': 'gzip' }), br: await getRaw(base + ROUTE, { 'accept-encoding': 'br' }) };
    const plain = await getRaw(base + ROUTE, { 'accept-encoding': 'identity' });
    for (const coding of ['gz', 'br'] as const) {
      expect(after[coding].status).toBe(200);
      expect(after[coding].body.equals(before[coding].body), coding).toBe(false);
      expect(after[coding].headers.etag, coding).not.toBe(before[coding].headers.etag);
      expect(String(after[coding].headers.etag)).toMatch(coding === 'gz' ? /-gzip"$/ : /-br"$/);
    }
    expect(gunzipSync(after.gz.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(after.br.body).equals(plain.body)).toBe(true);
    expect(usa(plain.body)).toBe('deposited');
    // The ETag held from before the write no longer validates: a full answer, not a 304.
    const stale = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip', 'if-none-match': String(before.gz.headers.etag) });
    expect([stale.status, gunzipSync(stale.body).equals(plain.body)]).toEqual([200, true]);
    const fresh = await getRaw(base + ROUTE, { 'accept-encoding': 'gzip', 'if-none-match': String(after.gz.headers.etag) });
    expect(fresh.status).toBe(304);
  });
});
