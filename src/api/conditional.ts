import type { FastifyReply, FastifyRequest } from 'fastify';
import { codingFor, formOf, noneMatch } from './content-coding.js';
import { HttpError } from './http-error.js';
import type { CachedAnswer } from './response-cache.js';

/** Sends a cached answer with its validators, or 304 when the client holds it already. */
export function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply {
  const coding = codingFor(request.headers['accept-encoding'], answer.body.length);
  if (coding === undefined) throw new HttpError(406, 'not_acceptable', 'Accept-Encoding excludes every coding offered (br, gzip, identity): accept one of them', 'accept-encoding');
  const form = formOf(answer, coding);
  if (notModified(request, form.etag, answer.lastModified)) return reply.code(304).headers(answer.headers).header('etag', form.etag).removeHeader('content-type').send();
  // Everything a 200 in this coding sends, in one object made once: the hot path sets it in one step.
  let headers = answer.sent[coding];
  if (headers === undefined) {
    headers = { ...answer.headers, etag: form.etag, ...(coding === 'identity' ? {} : { 'content-encoding': coding }) };
    answer.sent[coding] = headers;
  }
  return reply.headers(headers).send(form.body);
}

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const inm = request.headers['if-none-match'];
  if (inm !== undefined) return noneMatch(inm, etag);
  const ims = request.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}
