import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Coding, negotiate } from './content-coding.js';
import { HttpError } from './http-error.js';
import { type CachedAnswer, formOf } from './response-cache.js';

// Below one packet, compressing costs more than it saves.
const GZIP_FROM_BYTES = 1400;

/** Sends a cached answer with its validators, or 304 when the client holds it already. */
export function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply {
  const coding = negotiate(request.headers['accept-encoding'], answer.body.length >= GZIP_FROM_BYTES ? LARGE : SMALL);
  if (coding === undefined) throw new HttpError(406, 'not_acceptable', 'Accept-Encoding excludes every coding offered (br, gzip, identity): accept one of them', 'accept-encoding');
  const form = formOf(answer, coding);
  reply.headers(answer.headers);
  reply.header('etag', form.etag);
  if (notModified(request, form.etag, answer.lastModified)) return reply.code(304).removeHeader('content-type').send();
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply.send(form.body);
}

// The server's order among equally acceptable codings: below one packet, compressing costs more than it saves.
const LARGE: readonly Coding[] = ['br', 'gzip', 'identity'];
const SMALL: readonly Coding[] = ['identity', 'gzip', 'br'];

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const inm = request.headers['if-none-match'];
  if (inm !== undefined) return inm.trim() === '*' || inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const ims = request.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}
