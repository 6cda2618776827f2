import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ApiToken } from '../store/api-store.js';
import type { ApiContext } from './api-context.js';
import { HttpError } from './http-error.js';

/** A write's answer as sent (and, under an Idempotency-Key, as kept for a replay). */
export interface WriteAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly replayed?: boolean;
}

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Honours `Idempotency-Key`: the same key with the same request replays the first answer (errors
 * included, so a retry cannot turn a refusal into a second write); the same key with another
 * request is refused with 422. Keys belong to the token that sent them and last 24 hours.
 */
export async function withIdempotency(ctx: ApiContext, request: FastifyRequest, token: ApiToken, run: () => Promise<WriteAnswer>): Promise<WriteAnswer> {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return run();
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID', 'Idempotency-Key');
  }
  const now = ctx.now();
  const claim = await ctx.api.claim(token.id, key, requestHash(request), now.toISOString(), new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString());
  switch (claim.kind) {
    case 'replay':
      return { ...(JSON.parse(claim.body) as Omit<WriteAnswer, 'status'>), status: claim.status, replayed: true };
    case 'mismatch':
      throw new HttpError(422, 'idempotency_key_reused', `the Idempotency-Key "${key}" was used for a different request in the last 24 hours: send a new key with a new request`, 'Idempotency-Key');
    case 'in_progress':
      throw new HttpError(409, 'idempotency_in_progress', `a request with the Idempotency-Key "${key}" is still being answered: retry in a moment`, 'Idempotency-Key', {}, { 'retry-after': '1' });
    case 'claimed':
      break;
  }
  let answer: WriteAnswer;
  try {
    answer = await run();
  } catch (error) {
    // Our failure, not the client's: forget the key so that a retry can succeed.
    await ctx.api.release(token.id, key);
    throw error;
  }
  await ctx.api.complete(token.id, key, answer.status, JSON.stringify({ body: answer.body, headers: answer.headers }));
  return answer;
}

/** What makes two requests "the same": method, URL and the body's JSON with its keys sorted. */
function requestHash(request: FastifyRequest): string {
  return createHash('sha256').update(`${request.method} ${request.url}\n${canonical(request.body)}`).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
