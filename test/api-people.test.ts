// The campaign workspace's routes in process (app.inject) on SQLite and on PostgreSQL: answers checked
// against the reference tables and the corpus (not our own output), the same JSON as the CLI's --json,
// the reports in Markdown, HTML and PDF with their types and dispositions, refusals (404, 400 naming the
// field), and the store's workspace — not the shipped files — behind the answers and the web pages.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as answers from '../src/api/people-answers.js';
import { contextOf } from '../src/data/people/load-people.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import { BACKENDS, type TestDb, TODAY, testServer } from './support/api-harness.js';
import { cli } from './support/cli.js';
import { casualtyRows, referencePrimeMinister, shippedPeopleData } from './support/people.js';
import { referenceRows, shipped } from './support/shipped.js';

type Json = Record<string, unknown>;
const LTU = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const words = (d: string): string => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1] ?? '?'} ${d.slice(0, 4)}`;

/** States Parties on a date from the reference table: deposited and not yet out (the UN's and the Monitor's count). */
function referenceDeposited(on: string): number {
  return referenceRows('apmbc-states.csv').filter((r) => r.deposit !== '' && r.deposit <= on && !(r.withdrawal_effective !== '' && r.withdrawal_effective <= on)).length;
}

describe.each(BACKENDS)('the workspace API on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  const get = (url: string) => app.inject({ method: 'GET', url });
  const json = async <T = Json>(url: string): Promise<T> => {
    const r = await get(url);
    expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    return r.json<T>();
  };
  const cliJson = async (...args: string[]): Promise<unknown> => {
    const r = await cli([...args, '--json'], db.env);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  beforeAll(async () => {
    db = await backend.create();
    await peopleStoreOf(db.store).load(shippedPeopleData());
    app = await testServer(db.store, { recheckMs: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('the letter to "Prime Minister of Lithuania" goes to the holder of officials.csv on 2025-03-26 and on today', async () => {
    for (const on of ['2025-03-26', TODAY]) {
      const expected = referencePrimeMinister(on);
      expect(expected, `officials.csv names a PM on ${on}`).toBeDefined();
      const l = await json<{ addressee: { person: string; post: string; certainty: string }; doc: { kind: string } }>(`/v1/letter?to=${encodeURIComponent('Prime Minister of Lithuania')}&on=${on}&format=json`);
      expect(l.addressee).toMatchObject({ person: expected, post: 'Prime Minister of Lithuania', certainty: 'in_office' });
      const md = await get(`/v1/letter?to=PM%20of%20LTU&on=${on}&format=md`);
      expect(md.statusCode).toBe(200);
      expect(md.body).toContain(expected ?? '?');
      const h = await json<{ person: { name: string } | null; certainty: string }>(`/v1/posts/${encodeURIComponent('Prime Minister of Lithuania')}/holder?on=${on}`);
      expect(h.person?.name).toBe(expected);
    }
    expect(referencePrimeMinister('2025-03-26')).not.toBe(referencePrimeMinister(TODAY));
  });

  it('the media pack for LTU states the facts of the reference tables on 2025-03-26 and today', async () => {
    if (!LTU) throw new Error('no LTU row in apmbc-states.csv');
    const before = (await get('/v1/states/LTU/media-pack?on=2025-03-26&format=md')).body;
    expect(before).toContain(`State Party to the APMBC since ${words(LTU.entry_into_force)}`);
    expect(before).toContain(`had ${referenceDeposited('2025-03-26')} States Parties`);
    expect(before).not.toContain(`took effect on ${words(LTU.withdrawal_effective)}`);
    // The casualty figures out by then (Landmine Monitor 2024, for 2023) and today (Landmine Monitor 2025, for 2024).
    const edition = (name: string) => casualtyRows().find((r) => r.report === name);
    for (const [text, name] of [[before, 'Landmine Monitor 2024'], [(await get('/v1/states/LTU/media-pack?format=md')).body, 'Landmine Monitor 2025']] as const) {
      const row = edition(name);
      if (!row) throw new Error(`no ${name} row in monitor-casualties.csv`);
      expect(text, name).toContain(`${Number(row.total_casualties).toLocaleString('en')} casualties in ${row.year}`);
      expect(text, name).toContain(`civilians were ${row.civilian_share_pct}%`);
    }
    const now = (await get('/v1/states/LTU/media-pack?format=md')).body;
    expect(now).toContain(`withdrawal from the APMBC took effect on ${words(LTU.withdrawal_effective)}`);
    expect(now).toContain(`deposited its instrument of withdrawal on ${words(LTU.withdrawal_deposit)}`);
    expect(now).toContain(`had ${referenceDeposited(TODAY)} States Parties`);
    // Every figure is footnoted: the Markdown carries footnote references and their definitions.
    expect(before).toMatch(/\[\^1\]/);
    expect(before).toMatch(/^\[\^1\]:/m);
  });

  it('answers with the same JSON as the CLI --json (one code path)', async () => {
    const pairs: [string, string[]][] = [
      ['/v1/people/Paluckas?on=2025-01-17', ['person', 'Paluckas', '--on', '2025-01-17']],
      ['/v1/states/Lithuania/statements?treaty=apmbc', ['statements', 'Lithuania', '--treaty', 'apmbc']],
      ['/v1/states/LTU/statements?on=2025-01-31', ['statements', 'LTU', '--on', '2025-01-31']],
      ['/v1/states/LTU/votes', ['votes', 'LTU']],
      ['/v1/spokespeople?language=Polish&place=Vilnius&on=2025-04-01', ['spokespeople', '--language', 'Polish', '--place', 'Vilnius', '--on', '2025-04-01']],
      ['/v1/engagements?state=LTU', ['engagements', '--state', 'LTU']],
      ['/v1/monitor/casualties?on=2025-03-26', ['casualties', '--on', '2025-03-26']],
      ['/v1/treaties/apmbc/pipeline?on=2025-05-08', ['pipeline', 'apmbc', '--on', '2025-05-08']],
      ['/v1/letter?to=Prime%20Minister%20of%20Lithuania&on=2025-03-26&format=json', ['letter', '--to', 'Prime Minister of Lithuania', '--on', '2025-03-26']],
      ['/v1/states/LTU/media-pack?on=2025-03-26&format=json', ['media-pack', 'LTU', '--on', '2025-03-26']],
      ['/v1/states/LTU/briefing?format=json', ['briefing', 'LTU']],
    ];
    for (const [url, args] of pairs) expect(await json(url), url).toEqual(await cliJson(...args));
  });

  it('spokespeople: who speaks which language and is where, as the ICBL media pack of 2025-03-26 says', async () => {
    type S = { spokespeople: { name: string }[]; speakersElsewhere: { name: string }[] };
    // The corpus: Tamar Gabelnick, Per Nergaard and Darvin Lisica are in Vilnius on 31 March and 1 April;
    // Kasia Derlicka-Rosenbauer speaks Polish, with no place or date given.
    const polish = await json<S>('/v1/spokespeople?language=Polish&place=Vilnius&on=2025-04-01');
    expect(polish.spokespeople).toEqual([]);
    expect(polish.speakersElsewhere.map((s) => s.name)).toEqual(['Kasia Derlicka-Rosenbauer']);
    const english = await json<S>('/v1/spokespeople?language=en&place=vilnius&on=2025-04-01');
    expect(english.spokespeople.map((s) => s.name).sort()).toEqual(['Darvin Lisica', 'Per Nergaard', 'Tamar Gabelnick']);
    expect((await json<S>('/v1/spokespeople?language=Norwegian')).spokespeople.map((s) => s.name)).toEqual(['Per Nergaard']);
    expect((await json<S>('/v1/spokespeople?place=Vilnius&on=2025-04-02')).spokespeople).toEqual([]);
  });

  it('votes: the 3/5 rule gives 85 of 141; the 86 a source states is kept beside it', async () => {
    const v = await json<{ votes: { date: string; seats: number; required: number; outcome: string; derived: boolean; thresholds: { votes: number; agreesWithRule: boolean | null }[] }[] }>('/v1/states/LTU/votes?treaty=apmbc');
    // Constitution: 3/5 of all 141 members → ⌈84.6⌉ = 85 (reference/lithuania-constitution.md); the vote 107–0–3 (corpus).
    const ottawa = v.votes.find((x) => x.date === '2025-05-08');
    expect(ottawa).toMatchObject({ seats: 141, required: Math.ceil((3 / 5) * 141), outcome: 'adopted', derived: true });
    expect(ottawa?.thresholds).toContainEqual(expect.objectContaining({ votes: 86, agreesWithRule: false }));
  });

  it('serves the reports with their media types and dispositions; the PDF is a PDF', async () => {
    const md = await get('/v1/states/LTU/briefing?on=2025-03-26&format=md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe('attachment; filename="briefing-LTU-2025-03-26.md"');
    const html = await get('/v1/states/LTU/media-pack?on=2025-03-26&format=html');
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe('inline; filename="media-pack-LTU-2025-03-26.html"');
    expect(html.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(html.body).toMatch(/^<!doctype html>/);
    expect((await get('/v1/states/LTU/media-pack?on=2025-03-26&format=html&download=true')).headers['content-disposition']).toMatch(/^attachment;/);
    const pdf = await get('/v1/letter?to=Prime%20Minister%20of%20Lithuania&on=2025-03-26&format=pdf');
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="letter-.+-2025-03-26\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(5000);
    // A second request is served from the cache: same bytes, same validator, no second print.
    const again = await get('/v1/letter?to=Prime%20Minister%20of%20Lithuania&on=2025-03-26&format=pdf');
    expect(again.headers.etag).toBe(pdf.headers.etag);
    const etag = String(pdf.headers.etag);
    expect((await app.inject({ method: 'GET', url: '/v1/letter?to=Prime%20Minister%20of%20Lithuania&on=2025-03-26&format=pdf', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
  });

  it('refuses: 404 for what does not exist, 400 naming the field', async () => {
    const cases: [string, number, string, string | null][] = [
      ['/v1/people/Nobody%20Atall', 404, 'unknown_person', 'person'],
      ['/v1/states/Atlantis/statements', 404, 'unknown_state', 'state'],
      ['/v1/states/Atlantis/votes', 404, 'unknown_state', 'state'],
      ['/v1/states/Atlantis/media-pack', 404, 'unknown_state', 'state'],
      ['/v1/states/Atlantis/briefing?format=md', 404, 'unknown_state', 'state'],
      ['/v1/posts/Emperor%20of%20Atlantis/holder', 404, 'unknown_post', 'post'],
      ['/v1/letter?to=Emperor%20of%20Atlantis', 404, 'unknown_post', 'to'],
      ['/v1/letter?to=Prime%20Minister%20of%20Lithuania&on=1990-01-01', 404, 'post_vacant', 'to'],
      ['/v1/engagements?state=Atlantis', 404, 'unknown_state', 'state'],
      ['/v1/letter', 400, 'invalid_parameter', 'to'],
      ['/v1/letter?to=Prime%20Minister%20of%20Lithuania&format=docx', 400, 'invalid_parameter', 'format'],
      ['/v1/states/LTU/media-pack?on=2025-02-30', 400, 'invalid_date', 'on'],
      ['/v1/spokespeople?on=tomorrow', 400, 'invalid_date', 'on'],
      ['/v1/spokespeople?lang=pl', 400, 'unknown_parameter', 'lang'],
      ['/v1/states/LTU/statements?treaty=atlantis-treaty', 404, 'unknown_treaty', 'treaty'],
      ['/v1/monitor/casualties?on=2025-13-01', 400, 'invalid_date', 'on'],
    ];
    for (const [url, status, code, field] of cases) {
      const r = await get(url);
      expect(r.statusCode, `${url}: ${r.body}`).toBe(status);
      const e = r.json<{ error: { code: string; field: string | null; message: string } }>().error;
      expect(e, url).toMatchObject({ code, field });
      expect(e.message.length, url).toBeGreaterThan(10);
    }
    expect((await get('/v1/letter')).json<{ error: { message: string } }>().error.message).toMatch(/to is required/);
  });

  it('documents every route in OpenAPI, and real answers match the documented schemas', async () => {
    const doc = (await get('/openapi.json')).json<{ paths: Record<string, unknown> }>();
    for (const path of ['/v1/people', '/v1/people/{person}', '/v1/states/{state}/statements', '/v1/states/{state}/votes', '/v1/spokespeople', '/v1/engagements', '/v1/posts', '/v1/posts/{post}/holder',
      '/v1/monitor/casualties', '/v1/treaties/{treaty}/pipeline', '/v1/states/{state}/media-pack', '/v1/letter', '/v1/states/{state}/briefing']) expect(doc.paths, path).toHaveProperty([path]);
    const samples: [string, z.ZodType][] = [
      ['/v1/people?name=sakal', answers.PeopleAnswer], ['/v1/people/gintautas-paluckas', answers.PersonAnswer], ['/v1/people/Gabelnick', answers.PersonAnswer],
      ['/v1/states/LTU/statements', answers.StatementsAnswer], ['/v1/states/LTU/votes', answers.VotesAnswer], ['/v1/spokespeople', answers.SpokespeopleAnswer],
      ['/v1/engagements', answers.EngagementsAnswer], ['/v1/posts?state=LTU', answers.PostsAnswer], ['/v1/posts/Prime%20Minister%20of%20Lithuania/holder', answers.HolderAnswer],
      ['/v1/monitor/casualties', answers.CasualtiesAnswer], ['/v1/treaties/apmbc/pipeline', answers.PipelineAnswer],
      ['/v1/states/LTU/media-pack?format=json', answers.ReportAnswer], ['/v1/letter?to=Prime%20Minister%20of%20Lithuania&format=json', answers.LetterAnswer],
    ];
    for (const [url, schema] of samples) {
      const parsed = schema.safeParse(await json(url));
      expect(parsed.success, `${url}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`).toBe(true);
    }
    const people = await json<{ people: { name: string; posts: string[] }[] }>('/v1/people?name=sakal&on=2025-03-26');
    expect(people.people).toContainEqual(expect.objectContaining({ name: 'Dovilė Šakalienė', posts: expect.arrayContaining(['Minister of National Defence of Lithuania']) as unknown }));
  });

  it('casualty figures: each year the reference table gives for the Monitor edition, with what each share is a share of', async () => {
    const c = await json<{ series: { year: number; total: number; civilianShare: { percent: number; of: string } | null }[] }>(`/v1/monitor/casualties?on=${TODAY}`);
    expect(c.series.length).toBeGreaterThan(5);
    for (const row of c.series) {
      const ref = casualtyRows().filter((r) => Number(r.year) === row.year).map((r) => Number(r.total_casualties));
      expect(ref, `reference has ${row.year} with ${row.total}`).toContain(row.total);
      if (row.civilianShare) expect(row.civilianShare.of.length).toBeGreaterThan(3);
    }
  });

  it('reads the store’s workspace: a record added to the store shows in the API and on the web pages', async () => {
    const person = { id: 'test-api-spokes', name: 'Aušra Testaitė', otherNames: [], sources: [{ sourceId: 'corpus-icbl-media-pack-lithuania-2025-03-26' }], verified: false };
    const spokes = {
      id: 'sp-test-api', personId: person.id, organizationId: 'icbl-cmc', role: 'Test spokesperson', languages: [{ name: 'Lithuanian', code: 'lt' }],
      availability: [{ from: '2025-04-01', to: '2025-04-02', place: 'Kaunas', sources: [{ sourceId: 'corpus-icbl-media-pack-lithuania-2025-03-26' }] }],
      sources: [{ sourceId: 'corpus-icbl-media-pack-lithuania-2025-03-26' }], verified: false,
    };
    expect((await json<{ spokespeople: unknown[] }>('/v1/spokespeople?language=lt')).spokespeople).toEqual([]);
    const page = async () => (await get('/campaign?language=Lithuanian')).body;
    expect(await page()).not.toContain('Aušra Testaitė');
    const r = await peopleStoreOf(db.store).append({ persons: [person], spokespeople: [spokes] }, contextOf(shipped()));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const after = await json<{ spokespeople: { name: string }[] }>('/v1/spokespeople?language=lt');
    expect(after.spokespeople.map((s) => s.name)).toEqual(['Aušra Testaitė']);
    expect(await page()).toContain('Aušra Testaitė');
    expect((await get('/people/test-api-spokes')).statusCode).toBe(200);
  });
});
