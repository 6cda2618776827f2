import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_TEXT_LENGTH, checkRequest, claimCheckRequestSchema } from '../claims/index.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Links } from './links.js';
import { type ClaimsView, claimsPage } from './pages/claims-page.js';
import { sendPage } from './send-page.js';

/** What the claim checker needs from the server: the record, today, and the campaign workspace (without it, the one shipped in data/people). */
export interface ClaimsContext {
  readonly readIndex: () => Promise<RecordIndex>;
  readonly today: () => string;
  readonly readPeople?: () => Promise<PeopleRecord>;
}

type Refusal = NonNullable<ClaimsView['error']> & { readonly status: number };

// A form-encoded text of MAX_TEXT_LENGTH characters is at most this long when most of it is plain
// letters; anything longer is refused by its length after parsing, with the page and a message.
const BODY_LIMIT = MAX_TEXT_LENGTH * 4 + 64 * 1024;
// Checking a long text costs a second or more of CPU: each client gets a budget of posts a minute.
const POSTS_PER_MINUTE = 30;

/**
 * The claim checker page, `/claims`: GET shows the form (and checks `?text=…&date=…`, so a check can
 * be linked to); POST checks the form's text. Server-rendered, so it works without JavaScript. Its own
 * plugin scope: the form parser and the page-shaped error answers stay here.
 */
export function claimsPages(ctx: ClaimsContext, links: Links) {
  return (scope: FastifyInstance): Promise<void> => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      const refusal = pageRefusal(error);
      // Anything else is ours: the server's own handler logs it and answers.
      if (!refusal) throw error;
      return send(req, reply, { error: refusal }, refusal.status);
    });
    scope.get('/claims', async (req, reply) => {
      const q = fields(req.query);
      if (q.text === undefined || q.text.trim() === '') return send(req, reply, { ...(q.date === undefined ? {} : { date: q.date }) }, 200, 'no-cache');
      return check(ctx, req, reply, q);
    });
    scope.post('/claims', { bodyLimit: BODY_LIMIT, config: { rateLimit: { max: POSTS_PER_MINUTE, timeWindow: 60_000 } } }, (req, reply) => check(ctx, req, reply, fields(req.body)));
    return Promise.resolve();
  };

  async function check(c: ClaimsContext, req: FastifyRequest, reply: FastifyReply, input: { text?: string; date?: string }): Promise<FastifyReply> {
    // Browsers send a textarea's line breaks as CRLF: the offsets and the page use the text as typed.
    const text = (input.text ?? '').replace(/\r\n?/g, '\n');
    const date = input.date?.trim() === '' ? undefined : input.date?.trim();
    const view = { text, ...(date === undefined ? {} : { date }) };
    const refusal = refuse(text, date);
    if (refusal) return send(req, reply, { ...view, error: refusal }, refusal.status);
    const index = await c.readIndex();
    const people = c.readPeople ? await c.readPeople() : undefined;
    const result = checkRequest(index, { text, ...(date === undefined ? {} : { date }) }, c.today(), people);
    return send(req, reply, { ...view, result }, 200);
  }

  function send(req: FastifyRequest, reply: FastifyReply, view: ClaimsView, status: number, cache = 'no-store'): FastifyReply {
    // A checked text is the user's own: never kept by a cache on the way.
    reply.header('cache-control', cache);
    return sendPage(req, reply, status, claimsPage(view, links));
  }
}

/** The form's fields, as strings (anything else is ignored). */
function fields(value: unknown): { text?: string; date?: string } {
  if (value === null || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  return { ...(typeof v.text === 'string' ? { text: v.text } : {}), ...(typeof v.date === 'string' ? { date: v.date } : {}) };
}

/** Why the input cannot be checked, naming the field, or undefined when it can (the API's request schema decides). */
function refuse(text: string, date: string | undefined): Refusal | undefined {
  if (text.trim() === '') return { status: 400, code: 'empty_text', field: 'text', message: 'There is no text to check: paste the text of an article or a statement.' };
  if (text.length > MAX_TEXT_LENGTH) return tooLong();
  const parsed = claimCheckRequestSchema.safeParse({ text, ...(date === undefined ? {} : { date }) });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  if (field === 'date') return { status: 400, code: 'invalid_date', field: 'date', message: `The date “${(date ?? '').slice(0, 40)}” ${issue?.message ?? 'is invalid'} (e.g. 2025-03-26), or leave it empty.` };
  return { status: 400, code: 'invalid_input', field: field || null, message: `${field || 'The input'} ${issue?.message ?? 'is invalid'}.` };
}

function tooLong(): Refusal {
  return { status: 413, code: 'text_too_long', field: 'text', message: `The text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters: check it in parts.` };
}

/** Fastify's refusals of a form post, as page answers. */
function pageRefusal(error: FastifyError): Refusal | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return tooLong();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported_media_type', field: null, message: 'Send the form as a web form (application/x-www-form-urlencoded).' };
    default:
      return (error.statusCode ?? (error as { status?: number }).status) === 429 ? { status: 429, code: 'rate_limited', field: null, message: 'Too many checks in a minute: wait a minute and send the form again.' } : undefined;
  }
}
