import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RecordIndex } from '../domain/record-index.js';

/** What a page handler answers: a page (with a status) or a redirect. */
export type Answer = { readonly html: string; readonly status?: number } | { readonly redirect: string; readonly status: 301 | 302 };

/** A response body ready to send: compressed once, with its ETag. */
interface Prepared {
  readonly status: number;
  readonly type: string;
  readonly body: Buffer;
  readonly etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

// Below one packet, compressing costs more than it saves.
const COMPRESS_FROM = 1400;
const MAX_PAGES = 400;

/**
 * Rendered pages of one version of the record. A new index (a write) empties it; it holds at most
 * MAX_PAGES addresses (each `?on=` is one), dropping the oldest first.
 */
export class PageCache {
  private index: RecordIndex | undefined;
  private readonly pages = new Map<string, Prepared | { redirect: string; status: number }>();

  /** Sends the cached answer for `key`, rendering it first when missing. */
  async answer(index: RecordIndex, key: string, req: FastifyRequest, reply: FastifyReply, render: () => Promise<Answer>): Promise<FastifyReply> {
    if (index !== this.index) {
      this.index = index;
      this.pages.clear();
    }
    let hit = this.pages.get(key);
    if (!hit) {
      const a = await render();
      hit = 'redirect' in a ? { redirect: a.redirect, status: a.status } : prepare(a.status ?? 200, a.html, 'text/html; charset=utf-8');
      if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value as string);
      this.pages.set(key, hit);
    }
    if ('redirect' in hit) return reply.redirect(hit.redirect, hit.status);
    return send(req, reply, hit);
  }
}

/** Sends a body (compressed when the client accepts it) with an ETag; 304 when the client has it already. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, status: number, body: string, type = 'text/html; charset=utf-8'): FastifyReply {
  return send(req, reply, prepare(status, body, type));
}

function prepare(status: number, text: string, type: string): Prepared {
  const body = Buffer.from(text, 'utf8');
  return { status, type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function send(req: FastifyRequest, reply: FastifyReply, p: Prepared): FastifyReply {
  reply.header('etag', p.etag).header('vary', 'Accept-Encoding').header('content-type', p.type);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
  const inm = req.headers['if-none-match'];
  if (p.status === 200 && inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === p.etag)) return reply.code(304).send();
  reply.code(p.status);
  if (p.body.length < COMPRESS_FROM) return reply.send(p.body);
  const accepts = accepted(req.headers['accept-encoding']);
  if (accepts.has('br')) {
    p.br ??= brotliCompressSync(p.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: p.body.length } });
    return reply.header('content-encoding', 'br').send(p.br);
  }
  if (accepts.has('gzip')) {
    p.gzip ??= gzipSync(p.body, { level: 9 });
    return reply.header('content-encoding', 'gzip').send(p.gzip);
  }
  return reply.send(p.body);
}

function accepted(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((x) => x.startsWith('q='));
    if (coding && (q === undefined || Number(q.slice(2)) > 0)) out.add(coding);
  }
  return out;
}
