// POST /v1/claims/check in process (app.inject), on SQLite and on PostgreSQL: the verdicts on the ICBL
// media pack of 2025-03-26 and on single sentences, checked against ../shared/reference (apmbc-states.csv,
// org-memberships.csv), never against our own output; the same answer as `treatywatch check --json`;
// ClaimReview JSON-LD; the OpenAPI entry; and every bad input refused with a 4xx naming the field.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorAnswer } from '../src/api/answers.js';
import { CLAIM_BODY_LIMIT, wantsLinkedData } from '../src/api/routes/claim-routes.js';
import { MAX_TEXT_LENGTH, claimCheckRequestSchema, claimCheckResultSchema } from '../src/claims/index.js';
import { BACKENDS, type TestDb, TODAY, testServer } from './support/api-harness.js';
import { cli } from './support/cli.js';
import { CORPUS, REFERENCE, referenceRows } from './support/shipped.js';

const ICBL = 'icbl-media-pack-lithuania-2025-03-26.txt';
// The date the media pack gives itself (corpus INDEX.md).
const ICBL_DATE = '2025-03-26';

type Claim = z.infer<typeof claimCheckResultSchema>['claims'][number];
type Result = z.infer<typeof claimCheckResultSchema>;

const apmbc = referenceRows('apmbc-states.csv');
const byIso3 = new Map(apmbc.map((r) => [r.iso3, r]));
const gone = (iso3: string, on: string): boolean => {
  const r = byIso3.get(iso3);
  return r !== undefined && r.withdrawal_effective !== '' && r.withdrawal_effective <= on;
};
/** APMBC counts on a date from the reference table: deposited until a withdrawal takes effect, in force from entry into force. */
function referenceCounts(on: string): { deposited: number; inForce: number; neverDeposited: number } {
  let deposited = 0;
  let inForce = 0;
  let neverDeposited = 0;
  for (const r of apmbc) {
    if (r.deposit !== '' && r.deposit <= on && !gone(r.iso3, on)) deposited += 1;
    if (r.entry_into_force !== '' && r.entry_into_force <= on && !gone(r.iso3, on)) inForce += 1;
    if (r.deposit === '' || r.deposit > on) neverDeposited += 1;
  }
  return { deposited, inForce, neverDeposited };
}
/** EU and NATO members on a date, from the reference memberships table. */
function euNatoMembers(on: string): string[] {
  const rows = parse<{ org: string; iso3: string; joined: string; left: string }>(readFileSync(`${REFERENCE}org-memberships.csv`, 'utf8'), { columns: true, skip_empty_lines: true });
  return [...new Set(rows.filter((r) => (r.org === 'EU' || r.org === 'NATO') && r.joined <= on && (r.left === '' || r.left > on)).map((r) => r.iso3))];
}
const isParty = (iso3: string, on: string): boolean => {
  const r = byIso3.get(iso3);
  return r !== undefined && r.deposit !== '' && r.deposit <= on && !gone(iso3, on);
};

describe.each(BACKENDS)('POST /v1/claims/check on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/v1/claims/check', headers, ...(payload === undefined ? {} : { payload: payload as NonNullable<InjectOptions['payload']> }) });
  const check = async (body: Record<string, unknown>): Promise<Result> => {
    const r = await post(body);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const parsed = claimCheckResultSchema.safeParse(r.json());
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    return r.json<Result>();
  };
  const one = (result: Result, words: string): Claim => {
    const found = result.claims.filter((c) => c.text.includes(words) || words.includes(c.text));
    expect(found.map((c) => c.text), `one claim at "${words}" in ${JSON.stringify(result.claims.map((c) => c.text))}`).toHaveLength(1);
    return found[0] as Claim;
  };
  const icblText = readFileSync(CORPUS + ICBL, 'utf8');

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('dates the ICBL media pack by its dateline and judges "165 countries are onboard" right counting deposits on that day, wrong today', async () => {
    const r = await check({ text: icblText });
    expect(r).toMatchObject({ text_date: ICBL_DATE, text_date_source: 'dateline', today: TODAY });
    const then = referenceCounts(ICBL_DATE);
    const now = referenceCounts(TODAY);
    // The reference: 165 deposits (the Marshall Islands deposited on 2025-03-12), 164 in force; fewer today.
    expect([then.deposited, then.inForce]).toEqual([165, 164]);
    expect(now.deposited).not.toBe(165);
    const c = one(r, '165 countries are onboard');
    expect(c).toMatchObject({ kind: 'party_count', as_of: ICBL_DATE, verdict: 'depends_on_definition', convention: 'parties_deposited', verdict_today: 'contradicted' });
    expect(String(c.value)).toContain(`${then.deposited} counting deposits`);
    expect(String(c.value)).toContain(`${then.inForce} in force`);
    expect(String(c.value_today)).toContain(`${now.inForce} in force`);
    expect(icblText.slice(c.start, c.end)).toBe(c.text);
    // The evidence holds the deposit that made the 165th, with its source linked.
    const mhl = c.evidence.find((e) => e.iso3 === 'MHL' && e.date === byIso3.get('MHL')?.deposit);
    expect(mhl?.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
  });

  it('judges "every EU and NATO member except the U.S." by the reference memberships, then and today', async () => {
    const c = one(await check({ text: icblText }), 'every EU and NATO member except the U.S.');
    const outsideThen = euNatoMembers(ICBL_DATE).filter((iso3) => iso3 !== 'USA' && !isParty(iso3, ICBL_DATE));
    const outsideNow = euNatoMembers(TODAY).filter((iso3) => iso3 !== 'USA' && !isParty(iso3, TODAY));
    expect(outsideThen).toEqual([]);
    expect(outsideNow.length).toBeGreaterThan(0);
    expect(c).toMatchObject({ kind: 'group_status', verdict: 'supported', verdict_today: 'contradicted' });
    for (const iso3 of outsideNow) expect(String(c.value_today)).toContain(byIso3.get(iso3)?.name ?? iso3);
  });

  it('contradicts "Lithuania joined the convention in 2004" with the reference dates, and counts the states never joined', async () => {
    const ltu = byIso3.get('LTU');
    // Reference: ratification deposited 2003-05-12, in force 2003-11-01: neither in 2004.
    expect([ltu?.deposit.slice(0, 4), ltu?.entry_into_force.slice(0, 4)]).toEqual(['2003', '2003']);
    const r = await check({ text: 'Lithuania joined the Ottawa Convention in 2004. 32 states—including Russia, the US, and China—have never joined.', date: '2025-05-08' });
    expect(r).toMatchObject({ text_date: '2025-05-08', text_date_source: 'given', warnings: [] });
    const joined = one(r, 'Lithuania joined the Ottawa Convention in 2004');
    expect(joined).toMatchObject({ verdict: 'contradicted', verdict_today: 'contradicted' });
    expect(String(joined.value)).toContain(ltu?.deposit ?? '?');
    expect(joined.evidence.some((e) => e.iso3 === 'LTU' && e.date === ltu?.deposit)).toBe(true);
    const never = one(r, '32 states');
    expect(referenceCounts('2025-05-08').neverDeposited).toBe(32);
    expect(never).toMatchObject({ kind: 'never_joined_count', verdict: 'supported' });
    expect(referenceCounts(TODAY).neverDeposited).not.toBe(32);
    expect(never.verdict_today).toBe('contradicted');
  });

  it('checks as of today, with a warning, a text that gives no date', async () => {
    const r = await check({ text: 'Lithuania joined the Ottawa Convention in 2004.' });
    expect(r).toMatchObject({ text_date: TODAY, text_date_source: 'today' });
    expect(r.warnings.map((w) => w.code)).toContain('no_text_date');
  });

  it('gives the same answer as `treatywatch check --json` (one code path)', async () => {
    const run = await cli(['check', CORPUS + ICBL, '--json'], db.env);
    expect(run.code, run.stderr).toBe(0);
    expect(await check({ text: icblText })).toEqual(JSON.parse(run.stdout));
    const dated = await cli(['check', CORPUS + 'euromaidan-lithuania-exits-2025-05.txt', '--date', '2025-05-08', '--json'], db.env);
    expect(dated.code, dated.stderr).toBe(0);
    expect(await check({ text: readFileSync(`${CORPUS}euromaidan-lithuania-exits-2025-05.txt`, 'utf8'), date: '2025-05-08' })).toEqual(JSON.parse(dated.stdout));
  });

  it('answers schema.org ClaimReview for Accept: application/ld+json or "format": "claimreview", rating every claim but the unverifiable', async () => {
    const plain = await check({ text: icblText });
    const rated = plain.claims.filter((c) => c.verdict !== 'unverifiable');
    for (const r of [await post({ text: icblText }, { accept: 'application/ld+json' }), await post({ text: icblText, format: 'claimreview' })]) {
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/ld+json; charset=utf-8');
      const doc = r.json<{ '@context': string; '@graph': { '@type': string; claimReviewed: string; reviewRating: { ratingValue: number; bestRating: number; worstRating: number } }[] }>();
      expect(doc['@context']).toBe('https://schema.org');
      expect(doc['@graph'].map((g) => g.claimReviewed)).toEqual(rated.map((c) => c.text));
      const count = doc['@graph'].find((g) => g.claimReviewed === '165 countries are onboard');
      // 3 on the documented scale: depends on definition (right counting deposits, not entry into force).
      expect(count?.reviewRating).toMatchObject({ ratingValue: 3, bestRating: 5, worstRating: 1 });
    }
    // An explicit "format": "json" wins over the header.
    expect((await post({ text: 'Lithuania joined the Ottawa Convention in 2004.', format: 'json' }, { accept: 'application/ld+json' })).headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('is a public read: no token, never cached, callable from any site', async () => {
    const r = await post({ text: 'Lithuania joined the Ottawa Convention in 2004.' }, { origin: 'https://example.org' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const pre = await app.inject({ method: 'OPTIONS', url: '/v1/claims/check', headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toContain('POST');
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
    // Other addresses stay read-only across sites.
    expect((await app.inject({ method: 'OPTIONS', url: '/v1/events' })).headers['access-control-allow-methods']).not.toContain('POST');
  });

  it('sends hostile text back as inert JSON: the same characters, no markup', async () => {
    const text = 'Lithuania joined the Ottawa Convention in 2004. <script>alert(1)</script> "</textarea><img src=x onerror=alert(2)>" \u2028';
    const r = await post({ text, date: '2025-01-17' });
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toMatch(/<script|<img|<\/textarea/i);
    const claim = r.json<Result>().claims[0];
    expect(text.slice(claim?.start, claim?.end)).toBe(claim?.text);
  });

  it('is in the OpenAPI document with the request and response schemas it validates with, and no security', async () => {
    type Op = { requestBody: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; security?: unknown };
    const doc = (await app.inject('/openapi.json')).json<{ paths: Record<string, { post?: Op }> }>();
    const op = doc.paths['/v1/claims/check']?.post;
    const { $schema: _a, ...body } = z.toJSONSchema(claimCheckRequestSchema, { io: 'input' });
    const { $schema: _b, ...answer } = z.toJSONSchema(claimCheckResultSchema, { io: 'output' });
    expect(op?.requestBody.content['application/json']?.schema).toEqual(body);
    expect(op?.responses['200']?.content?.['application/json']?.schema).toEqual(answer);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['400', '413', '415']));
    expect(op?.security).toBeUndefined();
  });

  const refusals: [string, unknown, Record<string, string>, number, string, string | null][] = [
    ['no text', { date: '2025-03-26' }, {}, 400, 'missing_text', 'text'],
    ['an empty text', { text: '' }, {}, 400, 'empty_text', 'text'],
    ['a text of spaces', { text: ' \n\t ' }, {}, 400, 'empty_text', 'text'],
    ['a text that is not a string', { text: 42 }, {}, 400, 'invalid_field', 'text'],
    ['an impossible date', { text: 'Lithuania joined in 2004.', date: '2025-02-30' }, {}, 400, 'invalid_date', 'date'],
    ['a date written otherwise', { text: 'Lithuania joined in 2004.', date: '26/03/2025' }, {}, 400, 'invalid_date', 'date'],
    ['a date as a number', { text: 'Lithuania joined in 2004.', date: 20250326 }, {}, 400, 'invalid_date', 'date'],
    ['an unknown format', { text: 'Lithuania joined in 2004.', format: 'xml' }, {}, 400, 'invalid_field', 'format'],
    ['an unknown field', { text: 'Lithuania joined in 2004.', on: '2025-03-26' }, {}, 400, 'unknown_field', 'on'],
    ['an array', [{ text: 'x' }], {}, 400, 'invalid_body', '(body)'],
    ['null', 'null', { 'content-type': 'application/json' }, 400, 'invalid_body', '(body)'],
    ['a string', '"Lithuania joined in 2004."', { 'content-type': 'application/json' }, 400, 'invalid_body', '(body)'],
    ['broken JSON', '{"text": "x"', { 'content-type': 'application/json' }, 400, 'invalid_json', null],
    ['no body', undefined, {}, 400, 'invalid_body', '(body)'],
    ['plain text', 'Lithuania joined in 2004.', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type', 'Content-Type'],
    ['a form', 'text=Lithuania', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type', null],
  ];
  for (const [what, payload, headers, status, code, field] of refusals) {
    it(`refuses ${what} with ${status} ${code}, naming the field`, async () => {
      const r = await post(payload, headers);
      expect(r.statusCode, r.body).toBe(status);
      expect(ErrorAnswer.safeParse(r.json()).success).toBe(true);
      expect(r.json()).toMatchObject({ error: { code, field } });
    });
  }

  it('refuses a text longer than the limit by its length (413 naming text), and a larger body outright (413)', async () => {
    const long = await post({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) });
    expect(long.statusCode).toBe(413);
    expect(long.json()).toMatchObject({ error: { code: 'text_too_long', field: 'text' } });
    const huge = await post(JSON.stringify({ text: 'a'.repeat(CLAIM_BODY_LIMIT + 10) }), { 'content-type': 'application/json' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('never answers 500 to odd bodies', async () => {
    const odd: unknown[] = [{}, { text: null }, { text: ['a'] }, { text: { a: 1 } }, { text: 'x', date: null }, { text: 'x', date: '' }, { text: 'x', date: '9999-99-99' }, { text: 'x', format: null }, { text: '\u0000\uffff\ud800' }, { text: '1997–2025, 107–0–3, +370 5 123 4567' }, true, 0];
    for (const body of odd) {
      const r = await post(JSON.stringify(body), { 'content-type': 'application/json' });
      expect(r.statusCode, `${JSON.stringify(body)}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
    }
  });
});

describe('the claim check rate limit and Accept', () => {
  it('limits checks per client, with its own message', async () => {
    const [, backend] = BACKENDS[0] ?? [];
    if (!backend) throw new Error('no backend');
    const db = await backend.create();
    const app = await testServer(db.store, { writeLimit: { max: 2, timeWindow: 60_000 } });
    try {
      const post = () => app.inject({ method: 'POST', url: '/v1/claims/check', payload: { text: 'Lithuania joined the Ottawa Convention in 2004.' } });
      expect((await post()).statusCode).toBe(200);
      expect((await post()).statusCode).toBe(200);
      const third = await post();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ error: { code: 'rate_limited' } });
      expect(third.json<{ error: { message: string } }>().error.message).toMatch(/too many checks/);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await app.close();
      await db.store.close();
      await db.cleanup();
    }
  });

  it('prefers JSON-LD only when the client does', () => {
    expect(wantsLinkedData(undefined)).toBe(false);
    expect(wantsLinkedData('*/*')).toBe(false);
    expect(wantsLinkedData('application/json')).toBe(false);
    expect(wantsLinkedData('application/ld+json')).toBe(true);
    expect(wantsLinkedData('application/ld+json, */*;q=0.8')).toBe(true);
    expect(wantsLinkedData('application/ld+json;q=0.5, application/json')).toBe(false);
    expect(wantsLinkedData('application/json, application/ld+json')).toBe(false);
    expect(wantsLinkedData('application/ld+json;q=x')).toBe(false);
  });
});
