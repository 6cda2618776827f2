import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CachedAnswer, gzipOf } from './response-cache.js';

// Below one packet, compressing costs more than it saves.
const GZIP_FROM_BYTES = 1400;

/** Sends a cached answer with its validators, or 304 when the client holds it already. */
export function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer): FastifyReply {
  reply.headers(answer.headers);
  if (notModified(request, answer)) return reply.code(304).removeHeader('content-type').send();
  if (answer.body.length >= GZIP_FROM_BYTES && acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(gzipOf(answer));
  }
  return reply.send(answer.body);
}

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since. */
function notModified(request: FastifyRequest, answer: CachedAnswer): boolean {
  const inm = request.headers['if-none-match'];
  if (inm !== undefined) return inm.trim() === '*' || inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === answer.etag);
  const ims = request.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(answer.lastModified) <= since;
}

function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}
