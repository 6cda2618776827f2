import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DomainError } from '../../domain/result.js';
import { type LibraryStores, acceptOne, acceptedJson, ingestOne, rejectOne, reviewQueue, searchLibrary } from '../../ingest/library-service.js';
import { eventJson } from '../../present/event-json.js';
import { snippetHtml, snippetParts } from '../../present/search-snippet.js';
import { openDocumentStore } from '../../store/kysely-document-store.js';
import { peopleStoreOf } from '../../store/kysely-people-store.js';
import { openSuggestionStore } from '../../store/kysely-suggestion-store.js';
import { SUGGESTION_STATUSES } from '../../store/suggestion-store.js';
import type { ApiContext } from '../api-context.js';
import { type AuthResult, authRoute } from '../auth-route.js';
import { AcceptBody, DocumentAnswer, DocumentsAnswer, IngestBody, IngestedAnswer, RejectBody, ReviewedAnswer, SearchAnswer, SuggestionsAnswer } from '../document-answers.js';
import { HttpError } from '../http-error.js';
import { jsonText } from '../json-text.js';
import { MEDIA, type RouteDoc } from '../route-doc.js';
import { parseOr400 } from '../zod-errors.js';

const WRITE_ERRORS = [400, 401, 403, 404, 409, 413, 415, 429];
// Review outcomes that are not a plain 400: what cannot be found, and what was decided or recorded already.
const STATUS: Readonly<Record<string, number>> = {
  unknown_suggestion: 404, unknown_document: 404, already_reviewed: 409, duplicate_event: 409, duplicate_vote: 409, already_recorded: 409, duplicate_document: 409,
};

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback).meta({ description: `how many (1–${max}, default ${fallback})` });
const IdParams = z.strictObject({ id: z.string().min(1).max(100).meta({ description: 'the id' }) });

/** The document library (full-text search, documents) and the review queue of suggestions read from them. */
export function documentRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const stores = (): LibraryStores => ({ record: ctx.store, documents: openDocumentStore(ctx.store), suggestions: openSuggestionStore(ctx.store), people: peopleStoreOf(ctx.store) });
  const acting = (name: string) => ({ by: name, at: ctx.now().toISOString(), today: ctx.today() });
  const fail = (e: DomainError): HttpError => HttpError.fromDomain(e, STATUS[e.code]);

  libraryRead(app, ctx, {
    path: '/v1/search', operationId: 'searchDocuments', tag: 'documents', summary: 'Full-text search of the stored documents, best first, with highlighted snippets',
    description: 'Web-search syntax: words, "phrases", OR, -word. SQLite FTS5 or PostgreSQL full-text search, by the engine in use.',
    query: z.strictObject({ q: z.string().meta({ description: 'what to search for' }), limit: limit(50, 10), offset: z.coerce.number().int().min(0).max(10_000).default(0) }),
    response: SearchAnswer, errors: [400],
    answer: async ({ query }) => {
      const page = await searchLibrary(stores(), query.q, query.limit, query.offset);
      if (!page.ok) throw fail(page.error);
      const hits = page.value.hits.map((h) => {
        const parts = snippetParts(h.snippet);
        return { document: h.document, score: Number(h.score.toFixed(6)), snippet: parts.text, highlights: parts.highlights, snippetHtml: snippetHtml(parts) };
      });
      return { query: page.value.query, total: page.value.total, offset: query.offset, limit: query.limit, hits };
    },
  });
  libraryRead(app, ctx, {
    path: '/v1/documents', operationId: 'listDocuments', tag: 'documents', summary: 'The stored documents (without their text), newest first',
    query: z.strictObject({ limit: limit(500, 100) }), response: DocumentsAnswer, errors: [400],
    answer: async ({ query }) => {
      const s = stores();
      return { documents: await s.documents.list({ limit: query.limit }), total: await s.documents.count() };
    },
  });
  libraryRead(app, ctx, {
    path: '/v1/documents/{id}', operationId: 'getDocument', tag: 'documents', summary: 'One stored document with its text, and the suggestions read from it',
    params: IdParams, query: z.strictObject({}), response: DocumentAnswer, errors: [400, 404],
    answer: async ({ params }) => {
      const s = stores();
      const document = await s.documents.get(params.id);
      if (!document) throw new HttpError(404, 'unknown_document', `no document has the id "${params.id}": see /v1/documents`, 'id');
      return { document, suggestions: await s.suggestions.list({ documentId: document.id }) };
    },
  });
  libraryRead(app, ctx, {
    path: '/v1/suggestions', operationId: 'listSuggestions', tag: 'documents', summary: 'The review queue: suggested events, statements and votes, oldest first',
    description: 'Pending suggestions say which recorded event they repeat (`duplicateOf`), checked against the record as it stands.',
    query: z.strictObject({ status: z.enum(SUGGESTION_STATUSES).default('pending'), document: z.string().max(100).optional(), limit: limit(1000, 200) }),
    response: SuggestionsAnswer, errors: [400],
    answer: async ({ query }) => ({ status: query.status, suggestions: await reviewQueue(stores(), query.status, { documentId: query.document, limit: query.limit }) }),
  });

  authRoute(app, ctx, {
    method: 'POST', path: '/v1/documents', operationId: 'ingestDocument', tag: 'documents', role: 'editor', status: 201,
    summary: 'Ingest one document: stored as text, searchable, and what it reports queued for review',
    description: 'Like `treatywatch ingest` for one file. A text stored already is refused (409 duplicate_document) and nothing changes. A body over the server’s limit (256 KiB unless configured) answers 413: ingest larger files with the CLI (up to 2 MiB).',
    params: z.strictObject({}), body: IngestBody, response: IngestedAnswer, errors: WRITE_ERRORS,
    handle: async ({ body, token }) => {
      const input = parseBody(IngestBody, body);
      const done = await ingestOne(stores(), input, acting(token.name));
      if (!done.ok) throw fail(done.error);
      return { status: 201, value: done.value, headers: { location: `/v1/documents/${done.value.document.id}` } };
    },
  });
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/suggestions/{id}/accept', operationId: 'acceptSuggestion', tag: 'documents', role: 'editor', status: 201,
    summary: 'Accept a suggestion (optionally edited): writes its event, statement or vote, citing the document, as the token’s user',
    description: 'Edits name fields to change first: for an event date, kind, state, treaty, effect_date, quote, note, publisher, source_title, source_url, source_date, yes, no, abstain, absent; for a statement speaker, stance, date, quote, state, treaty, publisher; for a vote date, body, motion, stage, yes, no, abstain, absent, state, treaty, publisher. A suggestion decided already answers 409.',
    params: IdParams, body: AcceptBody, response: ReviewedAnswer, errors: WRITE_ERRORS,
    handle: async ({ params, body, token }): Promise<AuthResult> => {
      const input = parseBody(AcceptBody, body ?? {});
      const done = await acceptOne(stores(), params.id, input.edits ?? {}, acting(token.name));
      if (!done.ok) throw fail(done.error);
      const snap = done.value.event ? await ctx.record.refresh() : undefined;
      return { status: 201, value: acceptedJson(done.value, (e) => (snap ? eventJson(snap.index, e) : e)) };
    },
  });
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/suggestions/{id}/reject', operationId: 'rejectSuggestion', tag: 'documents', role: 'editor',
    summary: 'Reject a suggestion with a reason: kept, so the same suggestion does not come back',
    params: IdParams, body: RejectBody, response: ReviewedAnswer, errors: WRITE_ERRORS,
    handle: async ({ params, body, token }) => {
      const input = parseBody(RejectBody, body);
      const done = await rejectOne(stores(), params.id, input.reason, acting(token.name));
      if (!done.ok) throw fail(done.error);
      return { status: 200, value: { suggestion: done.value } };
    },
  });
}

/** A public read of the library: not cached with the record (documents change on their own), validated, answered as JSON. */
function libraryRead<P extends z.ZodType, Q extends z.ZodType>(app: FastifyInstance, ctx: ApiContext, spec: Omit<RouteDoc, 'method' | 'produces' | 'params' | 'query'> & { params?: P; query: Q; answer: (input: { params: z.output<P>; query: z.output<Q> }) => Promise<unknown> }): void {
  const { answer, ...doc } = spec;
  ctx.docs.push({ ...doc, method: 'get', produces: MEDIA.json });
  app.get(spec.path.replace(/\{(\w+)\}/g, ':$1'), async (request, reply) => {
    const params = spec.params ? parseOr400(spec.params, request.params, 'path') : ({} as z.output<P>);
    const query = parseOr400(spec.query, request.query, 'query');
    const value = await answer({ params, query });
    return reply.header('content-type', MEDIA.json).header('cache-control', 'no-store').send(jsonText(value));
  });
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? undefined);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(body)';
  if (issue?.code === 'unrecognized_keys') throw new HttpError(400, 'invalid_input', `unknown field(s): ${issue.keys.join(', ')}`, issue.keys[0]);
  throw new HttpError(400, 'invalid_input', `${field}: ${issue?.message ?? 'is invalid'}`, field);
}
