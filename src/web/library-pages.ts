import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RecordIndex } from '../domain/record-index.js';
import type { DomainError } from '../domain/result.js';
import { type LibraryStores, acceptOne, rejectOne, reviewQueue, searchLibrary } from '../ingest/library-service.js';
import { errorPage } from './pages/error-page.js';
import { type LibraryView, documentPage, libraryPage } from './pages/library-page.js';
import { type ReviewView, reviewPage } from './pages/review-page.js';
import type { Links } from './links.js';
import { sendPage } from './send-page.js';

/** What the library and review pages need from the server: the stores, token checking and the clock. */
export interface LibraryWebContext {
  readonly stores: () => LibraryStores;
  /** The name of the live editor (or admin) token with this secret; undefined for none. */
  readonly editorNamed: (secret: string) => Promise<string | undefined>;
  readonly now: () => Date;
  /** Called after an accepted event changed the record, so that cached pages and answers see it. */
  readonly recordChanged: () => Promise<void>;
}

type Web = { readonly readIndex: () => Promise<RecordIndex>; readonly today: () => string };
type Form = Readonly<Record<string, string>>;

// Review outcomes and their page status: what cannot be found, what was decided already, what the token may not do.
const STATUS: Readonly<Record<string, number>> = { unknown_suggestion: 404, unknown_document: 404, already_reviewed: 409, duplicate_event: 409, duplicate_vote: 409, already_recorded: 409 };
const POSTS_PER_MINUTE = 60;

/**
 * `/library` (full-text search of the stored documents), `/library/documents/<id>` (one text, the
 * quoted passage marked) and `/review` (the queue, with accept and reject). Live pages, never cached:
 * documents and decisions change without the record changing. Writes need an editor token, sent in
 * the form's body; a refused write shows the queue again with the reason, and nothing written.
 */
export function libraryPages(ctx: LibraryWebContext, web: Web, links: Links) {
  return (scope: FastifyInstance): Promise<void> => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      if (error.statusCode === undefined || error.statusCode >= 500) throw error;
      return send(req, reply, errorPage(error.statusCode, error.code, error.message, req.url, links), error.statusCode);
    });
    scope.get('/library', async (req, reply) => {
      const q = text(req.query, 'q')?.trim();
      const s = ctx.stores();
      const view: LibraryView = { recent: q ? [] : await s.documents.list({ limit: 20 }), total: await s.documents.count(), ...(q ? { q } : {}) };
      if (!q) return send(req, reply, libraryPage(view, links));
      const page = await searchLibrary(s, q, 20);
      return page.ok ? send(req, reply, libraryPage({ ...view, page: page.value }, links)) : send(req, reply, libraryPage({ ...view, error: page.error.message }, links), 400);
    });
    scope.get('/library/documents/:id', async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const doc = await ctx.stores().documents.get(id);
      if (!doc) return send(req, reply, errorPage(404, 'unknown_document', `no document has the id "${id.slice(0, 100)}"`, req.url, links), 404);
      const m = /^(\d{1,7})-(\d{1,7})$/.exec(text(req.query, 'mark') ?? '');
      return send(req, reply, documentPage(doc, m ? { start: Number(m[1]), end: Number(m[2]) } : undefined, links));
    });
    scope.get('/review', async (req, reply) => {
      const outcome = await outcomeOf(text(req.query, 'decided'));
      return send(req, reply, await review(outcome === undefined ? {} : { outcome }));
    });
    const decide = (action: 'accept' | 'reject') => async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const id = (req.params as { id: string }).id;
      const form = (req.body ?? {}) as Form;
      const secret = (form.token ?? '').trim();
      const name = secret === '' ? undefined : await ctx.editorNamed(secret);
      if (name === undefined) {
        const message = secret === '' ? 'give your editor token: decisions are recorded under its name' : 'this token is not a live editor token of this server: check it, or ask an admin for one';
        return send(req, reply, await review({ refusal: { status: 401, code: secret === '' ? 'missing_token' : 'invalid_token', message } }), 401);
      }
      const acting = { by: name, at: ctx.now().toISOString(), today: web.today() };
      const stores = ctx.stores();
      if (action === 'reject') {
        const done = await rejectOne(stores, id, form[`reason-${id}`] ?? '', acting);
        if (!done.ok) return refused(req, reply, done.error);
        return reply.redirect(links.page('/review', { decided: id }), 303);
      }
      const edits = parseEdits(form[`edits-${id}`] ?? '');
      if (!edits.ok) return refused(req, reply, edits.error);
      const done = await acceptOne(stores, id, edits.value, acting);
      if (!done.ok) return refused(req, reply, done.error);
      if (done.value.event) await ctx.recordChanged();
      return reply.redirect(links.page('/review', { decided: id }), 303);
    };
    const limit = { config: { rateLimit: { max: POSTS_PER_MINUTE, timeWindow: 60_000 } } };
    scope.post('/review/:id/accept', limit, decide('accept'));
    scope.post('/review/:id/reject', limit, decide('reject'));
    // The form's own action (Enter in a field): nothing to decide without a button.
    scope.post('/review', async (req, reply) => send(req, reply, await review({ refusal: { status: 400, code: 'no_decision', message: 'press Accept or Reject beside a suggestion' } }), 400));
    return Promise.resolve();
  };

  async function review(extra: Pick<ReviewView, 'outcome' | 'refusal'>): Promise<string> {
    const s = ctx.stores();
    const index = await web.readIndex();
    const pending = await reviewQueue(s, 'pending');
    const titles = new Map((await s.documents.list({ limit: 10_000 })).map((d) => [d.id, d.title]));
    return reviewPage(index, { pending, titles, ...(extra.outcome ? { outcome: extra.outcome } : {}), ...(extra.refusal ? { refusal: extra.refusal } : {}) }, links);
  }

  // The outcome is read back from the store, never from the address: a link cannot make the page say anything.
  async function outcomeOf(id: string | undefined): Promise<string | undefined> {
    if (id === undefined || !/^\d{1,12}$/.test(id)) return undefined;
    const s = await ctx.stores().suggestions.get(id);
    if (!s?.review || s.status === 'pending') return undefined;
    if (s.status === 'rejected') return `Suggestion ${s.id} rejected by ${s.review.by}: ${s.review.reason ?? ''}`;
    const workspace = s.type === 'statement' || s.type === 'vote' ? `${s.type === 'vote' ? 'v' : 'st'}-${s.documentId ?? ''}-${s.id}` : undefined;
    return `Suggestion ${s.id} accepted by ${s.review.by}${s.review.eventId ? `: recorded ${s.review.eventId}` : workspace ? `: ${s.type} ${workspace} written to the campaign workspace` : ''}.`;
  }

  async function refused(req: FastifyRequest, reply: FastifyReply, e: DomainError): Promise<FastifyReply> {
    const status = STATUS[e.code] ?? 400;
    return send(req, reply, await review({ refusal: { status, code: e.code, message: e.message } }), status);
  }
}

/** "date=2025-05-08; publisher=Euromaidan Press" (or one per line) as fields. */
function parseEdits(textValue: string): { ok: true; value: Record<string, string> } | { ok: false; error: DomainError } {
  const value: Record<string, string> = {};
  for (const part of textValue.split(/[;\n]/u).map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([a-z_]+)\s*=\s*(.*)$/su.exec(part);
    if (!m) return { ok: false, error: { code: 'invalid_edit', field: 'edit', message: `"${part.slice(0, 60)}" is not field=value, e.g. date=2025-05-08` } };
    value[m[1] ?? ''] = (m[2] ?? '').trim();
  }
  return { ok: true, value };
}

function text(query: unknown, key: string): string | undefined {
  const v = (query as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'string' ? v : undefined;
}

function send(req: FastifyRequest, reply: FastifyReply, body: string, status = 200): FastifyReply {
  reply.header('cache-control', 'no-store');
  return sendPage(req, reply, status, body);
}
