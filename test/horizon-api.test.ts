// The API says how current each answer is: a `horizon` field on status, state, pending, group, series and
// matrix, and the X-Record-Complete-To header on those and on the feeds — kept with the cached answer, so
// a 304 and a compressed answer carry it too — documented in the OpenAPI of each route. The expected date
// is read from the stored depositary pages (STATUS AS AT), not from our data; "today" is after it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupAnswer, PendingAnswer, SeriesAnswer, StateAnswer, StatusAnswer } from '../src/api/answers.js';
import { MatrixAnswer } from '../src/api/matrix-answer.js';
import { BACKENDS, TODAY, type TestDb, testServer } from './support/api-harness.js';
import { REFERENCE } from './support/shipped.js';

/** The one "STATUS AS AT" date of the stored depositary pages (every page was saved on the same day). */
function pageDate(): string {
  const dates = new Set(readdirSync(join(REFERENCE, 'untc')).map((f) => {
    const at = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/u.exec(readFileSync(join(REFERENCE, 'untc', f), 'utf8'));
    return at ? `${at[3]}-${at[2]}-${at[1]}` : 'none';
  }));
  expect([...dates]).toHaveLength(1);
  return [...dates][0] ?? '';
}
const HORIZON = pageDate();
const WARNING = `The depositary's record is complete to ${HORIZON}; later actions may be missing.`;

const [, sqlite] = BACKENDS[0] ?? [];

describe('the horizon over the API (SQLite)', () => {
  let db: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no backend');
    db = await sqlite.create();
    app = await testServer(db.store);
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('today is after the horizon (the test would prove nothing otherwise)', () => {
    expect(HORIZON).toBe('2026-02-03');
    expect(TODAY > HORIZON).toBe(true);
  });

  const reads = [
    ['/v1/treaties/apmbc/status', StatusAnswer],
    ['/v1/treaties/apmbc/pending', PendingAnswer],
    ['/v1/treaties/apmbc/groups/nato', GroupAnswer],
    ['/v1/treaties/ccm/series?from=2025-01-01&every=month', SeriesAnswer],
    ['/v1/states/LTU', StateAnswer],
    ['/v1/matrix', MatrixAnswer],
  ] as const;

  for (const [url, schema] of reads) {
    it(`${url}: "as of today" carries the horizon field (valid against its schema) and the header`, async () => {
      const r = await app.inject(url);
      expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
      const body = schema.parse(r.json());
      expect(body.horizon).toEqual({ record_complete_to: HORIZON, source: expect.stringMatching(/^untc-xxvi-/) as unknown, after_horizon: true, warning: WARNING });
      expect(r.headers['x-record-complete-to']).toBe(HORIZON);
    });
  }

  it('on the horizon day itself the field says so without a warning; the header is the same', async () => {
    const r = await app.inject(`/v1/treaties/apmbc/pending?on=${HORIZON}`);
    expect(r.json<{ horizon: unknown }>().horizon).toEqual({ record_complete_to: HORIZON, source: 'untc-xxvi-5', after_horizon: false });
    expect(r.headers['x-record-complete-to']).toBe(HORIZON);
    const series = await app.inject(`/v1/treaties/apmbc/series?from=2020-01-01&to=${HORIZON}`);
    expect(series.json<{ horizon: { after_horizon: boolean } }>().horizon.after_horizon).toBe(false);
  });

  it('the matrix as CSV has no room for the field: the header carries it', async () => {
    const r = await app.inject({ url: '/v1/matrix?format=csv' });
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['x-record-complete-to']).toBe(HORIZON);
  });

  it('a 304 and a compressed answer carry the header (it is stored with the cached answer)', async () => {
    const first = await app.inject('/v1/matrix');
    const etag = String(first.headers.etag);
    const again = await app.inject({ url: '/v1/matrix', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.headers['x-record-complete-to']).toBe(HORIZON);
    const gz = await app.inject({ url: '/v1/treaties/apmbc/status', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['x-record-complete-to']).toBe(HORIZON);
    const gz304 = await app.inject({ url: '/v1/treaties/apmbc/status', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) } });
    expect(gz304.statusCode).toBe(304);
    expect(gz304.headers['x-record-complete-to']).toBe(HORIZON);
  });

  it('the Atom feeds carry the header, say so in the subtitle, and mark each change dated after the horizon', async () => {
    for (const url of ['/feeds/changes.atom', '/feeds/apmbc.atom', '/feeds/states/LTU.atom']) {
      const r = await app.inject(url);
      expect(r.statusCode).toBe(200);
      expect(r.headers['x-record-complete-to'], url).toBe(HORIZON);
      expect(r.body, url).toContain(`${WARNING}</subtitle>`);
    }
    // Vanuatu's CCM entry into force on 2026-03-01 is a change after the horizon: its entry says so; one before does not.
    const body = (await app.inject('/feeds/ccm.atom')).body;
    const entry = (id: string) => body.slice(body.indexOf(`<id>${id}</id>`), body.indexOf('</entry>', body.indexOf(`<id>${id}</id>`)));
    expect(entry('urn:treatywatch:change:ccm:VUT:entry_into_force:2026-03-01')).toContain('<p class="horizon">The depositary&#39;s record is complete to 2026-02-03');
    expect(body).toContain('<id>urn:treatywatch:change:ccm:LTU:withdrawal_effect:2025-03-06</id>');
    expect(entry('urn:treatywatch:change:ccm:LTU:withdrawal_effect:2025-03-06')).not.toContain('class="horizon"');
  });

  it('routes with no record behind them send no header', async () => {
    expect((await app.inject('/v1/states')).headers['x-record-complete-to']).toBeUndefined();
  });

  it('the OpenAPI document names the header on each route that sends it, for 200 and 304', async () => {
    const doc = (await app.inject('/openapi.json')).json<{ paths: Record<string, { get?: { responses: Record<string, { headers?: Record<string, unknown> }> } }> }>();
    const routes = ['/v1/treaties/{treaty}/status', '/v1/treaties/{treaty}/series', '/v1/treaties/{treaty}/pending', '/v1/treaties/{treaty}/groups/{group}', '/v1/states/{state}', '/v1/matrix', '/feeds/changes.atom', '/feeds/{treaty}.atom', '/feeds/states/{state}.atom'];
    for (const path of routes) {
      const responses = doc.paths[path]?.get?.responses ?? {};
      expect(responses['200']?.headers, path).toHaveProperty('X-Record-Complete-To');
      expect(responses['304']?.headers, path).toHaveProperty('X-Record-Complete-To');
    }
    expect(doc.paths['/v1/states']?.get?.responses['200']?.headers).toBeUndefined();
  });
});
