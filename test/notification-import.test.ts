// Depositary notifications ("C.N." notices; constructed texts, see fixtures/ingest/notifications/README.md)
// imported over the API (app.inject, token-protected), on SQLite and PostgreSQL: the number, treaty,
// state, instrument and dates read; the notice stored as a depositary document; its event queued for
// review (a duplicate of the record where the record has it) and, accepted, recorded citing the notice.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotification } from '../src/ingest/notification/read-notification.js';
import { importUntcPage } from '../src/ingest/untc/import-untc.js';
import { openSuggestionStore } from '../src/store/kysely-suggestion-store.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';
import { shippedIndex } from './support/shipped.js';

const notice = (name: string) => readFileSync(new URL(`./fixtures/ingest/notifications/${name}`, import.meta.url), 'utf8');
type Refusal = { error: { code: string; field: string | null; message: string } };
type Answer = { notification: Record<string, unknown>; document: { id: string; kind: string; published?: string; title: string; url?: string }; duplicate: boolean; suggestion: { id: string; status: string; summary: string; duplicateOf?: string; documentId?: string; origin: string; proposal: { input: Record<string, unknown> } } };

describe('reading a notice', () => {
  it('Lithuania\'s withdrawal: the facts of the APMBC page\'s end note (C.N.362.2025 of 3 July 2025)', () => {
    const r = readNotification(shippedIndex(), notice('cn-362-2025-lithuania-withdrawal.txt'));
    expect(r).toStrictEqual({ ok: true, value: {
      symbol: 'C.N.362.2025.TREATIES-XXVI.5', reference: 'XXVI-5', treatyId: 'apmbc', iso3: 'LTU', heading: 'LITHUANIA: WITHDRAWAL', action: 'withdrawal',
      date: '2025-06-27', effect: '2025-12-27', notificationDate: '2025-07-03',
      quote: 'On 27 June 2025, the Secretary-General received a notification of withdrawal from the above Convention by the Government of the Republic of Lithuania.',
    } });
  });

  it('an accession with its entry into force (test input), and the hyphenated form of the number the status pages print', () => {
    const text = notice('cn-test-morocco-accession.txt').replace('TREATIES-XXVI.5', 'TREATIES-XXVI-5');
    expect(readNotification(shippedIndex(), text)).toMatchObject({ ok: true, value: { symbol: 'C.N.15.2026.TREATIES-XXVI-5', iso3: 'MAR', action: 'accession', date: '2026-01-20', effect: '2026-07-01', notificationDate: '2026-01-22', quote: 'The above action was effected on 20 January 2026.' } });
  });

  it('refuses what it cannot read, naming why', () => {
    const cases: [string, string][] = [
      ['Lithuania left the Ottawa Convention on 27 December 2025.', 'not_a_notification'],
      [notice('cn-test-ukraine-communication.txt'), 'unknown_action'],
      [notice('cn-test-morocco-accession.txt').replace('XXVI.5', 'XXVI.7'), 'unknown_treaty'],
      [notice('cn-test-morocco-accession.txt').replace('MOROCCO: ACCESSION', 'ATLANTIS: ACCESSION'), 'unknown_state'],
      [notice('cn-test-morocco-accession.txt').replace('The above action was effected on 20 January 2026.', 'The above action was effected.'), 'no_action_date'],
    ];
    for (const [text, code] of cases) expect([code, readNotification(shippedIndex(), text)]).toMatchObject([code, { ok: false, error: { code } }]);
  });
});

describe.each(BACKENDS)('POST /v1/notifications on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  let editor: string;
  const post = (body: unknown, headers: Record<string, string> = bearer(editor)) =>
    app.inject({ method: 'POST', url: '/v1/notifications', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
    editor = await tokenFor(db.store, 'editor', 'Notice Editor');
  });
  afterAll(async () => {
    await app.close();
    await db.cleanup();
  });

  it('needs an editor\'s token', async () => {
    const r = await post({ text: notice('cn-test-morocco-accession.txt') }, {});
    expect(r.statusCode).toBe(401);
  });

  it('a withdrawal the record has: stored, suggested, marked as a duplicate of the recorded event', async () => {
    const r = await post({ text: notice('cn-362-2025-lithuania-withdrawal.txt'), url: 'https://treaties.un.org/doc/Publication/CN/2025/CN.362.2025-Eng.pdf' });
    expect(r.statusCode, r.body).toBe(201);
    const a = r.json<Answer>();
    expect(a.document).toMatchObject({ kind: 'depositary', published: '2025-07-03', title: 'Depositary notification C.N.362.2025.TREATIES-XXVI.5: LITHUANIA: WITHDRAWAL', url: 'https://treaties.un.org/doc/Publication/CN/2025/CN.362.2025-Eng.pdf' });
    expect(a.suggestion).toMatchObject({ status: 'pending', origin: 'depositary', documentId: a.document.id, duplicateOf: 'apmbc-LTU-withdrawal', proposal: { input: { state: 'LTU', kind: 'withdrawal', date: '2025-06-27', effect_date: '2025-12-27', notification: 'C.N.362.2025.TREATIES-XXVI.5' } } });
    const again = await post({ text: notice('cn-362-2025-lithuania-withdrawal.txt') });
    expect([again.statusCode, again.json<Answer>().duplicate, again.json<Answer>().suggestion.id]).toStrictEqual([200, true, a.suggestion.id]);
  });

  it('a new accession (test input): accepted, the event cites the stored notice', async () => {
    const a = (await post({ text: notice('cn-test-morocco-accession.txt') })).json<Answer>();
    expect(a.suggestion.summary).toBe('Morocco: Accession of the APMBC, 2026-01-20, effect 2026-07-01 (C.N.15.2026.TREATIES-XXVI.5)');
    // The status page showing the same accession (an altered copy: test input) queues nothing new: it is the same fact.
    const page = await importUntcPage({ record: db.store, suggestions: openSuggestionStore(db.store) }, readFileSync(new URL('./fixtures/ingest/untc/apmbc-new-participant.html', import.meta.url), 'utf8'), { by: 'test', at: '2026-12-08T00:00:00Z' });
    expect(page.ok && [page.value.suggestions.added.length, page.value.suggestions.known.map((k) => k.id)]).toStrictEqual([0, [a.suggestion.id]]);
    const accepted = await app.inject({ method: 'POST', url: `/v1/suggestions/${a.suggestion.id}/accept`, headers: { 'content-type': 'application/json', ...bearer(editor) }, payload: '{}' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json<{ event: { id: string; sources: { id: string }[]; details: Record<string, unknown>; recordedBy: string } }>().event).toMatchObject({
      id: 'apmbc-MAR-accession-2026-01-20', sources: [{ id: a.document.id, date: '2026-01-22', quote: 'The above action was effected on 20 January 2026.' }], details: { notification: 'C.N.15.2026.TREATIES-XXVI.5', notificationDate: '2026-01-22' }, recordedBy: 'Notice Editor',
    });
  });

  it('refusals: 400 with the reason, nothing stored', async () => {
    const before = (await app.inject('/v1/documents')).json<{ total: number }>().total;
    for (const [body, code] of [[{ text: 'no notice here' }, 'not_a_notification'], [{ text: notice('cn-test-ukraine-communication.txt') }, 'unknown_action'], [{ text: 'x', extra: 1 }, 'invalid_input']] as const) {
      const r = await post(body);
      expect([code, r.statusCode, r.json<Refusal>().error.code]).toStrictEqual([code, 400, code]);
    }
    expect((await app.inject('/v1/documents')).json<{ total: number }>().total).toBe(before);
  });
});
