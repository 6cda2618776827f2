// Atom feeds: well-formed XML (a strict parser), Atom 1.0's required elements, status changes on the
// day they take effect (Lithuania's APMBC withdrawal on 2025-12-27, from the reference table), never
// a change still to come, recordings as they happen, hostile text escaped.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// xml-js parses with sax in strict mode: malformed XML throws (it ships with the feed package).
import { type Element, xml2js } from 'xml-js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';
import { referenceRows } from './support/shipped.js';

interface Entry { id: string; title: string; updated: string; link: string; summary: string; content: string }

/** Parses an Atom document strictly and checks what RFC 4287 requires of the feed and of each entry. */
function parseAtom(xml: string): { title: string; entries: Entry[] } {
  const doc = xml2js(xml, { compact: false }) as Element;
  const feed = doc.elements?.find((e) => e.type === 'element');
  expect(feed?.name).toBe('feed');
  expect(feed?.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
  const kids = (e: Element | undefined, name: string) => (e?.elements ?? []).filter((k) => k.name === name);
  const text = (e: Element | undefined, name: string) => (kids(e, name)[0]?.elements ?? []).map((t) => String(t.text ?? t.cdata ?? '')).join('');
  for (const required of ['id', 'title', 'updated']) expect(kids(feed, required), `feed/${required}`).toHaveLength(1);
  expect(kids(feed, 'link').some((l) => l.attributes?.rel === 'self')).toBe(true);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  expect(text(feed, 'updated')).toMatch(rfc3339);
  const entries = kids(feed, 'entry').map((e): Entry => {
    for (const required of ['id', 'title', 'updated']) expect(kids(e, required), `entry/${required}`).toHaveLength(1);
    expect(kids(e, 'author').length + kids(feed, 'author').length).toBeGreaterThan(0);
    expect(text(e, 'updated')).toMatch(rfc3339);
    return { id: text(e, 'id'), title: text(e, 'title'), updated: text(e, 'updated'), link: String(kids(e, 'link')[0]?.attributes?.href ?? ''), summary: text(e, 'summary'), content: text(e, 'content') };
  });
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return { title: text(feed, 'title'), entries };
}

describe.each(BACKENDS)('feeds on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  const feed = async (url: string, a: FastifyInstance = app) => {
    const r = await a.inject(url);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    return parseAtom(r.body);
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

  it('the APMBC feed is valid Atom with an effect-day entry for Lithuania dated 2025-12-27', async () => {
    const ltu = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
    expect(ltu?.withdrawal_effective).toBe('2025-12-27');
    const { entries } = await feed('/feeds/apmbc.atom');
    const effect = entries.find((e) => e.updated.startsWith(`${ltu?.withdrawal_effective}T`) && /Lithuania/.test(e.title) && /withdrawal .*takes effect/.test(e.title));
    expect(effect, entries.slice(0, 10).map((e) => `${e.updated} ${e.title}`).join('\n')).toBeDefined();
    expect(effect?.link).toMatch(/^http:\/\/localhost(:\d+)?\/states\/LTU$/);
    expect(effect?.content).toMatch(/<a href="https?:/);
    const deposit = entries.find((e) => e.updated.startsWith(`${ltu?.withdrawal_deposit}T`) && /Lithuania deposits an instrument of withdrawal/.test(e.title));
    expect(deposit?.summary).toContain('2025-12-27');
    for (const e of entries) expect(e.updated.slice(0, 10) <= '2026-11-23').toBe(true);
  });

  it("a state's feed has its effect days under both treaties; the feed of everything too", async () => {
    const ccm = referenceRows('ccm-states.csv').find((r) => r.iso3 === 'LTU');
    const { entries } = await feed('/feeds/states/LTU.atom');
    for (const day of ['2025-12-27', ccm?.withdrawal_effective ?? '']) expect(entries.some((e) => e.updated.startsWith(day) && /takes effect/.test(e.title)), day).toBe(true);
    expect((await feed('/feeds/states/Lithuania.atom')).entries).toEqual(entries);
    const all = await feed('/feeds/changes.atom');
    expect(all.entries.length).toBeGreaterThan(10);
    expect(all.entries.length).toBeLessThanOrEqual(100);
  });

  it('never lists a change still to come: on 2025-12-26 the effect day is not there yet', async () => {
    const before = await testServer(db.store, { today: () => '2025-12-26' });
    try {
      const { entries } = await feed('/feeds/states/LTU.atom', before);
      expect(entries.some((e) => e.updated.startsWith('2025-12-27'))).toBe(false);
      expect(entries.some((e) => e.updated.startsWith('2025-06-27'))).toBe(true);
    } finally {
      await before.close();
    }
  });

  it('a recorded event appears at once, hostile text escaped, the feed still well-formed', async () => {
    const token = await tokenFor(db.store, 'editor', 'Feed <Editor> & "Co"');
    const note = '<script>alert(1)</script> ]]> & done';
    const r = await app.inject({ method: 'POST', url: '/v1/events', headers: { ...bearer(token), 'content-type': 'application/json' },
      payload: JSON.stringify({ state: 'Lithuania', treaty: 'apmbc', kind: 'statement_of_intent', date: '2025-03-01', source_url: 'https://example.org/x?a=1&b=<2>', source_title: '<b>bold</b>', publisher: 'P & Q', quote: note }) });
    expect(r.statusCode, r.body).toBe(201);
    const raw = (await app.inject('/feeds/states/LTU.atom')).body;
    expect(raw).not.toContain('<script>');
    const { entries } = parseAtom(raw);
    const recorded = entries[0];
    expect(recorded?.title).toMatch(/^Recorded: Lithuania: statement of intent \(APMBC\), 2025-03-01$/);
    expect(recorded?.content).toContain('&lt;script&gt;');
    expect(recorded?.content).not.toContain('<script>');
  });

  it('refuses an unknown state or treaty with 404', async () => {
    expect((await app.inject('/feeds/states/Atlantis.atom')).statusCode).toBe(404);
    expect((await app.inject('/feeds/nothing.atom')).json<{ error: { code: string } }>().error.code).toBe('unknown_treaty');
  });
});
