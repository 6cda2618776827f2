// The document library and review queue over HTTP (app.inject), on SQLite and on PostgreSQL: the five
// corpus documents ingested through the API, full-text search with highlighted (and escaped) snippets,
// suggestions accepted into the record or the campaign workspace as the token's user, rejected with
// a reason for good, and every refusal with its status: 400, 401, 404, 409, 415.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueSuggestions } from '../src/ingest/suggest/queue-suggestions.js';
import { openDocumentStore } from '../src/store/kysely-document-store.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import { openSuggestionStore } from '../src/store/kysely-suggestion-store.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';
import { CORPUS, CORPUS_PUBLISHERS } from './support/shipped.js';

const FIVE = CORPUS_PUBLISHERS;
const text = (file: string) => readFileSync(CORPUS + file, 'utf8');

type Doc = { id: string; title: string; publisher?: string; published?: string };
type Suggestion = { id: string; type: string; summary: string; status: string; documentId?: string; duplicateOf?: string; review?: { by: string; reason?: string; eventId?: string }; proposal: Record<string, unknown> };
type Hit = { document: Doc; snippet: string; highlights: [number, number][]; snippetHtml: string };
type Refusal = { error: { code: string; field: string | null; message: string } };

describe.each(BACKENDS)('documents and suggestions on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  let editor: string;
  const ids: Record<string, string> = {};
  const post = (url: string, body: unknown, headers: Record<string, string> = bearer(editor)) =>
    app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  const get = async <T>(url: string): Promise<T> => {
    const r = await app.inject(url);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    return r.json<T>();
  };
  const pending = async () => (await get<{ suggestions: Suggestion[] }>('/v1/suggestions?status=pending')).suggestions;
  const refused = async (r: Promise<{ statusCode: number; json: <T>() => T }>, status: number, code: string) => {
    const a = await r;
    expect(a.statusCode).toBe(status);
    expect(a.json<Refusal>().error.code).toBe(code);
  };

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store, process.env.TW_DEBUG ? { logger: { level: 'error', stream: process.stderr } } : {});
    editor = await tokenFor(db.store, 'editor', 'Rita Reviewer');
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('ingests the five corpus documents as the token’s user, and refuses the same text twice', async () => {
    for (const [file, publisher] of Object.entries(FIVE)) {
      const r = await post('/v1/documents', { text: text(file), name: file, publisher, kind: 'ngo' });
      expect(r.statusCode, r.body.slice(0, 300)).toBe(201);
      const { document, suggestions } = r.json<{ document: Doc & { ingestedBy: string }; suggestions: Suggestion[] }>();
      expect(document).toMatchObject({ publisher, ingestedBy: 'Rita Reviewer' });
      expect(r.headers.location).toBe(`/v1/documents/${document.id}`);
      expect(suggestions.every((s) => s.documentId === document.id && s.status === 'pending')).toBe(true);
      ids[file] = document.id;
    }
    // Dated by their datelines where they have one (INDEX.md: the letter 2025-01-17, the media pack 2025-03-26).
    const list = await get<{ documents: Doc[]; total: number }>('/v1/documents');
    expect(list.total).toBe(5);
    expect(Object.fromEntries(list.documents.map((d) => [d.id, d.published ?? null]))).toMatchObject({ [ids['icbl-letter-prime-minister-2025-01-17.txt'] ?? '']: '2025-01-17', [ids['icbl-media-pack-lithuania-2025-03-26.txt'] ?? '']: '2025-03-26' });
    const again = await post('/v1/documents', { text: text('npa-statement-lithuania-vote-2025-05.txt') });
    expect(again.statusCode).toBe(409);
    expect(again.json<Refusal>().error.code).toBe('duplicate_document');
    expect(again.json<Refusal>().error.message).toContain(ids['npa-statement-lithuania-vote-2025-05.txt'] ?? '?');
    expect((await get<{ total: number }>('/v1/documents')).total).toBe(5);
  });

  it('reads one document with its text and its suggestions; 404 for an unknown id', async () => {
    const id = ids['euromaidan-lithuania-exits-2025-05.txt'] ?? '';
    const r = await get<{ document: Doc & { body: string }; suggestions: Suggestion[] }>(`/v1/documents/${id}`);
    expect(r.document.body).toContain('with 107 votes in favor and three abstentions');
    expect(r.suggestions.length).toBeGreaterThan(0);
    await refused(app.inject('/v1/documents/doc-000000000000'), 404, 'unknown_document');
  });

  it('finds "Seimas" in exactly the documents whose text has it, with the word highlighted', async () => {
    const expected = Object.keys(FIVE).filter((f) => /\bSeimas\b/i.test(text(f))).map((f) => ids[f]).sort();
    const r = await get<{ total: number; hits: Hit[] }>('/v1/search?q=Seimas&limit=10');
    expect(r.hits.map((h) => h.document.id).sort()).toEqual(expected);
    expect(r.total).toBe(expected.length);
    for (const h of r.hits) {
      expect(h.highlights.length).toBeGreaterThan(0);
      for (const [a, b] of h.highlights) expect(h.snippet.slice(a, b).toLowerCase()).toMatch(/^seimas/);
      expect(h.snippetHtml).toMatch(/<mark>Seimas[’'s]*<\/mark>/i);
    }
    const vote = await get<{ total: number; hits: Hit[] }>('/v1/search?q=Seimas%20vote');
    expect(vote.hits.map((h) => h.document.title)).toEqual(['Lithuania exits anti-personnel mine convention amid Russo-Belarusian threats']);
    await refused(app.inject('/v1/search?q=%20'), 400, 'empty_query');
    await refused(app.inject('/v1/search?q=x&limit=0'), 400, 'invalid_parameter');
  });

  it('never lets a document’s markup into a snippet: it is escaped, only <mark> is ours', async () => {
    const hostile = 'Saeima note. The Saeima <img src=x onerror=alert(1)> voted & "<script>alert(2)</script>" was text.';
    const r = await post('/v1/documents', { text: hostile, name: 'hostile.txt', publisher: 'Test' });
    expect(r.statusCode, r.body).toBe(201);
    const hit = (await get<{ hits: Hit[] }>('/v1/search?q=Saeima')).hits.find((h) => h.document.publisher === 'Test');
    expect(hit?.snippetHtml).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(hit?.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('accepts a suggested event as the token’s user: the event exists and cites the document', async () => {
    const vote = (await pending()).find((s) => s.type === 'event' && s.summary.startsWith('Lithuania: parliamentary vote (APMBC), 2025-05-08 — 107 for'));
    expect(vote?.documentId).toBe(ids['euromaidan-lithuania-exits-2025-05.txt']);
    const r = await post(`/v1/suggestions/${vote?.id}/accept`, {});
    expect(r.statusCode, r.body).toBe(201);
    const event = r.json<{ event: { id: string; recordedBy: string; sources: { id: string; publisher: string; quote: string }[] } }>().event;
    expect(event).toMatchObject({ id: 'apmbc-LTU-parliamentary_vote-2025-05-08', recordedBy: 'Rita Reviewer', sources: [{ id: vote?.documentId, publisher: 'Euromaidan Press' }] });
    expect(text('euromaidan-lithuania-exits-2025-05.txt')).toContain(event.sources[0]?.quote);
    const stored = await db.store.getEvent(event.id);
    expect(stored?.sources.map((c) => c.sourceId)).toEqual([vote?.documentId]);
    const read = await get<{ event: { id: string } }>(`/v1/events/${event.id}`);
    expect(read.event.id).toBe(event.id);
    // The NPA statement reports the same vote: the queue now says so and links it.
    const npa = (await pending()).find((s) => s.type === 'event' && s.documentId === ids['npa-statement-lithuania-vote-2025-05.txt'] && s.summary.includes('parliamentary vote'));
    expect(npa?.duplicateOf).toBe(event.id);
    // Reading the queue writes nothing: the stored suggestion keeps the mark it was queued with.
    expect((await openSuggestionStore(db.store).get(npa?.id ?? ''))?.duplicateOf).toBeUndefined();
    await refused(post(`/v1/suggestions/${npa?.id}/accept`, {}), 409, 'duplicate_event');
    // Deciding twice: 409, and nothing more is written.
    const events = (await db.store.readDataset()).events.length;
    await refused(post(`/v1/suggestions/${vote?.id}/accept`, {}), 409, 'already_reviewed');
    await refused(post(`/v1/suggestions/${vote?.id}/reject`, { reason: 'changed my mind' }), 409, 'already_reviewed');
    expect((await db.store.readDataset()).events.length).toBe(events);
  });

  it('accepts an edited event suggestion, and validates the edits', async () => {
    const ccm = (await pending()).find((s) => s.type === 'event' && s.summary.startsWith('Lithuania: parliamentary vote (CCM), 2024-07'));
    await refused(post(`/v1/suggestions/${ccm?.id}/accept`, { edits: { date: '2024-07-32' } }), 400, 'invalid_date');
    await refused(post(`/v1/suggestions/${ccm?.id}/accept`, { edits: { colour: 'red' } }), 400, 'invalid_edit');
    const r = await post(`/v1/suggestions/${ccm?.id}/accept`, { edits: { date: '2024-07-18', yes: 103 } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<{ event: { id: string; details: Record<string, unknown> } }>().event).toMatchObject({ id: 'ccm-LTU-parliamentary_vote-2024-07-18', details: { yes: 103 } });
  });

  it('rejects with a reason, kept, and the suggestion does not come back', async () => {
    const wrong = (await pending()).find((s) => s.summary.includes('ratification (APMBC), 2004'));
    await refused(post(`/v1/suggestions/${wrong?.id}/reject`, {}), 400, 'invalid_input');
    const r = await post(`/v1/suggestions/${wrong?.id}/reject`, { reason: 'wrong year: deposited 2003-05-12' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<{ suggestion: Suggestion }>().suggestion).toMatchObject({ status: 'rejected', review: { by: 'Rita Reviewer', reason: 'wrong year: deposited 2003-05-12' } });
    expect((await pending()).some((s) => s.id === wrong?.id)).toBe(false);
    // Reading the document again finds the same suggestion, which is known: nothing is added.
    const again = await queueSuggestions({ record: db.store, documents: openDocumentStore(db.store), suggestions: openSuggestionStore(db.store) }, [wrong?.documentId ?? ''], { by: 'x', at: new Date().toISOString() });
    expect(again.ok && again.value.added).toEqual([]);
    expect((await pending()).some((s) => s.summary.includes('ratification (APMBC), 2004'))).toBe(false);
    const rejected = await get<{ suggestions: Suggestion[] }>('/v1/suggestions?status=rejected');
    expect(rejected.suggestions.map((s) => s.id)).toEqual([wrong?.id]);
  });

  it('accepts a statement into the campaign workspace, citing the document, once the reviewer dates it', async () => {
    const said = (await pending()).find((s) => s.type === 'statement' && s.documentId === ids['npa-statement-lithuania-vote-2025-05.txt']);
    expect(said?.proposal).toMatchObject({ speaker: 'Aksel Steen-Nilsen', stance: 'opposes', iso3: 'LTU', treatyId: 'apmbc' });
    await refused(post(`/v1/suggestions/${said?.id}/accept`, {}), 400, 'date_required');
    const r = await post(`/v1/suggestions/${said?.id}/accept`, { edits: { date: '2025-05-08' } });
    expect(r.statusCode, r.body).toBe(201);
    const people = await peopleStoreOf(db.store).read();
    const statement = people.statements.find((s) => s.id === r.json<{ statement: { id: string } }>().statement.id);
    expect(statement).toMatchObject({ stance: 'opposes', date: { value: '2025-05-08' }, sources: [{ sourceId: said?.documentId }], quoteKind: 'direct' });
    expect(statement?.note).toContain('by Rita Reviewer');
    // The workspace was empty: the shipped one was loaded first, and the speaker is its person.
    expect(people.persons.find((p) => p.id === statement?.speakerId)?.name).toBe('Aksel Steen-Nilsen');
    expect(people.votes.length).toBeGreaterThan(0);
    expect(people.sources.map((s) => s.id)).toContain(said?.documentId);
    await refused(post(`/v1/suggestions/${said?.id}/accept`, { edits: { date: '2025-05-08' } }), 409, 'already_reviewed');
  });

  it('accepts a vote into the workspace once its missing count is given, to the parliament it names, and never twice', async () => {
    // The shipped workspace has this vote (v-ltu-seimas-2025-05-08-apmbc): take it out to see a vote written.
    const people = peopleStoreOf(db.store);
    const shippedVote = (await people.read()).votes.find((v) => v.iso3 === 'LTU' && v.date === '2025-05-08');
    expect(shippedVote?.id).toBe('v-ltu-seimas-2025-05-08-apmbc');
    const vote = (await pending()).find((s) => s.type === 'vote' && s.documentId === ids['euromaidan-lithuania-exits-2025-05.txt']);
    expect(vote?.proposal).toMatchObject({ iso3: 'LTU', date: '2025-05-08', counts: { yes: 107, abstain: 3 }, body: 'Seimas' });
    await refused(post(`/v1/suggestions/${vote?.id}/accept`, {}), 400, 'counts_required');
    await refused(post(`/v1/suggestions/${vote?.id}/accept`, { edits: { no: 0 } }), 409, 'duplicate_vote');
    await db.store.db.withTables<{ people_votes: { id: string } }>().deleteFrom('people_votes').where('id', '=', shippedVote?.id ?? '').execute();
    const r = await post(`/v1/suggestions/${vote?.id}/accept`, { edits: { no: 0 } });
    expect(r.statusCode, r.body).toBe(201);
    const written = r.json<{ vote: { id: string; counts: Record<string, number>; iso3: string; bodyId: string; verified: boolean; sources: { sourceId: string }[] } }>().vote;
    // The counts the reference gives (lithuania-constitution.md §3: 107 for, 0 against, 3 abstained); the Seimas as the workspace names it.
    expect(written).toMatchObject({ iso3: 'LTU', bodyId: 'ltu-seimas', counts: { yes: 107, no: 0, abstain: 3 }, verified: false, sources: [{ sourceId: vote?.documentId }] });
    expect((await people.read()).votes.map((v) => v.id)).toContain(written.id);
    // The NPA statement reports the same vote ("unanimously"): the workspace refuses a second one.
    const npa = (await pending()).find((s) => s.type === 'vote' && s.documentId === ids['npa-statement-lithuania-vote-2025-05.txt']);
    await refused(post(`/v1/suggestions/${npa?.id}/accept`, { edits: { yes: 107 } }), 409, 'duplicate_vote');
  });

  it('refuses writes without a valid token, non-JSON bodies, unknown suggestions and fields', async () => {
    const s = (await pending())[0];
    await refused(post(`/v1/suggestions/${s?.id}/reject`, { reason: 'x' }, {}), 401, 'missing_token');
    await refused(post(`/v1/suggestions/${s?.id}/reject`, { reason: 'x' }, bearer('not-a-token')), 401, 'invalid_token');
    await refused(post('/v1/documents', { text: 'A text.' }, {}), 401, 'missing_token');
    const form = await app.inject({ method: 'POST', url: `/v1/suggestions/${s?.id}/reject`, headers: { ...bearer(editor), 'content-type': 'application/x-www-form-urlencoded' }, payload: 'reason=x' });
    expect(form.statusCode).toBe(415);
    await refused(post('/v1/suggestions/999999/accept', {}), 404, 'unknown_suggestion');
    await refused(post('/v1/suggestions/999999/reject', { reason: 'x' }), 404, 'unknown_suggestion');
    await refused(post('/v1/documents', { text: 'A text.', author: 'me' }), 400, 'invalid_input');
    expect((await post('/v1/documents', { text: 'Seimas '.repeat(60_000) })).statusCode).toBe(413);
    await refused(post('/v1/documents', { text: 'A text.', date: '2025-13-01' }), 400, 'invalid_date');
    expect((await pending()).find((x) => x.id === s?.id)?.status).toBe('pending');
  });

  it('documents every new route in the OpenAPI description', async () => {
    const doc = await get<{ paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    for (const [path, method] of [['/v1/search', 'get'], ['/v1/documents', 'get'], ['/v1/documents', 'post'], ['/v1/documents/{id}', 'get'], ['/v1/suggestions', 'get'], ['/v1/suggestions/{id}/accept', 'post'], ['/v1/suggestions/{id}/reject', 'post']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
});
