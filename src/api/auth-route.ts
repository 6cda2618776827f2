import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiToken, TokenRole } from '../store/api-store.js';
import type { ApiContext } from './api-context.js';
import { authenticate } from './auth.js';
import { HttpError } from './http-error.js';
import { type WriteAnswer, withIdempotency } from './idempotency.js';
import { jsonText } from './json-text.js';
import { MEDIA, type RouteDoc, fastifyPath } from './route-doc.js';
import { parseOr400 } from './zod-errors.js';

/** What an authenticated route's handler gets. */
export interface AuthInput<P extends z.ZodType> {
  readonly params: z.output<P>;
  /** The parsed JSON body, not yet validated (handlers validate with the domain's own schema and messages). */
  readonly body: unknown;
  readonly token: ApiToken;
  readonly request: FastifyRequest;
}

/** What a handler answers: a status, a value to send as JSON, and headers. */
export interface AuthResult {
  readonly status: number;
  readonly value: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A route that needs a token: writes (POST) and the admin's reads. */
export interface AuthSpec<P extends z.ZodType> extends Omit<RouteDoc, 'method' | 'params' | 'produces' | 'role'> {
  readonly method: 'GET' | 'POST';
  readonly role: TokenRole;
  readonly params: P;
  readonly handle: (input: AuthInput<P>) => Promise<AuthResult>;
}

/**
 * Registers a route behind a token: rate-limited per client, JSON bodies only, the token checked
 * (401/403), then — for writes — the Idempotency-Key honoured. Refusals of the client's request
 * (4xx) are answers like any other, kept for replay; only our own failures are thrown on.
 */
export function authRoute<P extends z.ZodType>(app: FastifyInstance, ctx: ApiContext, spec: AuthSpec<P>): void {
  const { handle, method, ...doc } = spec;
  ctx.docs.push({ ...doc, method: method === 'GET' ? 'get' : 'post', produces: MEDIA.json });
  app.route({
    method,
    url: fastifyPath(spec.path),
    config: { rateLimit: { max: ctx.writeLimit.max, timeWindow: ctx.writeLimit.timeWindow } },
    handler: async (request, reply) => {
      if (hasBody(request)) requireJson(request);
      const token = await authenticate(ctx, request, spec.role);
      const params = parseOr400(spec.params, request.params, 'path');
      const run = async (): Promise<WriteAnswer> => {
        try {
          const r = await handle({ params, body: request.body, token, request });
          return { status: r.status, body: jsonText(r.value), headers: r.headers ?? {} };
        } catch (error) {
          if (error instanceof HttpError && error.status < 500) return { status: error.status, body: jsonText(error.body()), headers: error.headers };
          throw error;
        }
      };
      const answer = spec.idempotent === true ? await withIdempotency(ctx, request, token, run) : await run();
      reply.code(answer.status).headers(answer.headers).header('cache-control', 'no-store').header('content-type', MEDIA.json);
      if (answer.replayed === true) reply.header('idempotent-replayed', 'true');
      return reply.send(answer.body);
    },
  });
}

function hasBody(request: FastifyRequest): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

function requireJson(request: FastifyRequest): void {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', `send the body as JSON with "Content-Type: application/json"${type ? `, not "${type.slice(0, 60)}"` : ''}`, 'Content-Type');
  }
}
