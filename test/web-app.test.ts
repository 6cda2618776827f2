import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from '../src/web/register-web.js';
import { shippedIndex } from './support/shipped.js';

// The web app in process (app.inject): addresses, redirects, refusals, what the pages say, compression and caching.
let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerWeb(app, { readIndex: () => Promise.resolve(shippedIndex()), today: () => '2026-11-23' });
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const page = async (url: string) => {
  const r = await get(url);
  expect(r.statusCode, url).toBe(200);
  expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  return load(r.body);
};

describe('the pages', () => {
  it('are served at their addresses, each with a language, a title, one h1 and unique ids', async () => {
    for (const url of ['/', '/treaties/apmbc', '/treaties/ccm', '/states/LTU', '/states/VAT', '/pipeline', '/sources', '/search', '/claims']) {
      const $ = await page(url);
      expect($('html').attr('lang'), url).toBe('en');
      expect($('title').text(), url).toMatch(/treatywatch/);
      expect($('h1'), url).toHaveLength(1);
      const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
      expect(new Set(ids).size, `${url}: duplicate ids`).toBe(ids.length);
      expect($('nav.main a[href="/claims"]'), 'the claim checker is in the navigation').toHaveLength(1);
    }
  });

  // Lithuania under the APMBC (reference apmbc-states.csv): a party since 2003-11-01; withdrawal in effect 2025-12-27.
  it('draw Lithuania as a party on 2025-03-26 and as withdrawn on 2026-01-01', async () => {
    expect((await page('/treaties/apmbc?on=2025-03-26'))('path[data-iso3="LTU"]').attr('data-status')).toBe('party');
    expect((await page('/treaties/apmbc?on=2026-01-01'))('path[data-iso3="LTU"]').attr('data-status')).toBe('withdrawn');
  });

  // Counts: 165 deposited / 164 in force on 2025-03-26 (SOURCES.md, S10: the Marshall Islands "the 165th State Party");
  // 162 and 112 parties at the UN Treaty Collection as at 2026-02-03 (reference README).
  it('count States Parties under both conventions as the reference does', async () => {
    const count = ($: ReturnType<typeof load>, key: string) => Number($(`.counts [data-count="${key}"]`).text());
    const march = await page('/treaties/apmbc?on=2025-03-26');
    expect([count(march, 'parties_deposited'), count(march, 'parties_in_force')]).toEqual([165, 164]);
    expect(march('.counts').next('p').text()).toMatch(/parties_deposited.*parties_in_force/);
    expect(count(await page('/treaties/apmbc?on=2026-02-03'), 'parties_deposited')).toBe(162);
    expect(count(await page('/treaties/ccm?on=2026-02-03'), 'parties_deposited')).toBe(112);
  });

  it('say on the CTBT page which Annex 2 States it still waits for (as the reference derives them from the depositary page)', async () => {
    const $ = await page('/treaties/ctbt?on=2026-02-03');
    const item = $('#waiting-for');
    expect(item.text()).toMatch(/waits for 9 of the 44 States that Art\. XIV names \(35 have deposited\)/);
    expect(item.find('a').map((_, a) => $(a).attr('href')).get().sort()).toEqual(['CHN', 'EGY', 'IND', 'IRN', 'ISR', 'PAK', 'PRK', 'RUS', 'USA'].map((c) => `/states/${c}`));
    expect((await page('/treaties/att?on=2026-02-03'))('#waiting-for')).toHaveLength(0);
  });

  it('list every treaty on the overview with the depositary pages’ own counts, and the CTBT as not in force', async () => {
    // The counts the UN Treaty Collection pages of 2026-02-03 state (../shared/reference/untc/), as issue 8 lists them.
    const $ = await page('/?on=2026-02-03');
    const parties = (id: string) => Number($(`tr[data-treaty="${id}"] [data-count="parties_deposited"]`).text());
    expect(Object.fromEntries(['att', 'cwc', 'ccw', 'tpnw', 'enmod', 'apmbc', 'ccm'].map((id) => [id, parties(id)]))).toEqual({ att: 117, cwc: 193, ccw: 128, tpnw: 74, enmod: 78, apmbc: 162, ccm: 112 });
    expect($('tr[data-treaty="ctbt"] td').first().text()).toBe('not in force');
    expect($('tr[data-treaty="apmbc"] td').first().text()).toBe('since 1 March 1999');
    expect($('tr[data-treaty="att"] a').attr('href')).toBe('/treaties/att?on=2026-02-03');
  });

  it('list the states too small for the map, and draw them as dots that carry their code and status', async () => {
    const $ = await page('/treaties/apmbc?on=2026-11-23');
    for (const [iso3, name] of [['VAT', 'Holy See'], ['NRU', 'Nauru'], ['TUV', 'Tuvalu'], ['MCO', 'Monaco']]) {
      expect($(`.small-states a[href="/states/${iso3}"]`).text()).toBe(name);
      expect($(`circle[data-iso3="${iso3}"]`).attr('data-status')).toBeTruthy();
    }
    expect($('[data-iso3]').length).toBe(197);
  });

  it('show pending changes, with Ukraine’s notice of “suspension” as disputed', async () => {
    const $ = await page('/treaties/apmbc?on=2025-09-01');
    const visible = $('#pending tr[data-pending-from]:not([hidden])');
    const row = (name: string) => visible.filter((_, el) => $(el).find('th').text() === name);
    expect(row('Lithuania').text()).toContain('27 December 2025');
    expect(row('Ukraine').attr('data-kind')).toBe('disputed_suspension');
    expect(row('Ukraine').text()).toMatch(/disputed/);
  });

  it('answer who left, when it took effect and on whose word, on the overview', async () => {
    const $ = await page('/');
    const lithuania = $('#left-h').parent().find('tr').filter((_, el) => $(el).text().includes('Lithuania') && $(el).text().includes('APMBC'));
    expect(lithuania.text()).toContain('27 June 2025');
    expect(lithuania.text()).toContain('27 December 2025');
    expect(lithuania.find('a[href^="https://treaties.un.org"]').length).toBeGreaterThan(0);
  });

  it('give a state profile with every event’s sources linked and quoted, groups and the locator', async () => {
    const $ = await page('/states/LTU');
    const withdrawal = $('#event-apmbc-LTU-withdrawal');
    expect(withdrawal.text()).toContain('C.N.362.2025');
    expect(withdrawal.find('blockquote').first().text()).toContain('deposited with the Secretary-General a notification of withdrawal');
    expect(withdrawal.find('a[href^="/sources#src-"]').length).toBeGreaterThan(0);
    expect($('main').text()).toMatch(/European Union \(since 1 May 2004\)/);
    expect($('main').text()).toMatch(/North Atlantic Treaty Organization \(since 29 March 2004\)/);
    expect($('svg.locator image').attr('href')).toMatch(/^\/assets\/world\.[0-9a-f]+\.svg$/);
    for (const li of $('.timeline > li[id^="event-"]').toArray()) expect($(li).find('ul.cites li').length, $(li).attr('id')).toBeGreaterThan(0);
  });

  // The Seimas vote of 2025-05-08 (reference lithuania-constitution.md §3) before the deposit of 2025-06-27 (apmbc-states.csv).
  it('show the pipeline board as it stood on a date, from the shipped workspace when the server gives none', async () => {
    const $ = await page('/pipeline?on=2025-05-08');
    const row = $('#board-apmbc').parent().find('tr').filter((_, el) => $(el).find('th a').text() === 'Lithuania');
    const shown = (i: number) => row.find('td').eq(i + 1).children('div:not([hidden])').text();
    expect(row.attr('hidden')).toBeUndefined();
    expect(shown(3)).toMatch(/2025-05-08.*107 for, 0 against, 3 abstain/);
    expect(shown(5)).toBe('—');
  });

  it('list every source with what it supports', async () => {
    const $ = await page('/sources');
    const ids = (file: string) => (JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as { id: string }[]).map((s) => s.id);
    const every = new Set([...ids('sources.json'), ...ids('people/sources.json')]);
    expect($('article.source-entry').length).toBe(every.size);
    expect($('#src-untc-xxvi-5').text()).toContain('Lithuania');
  });
});

describe('addresses and refusals', () => {
  it('redirect names to canonical addresses', async () => {
    expect((await get('/states/lithuania')).headers.location).toBe('/states/LTU');
    expect((await get('/states/ltu?on=2025-01-01')).headers.location).toBe('/states/LTU?on=2025-01-01');
    expect((await get('/treaties/Ottawa%20Convention')).headers.location).toBe('/treaties/apmbc');
    const search = await get('/search?q=Holy%20See');
    expect([search.statusCode, search.headers.location]).toEqual([302, '/states/VAT']);
  });

  it('list partial matches on the search page', async () => {
    const $ = await page('/search?q=saint');
    expect($('#search-results li').map((_, el) => $(el).text()).get()).toEqual(['Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines']);
  });

  it('refuse an impossible date with 400 and a stable code, and an unknown state or treaty with 404', async () => {
    const bad = await get('/treaties/apmbc?on=2025-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('invalid_date');
    expect(bad.body).toContain('on: 2025-02-30 does not exist');
    const state = await get('/states/Atlantis');
    expect([state.statusCode, state.body.includes('unknown_state')]).toEqual([404, true]);
    const treaty = await get('/treaties/nope');
    expect([treaty.statusCode, treaty.body.includes('unknown_treaty')]).toEqual([404, true]);
  });
});

describe('delivery', () => {
  it('compresses pages, and answers 304 to a matching ETag', async () => {
    const br = await get('/treaties/apmbc', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(250 * 1024);
    expect((await get('/treaties/apmbc', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    const again = await get('/treaties/apmbc', { 'accept-encoding': 'br, gzip', 'if-none-match': String(br.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('negotiates Accept-Encoding by q-value as the API does, each coding with an ETag and a 304 of its own (issue 16)', async () => {
    const url = '/treaties/apmbc?on=2025-03-26';
    const plain = await get(url);
    const gz = await get(url, { 'accept-encoding': 'gzip, br;q=0.5' });
    const br = await get(url, { 'accept-encoding': 'gzip;q=0.8, br' });
    expect([plain.headers['content-encoding'], gz.headers['content-encoding'], br.headers['content-encoding']]).toEqual([undefined, 'gzip', 'br']);
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    const tags = [plain, gz, br].map((r) => String(r.headers.etag));
    expect(tags[1]).toBe(`${tags[0]?.slice(0, -1)}-gzip"`);
    expect(tags[2]).toBe(`${tags[0]?.slice(0, -1)}-br"`);
    for (const r of [plain, gz, br]) expect(r.headers.vary).toBe('Accept-Encoding');
    // Each ETag validates its own coding only: the gzip tag does not answer a client that now gets br.
    expect((await get(url, { 'accept-encoding': 'gzip', 'if-none-match': `W/${String(gz.headers.etag)}` })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': String(plain.headers.etag) })).statusCode).toBe(304);
    const crossed = await get(url, { 'accept-encoding': 'br', 'if-none-match': String(gz.headers.etag) });
    expect([crossed.statusCode, crossed.headers['content-encoding']]).toEqual([200, 'br']);
    // Sent again, a page is the same bytes (compressed once, kept with the page).
    expect((await get(url, { 'accept-encoding': 'gzip' })).rawPayload.equals(gz.rawPayload)).toBe(true);
    // identity;q=0 with a coding offered gets that coding; nothing acceptable is 406 not_acceptable.
    expect((await get(url, { 'accept-encoding': 'identity;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    const none = await get(url, { 'accept-encoding': '*;q=0' });
    expect(none.statusCode).toBe(406);
    expect(none.body).toContain('not_acceptable');
    expect((await get(url, { 'accept-encoding': 'deflate' })).headers['content-encoding']).toBeUndefined();
  });

  it('compresses an asset once, with per-coding ETags, and leaves a small body as it is', async () => {
    const $ = await page('/treaties/apmbc');
    const css = $('link[rel="stylesheet"]').attr('href') ?? '';
    const first = await get(css, { 'accept-encoding': 'br' });
    const second = await get(css, { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(String(first.headers.etag)).toMatch(/-br"$/);
    expect((await get(css, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
    // The refusal of an unknown asset is a few bytes: under one packet it goes out as it is, even to a client asking for gzip.
    const small = await get('/assets/nope.js', { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('serves assets by content-hashed names, cacheable for ever', async () => {
    const $ = await page('/treaties/apmbc');
    const scripts = $('script[type="module"]').map((_, el) => $(el).attr('src')).get();
    expect(scripts.length).toBe(4);
    for (const src of [...scripts, $('link[rel="stylesheet"]').attr('href') ?? '']) {
      const r = await get(src);
      expect(r.statusCode, src).toBe(200);
      expect(r.headers['cache-control']).toContain('immutable');
    }
    expect((await get('/assets/nope.js')).statusCode).toBe(404);
  });
});
