import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { MAX_TEXT_LENGTH, RATING_SCALE, checkRequest, claimCheckRequestSchema, claimCheckResultSchema, claimReviewJsonLd } from '../../claims/index.js';
import type { ApiContext } from '../api-context.js';
import { HttpError } from '../http-error.js';
import { peopleCacheOf } from '../people-cache.js';
import { jsonText } from '../json-text.js';
import { MEDIA } from '../route-doc.js';

const PATH = '/v1/claims/check';
const LD_JSON = 'application/ld+json; charset=utf-8';

/**
 * The largest body taken: a text of MAX_TEXT_LENGTH characters fits even when every character is
 * three UTF-8 bytes or an escaped quote; a longer text is refused by its length (413, naming `text`).
 */
export const CLAIM_BODY_LIMIT = MAX_TEXT_LENGTH * 4 + 64 * 1024;

const scale = RATING_SCALE.map((r) => `${r.value} ${r.name}`).join(', ');
const DESCRIPTION = [
  'The same answer as `treatywatch check <file> --json`: every checkable claim in the text with its character offsets, its verdict as of the text’s date (`date`, else the text’s dateline, else today, with a warning) and as of today, the record’s value, one sentence of explanation and the evidence (events with their sources).',
  `Send \`Accept: application/ld+json\` (or \`"format": "claimreview"\`) for schema.org ClaimReview JSON-LD instead: one review per rated claim, rated ${scale} (unverifiable claims are left out).`,
  `A read: public, no token. Texts up to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters; a longer one is refused with 413.`,
].join('\n\n');

/** `POST /v1/claims/check`: the claim checker over HTTP, one code path with the CLI's `check --json`. */
export function claimRoutes(app: FastifyInstance, ctx: ApiContext): void {
  ctx.docs.push({
    method: 'post', path: PATH, operationId: 'checkClaims', tag: 'claims', summary: 'Check every claim in a text against the record, as of the text’s date and today, with the evidence',
    description: DESCRIPTION, body: claimCheckRequestSchema, response: claimCheckResultSchema, produces: MEDIA.json, errors: [400, 413, 415, 429],
  });
  app.route({
    method: 'POST',
    url: PATH,
    bodyLimit: CLAIM_BODY_LIMIT,
    // Checking costs CPU in proportion to the text: clients share the writes' budget, with a message of its own.
    config: { rateLimit: { max: ctx.writeLimit.max, timeWindow: ctx.writeLimit.timeWindow, errorResponseBuilder: (_request, c) => tooMany(c.max, c.after, c.ttl) } },
    handler: async (request, reply) => {
      if (hasBody(request)) requireJson(request);
      const body = parseBody(request.body);
      // Judged against the store's campaign workspace (votes, figures), as the web pages show it.
      const snap = await ctx.record.current();
      const ws = await peopleCacheOf(ctx.store).current(snap);
      const result = checkRequest(snap.index, body, ctx.today(), ws.people);
      const ld = body.format === 'claimreview' || (body.format === undefined && wantsLinkedData(request.headers.accept));
      return send(reply, ld ? LD_JSON : MEDIA.json, ld ? claimReviewJsonLd(result) : result);
    },
  });
  // Any site may call a read: the preflight for this POST answers for this address only (the others stay GET-only).
  app.options(PATH, (_request, reply) => reply.code(204).headers({
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'Content-Type, Accept',
    'access-control-max-age': '86400',
  }).send());
}

function send(reply: FastifyReply, type: string, value: unknown): FastifyReply {
  return reply.header('content-type', type).header('cache-control', 'no-store').header('vary', 'Accept').header('access-control-allow-origin', '*').send(jsonText(value));
}

function tooMany(max: number, after: string, ttl: number): HttpError {
  const seconds = String(Math.ceil(ttl / 1000));
  return new HttpError(429, 'rate_limited', `too many checks: at most ${max} per ${after}; retry after ${seconds} s`, undefined, {}, { 'retry-after': seconds });
}

function hasBody(request: FastifyRequest): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

function requireJson(request: FastifyRequest): void {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', `send the body as JSON with "Content-Type: application/json"${type ? `, not "${type.slice(0, 60)}"` : ''}: { "text": "…", "date": "YYYY-MM-DD" }`, 'Content-Type');
  }
}

/** The body, validated by the request schema; each refusal names the field and says what to send. */
export function parseBody(body: unknown): z.output<typeof claimCheckRequestSchema> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'invalid_body', 'the body must be a JSON object: { "text": "…", "date": "YYYY-MM-DD" }', '(body)');
  }
  const parsed = claimCheckRequestSchema.safeParse(body);
  if (!parsed.success) throw refusal(parsed.error.issues[0], body as Record<string, unknown>);
  if (parsed.data.text.trim() === '') throw new HttpError(400, 'empty_text', 'text holds no words to check: send the text of an article or statement', 'text');
  return parsed.data;
}

function refusal(issue: z.core.$ZodIssue | undefined, body: Record<string, unknown>): HttpError {
  if (issue?.code === 'unrecognized_keys') {
    return new HttpError(400, 'unknown_field', `unknown field(s): ${issue.keys.join(', ').slice(0, 200)}; the body takes text, date and format`, issue.keys[0]);
  }
  const field = issue?.path.map(String).join('.') || undefined;
  if (field === 'text' && body.text === undefined) return new HttpError(400, 'missing_text', 'text is required: the text to check, as a string', 'text');
  if (field === 'text' && issue?.code === 'too_big') {
    return new HttpError(413, 'text_too_long', `text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters: check it in parts`, 'text');
  }
  if (field === 'text' && issue?.code === 'too_small') return new HttpError(400, 'empty_text', 'text is empty: send the text to check', 'text');
  if (field === 'date') return new HttpError(400, 'invalid_date', `date ${issue?.message ?? 'is invalid'} (e.g. 2025-03-26), or leave it out to use the text’s own date`, 'date');
  return new HttpError(400, 'invalid_field', `${field ?? 'the body'} ${issue?.message ?? 'is invalid'}`, field);
}

/** Whether the client prefers JSON-LD to plain JSON (by the Accept header's q-values; ties go to plain JSON). */
export function wantsLinkedData(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  let ld = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === 'application/ld+json') ld = Math.max(ld, q);
    else if (type === 'application/json' || type === 'application/*' || type === '*/*') json = Math.max(json, type === 'application/json' ? q : q - 0.001);
  }
  return ld > 0 && ld > json;
}
