import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiContext } from './api-context.js';
import { sendAnswer } from './conditional.js';
import { jsonText } from './json-text.js';
import type { CachedAnswer } from './response-cache.js';
import type { RecordSnapshot } from './record-cache.js';
import { MEDIA, RECORD_COMPLETE_TO, RECORD_COMPLETE_TO_DOC, type RouteDoc, fastifyPath } from './route-doc.js';
import { parseOr400 } from './zod-errors.js';

/** What a read's answer is computed from. */
export interface ReadInput<P extends z.ZodType, Q extends z.ZodType> {
  readonly params: z.output<P>;
  readonly query: z.output<Q>;
  readonly snap: RecordSnapshot;
  readonly today: string;
  /** `http://host:port`, for answers that hold absolute links (feeds). */
  readonly base: string;
}

/** A public read: its documentation, its schemas and the function that computes the answer. */
export interface ReadSpec<P extends z.ZodType, Q extends z.ZodType> extends Omit<RouteDoc, 'method' | 'params' | 'query' | 'produces' | 'errors'> {
  readonly params: P;
  readonly query: Q;
  /** json (default: the value is serialised), csv or atom (the answer is text). */
  readonly produces?: keyof typeof MEDIA;
  readonly errors?: readonly number[];
  /** The answer holds absolute links, so it is cached per host. */
  readonly absolute?: boolean;
  /** Offer the answer as a download with this file name. */
  readonly filename?: string;
  /**
   * The date the answer's record is complete to, sent as X-Record-Complete-To (and documented): JSON answers that
   * carry a `horizon` need not say it (it is read from the answer); text answers (feeds) compute it.
   */
  readonly completeTo?: ((input: ReadInput<P, Q>) => string | undefined) | 'from-answer';
  readonly answer: (input: ReadInput<P, Q>) => unknown;
}

/**
 * Registers a public GET: on a cache hit the stored bytes go out at once (no parsing, no
 * computing); otherwise the path and query are validated, the answer computed from the cached
 * record with the same domain functions as the CLI, serialised and kept for the next request.
 */
export function readRoute<P extends z.ZodType, Q extends z.ZodType>(app: FastifyInstance, ctx: ApiContext, spec: ReadSpec<P, Q>): void {
  const produces = spec.produces ?? 'json';
  const { answer: compute, absolute, filename, completeTo, ...doc } = spec;
  ctx.docs.push({ ...doc, method: 'get', produces: MEDIA[produces], errors: spec.errors ?? [400], ...(completeTo ? { headers: RECORD_COMPLETE_TO_DOC } : {}) });
  const disposition = filename === undefined ? undefined : `attachment; filename="${filename}"`;
  // The generation (record version and today) of the last request, kept so that a cached read builds no string for it.
  let last: { snap: RecordSnapshot; today: string; generation: string } | undefined;
  const generationOf = (snap: RecordSnapshot, today: string): string => {
    if (last?.snap !== snap || last.today !== today) last = { snap, today, generation: `${snap.version}|${today}` };
    return last.generation;
  };
  const keyOf = (request: FastifyRequest): string => (absolute === true ? `${request.protocol}://${request.host}${request.url}` : request.url);
  const send = (request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply => {
    if (disposition !== undefined) reply.header('content-disposition', disposition);
    return sendAnswer(request, reply, answer);
  };
  const slow = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const snap = await ctx.record.current();
    const today = ctx.today();
    const generation = generationOf(snap, today);
    const key = keyOf(request);
    let answer = ctx.answers.get(generation, key);
    if (answer === undefined) {
      const params = parseOr400(spec.params, request.params, 'path');
      const query = parseOr400(spec.query, request.query, 'query');
      const base = `${request.protocol}://${request.host}`;
      const value = compute({ params, query, snap, today, base });
      const body = produces === 'json' ? jsonText(value) : String(value);
      const date = completeTo === 'from-answer' ? horizonDateOf(value) : completeTo?.({ params, query, snap, today, base });
      answer = ctx.answers.put(generation, key, body, MEDIA[produces], lastModified(snap, today), date === undefined ? {} : { [RECORD_COMPLETE_TO]: date });
    }
    return send(request, reply, answer);
  };
  app.get(fastifyPath(spec.path), (request, reply) => {
    // The hot path: the record is held and checked, the answer built: sent at once, with no promise
    // to wait on (an async handler costs several microtasks a request, a tenth of a cached read).
    const snap = ctx.record.ready();
    const answer = snap === undefined ? undefined : ctx.answers.get(generationOf(snap, ctx.today()), keyOf(request));
    if (answer === undefined) return slow(request, reply);
    void send(request, reply, answer);
    return undefined;
  });
}

/** `horizon.record_complete_to` of a JSON answer, when it has one. */
export function horizonDateOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('horizon' in value)) return undefined;
  const h = value.horizon;
  if (typeof h !== 'object' || h === null || !('record_complete_to' in h)) return undefined;
  return typeof h.record_complete_to === 'string' ? h.record_complete_to : undefined;
}

/** The newest of the record's last change and the start of today: answers "as of today" change at midnight too. */
function lastModified(snap: RecordSnapshot, today: string): string {
  const midnight = Date.parse(`${today}T00:00:00Z`);
  return Date.parse(snap.lastModified) >= midnight ? snap.lastModified : new Date(midnight).toUTCString();
}
