import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Coding, type Compressible, codingFor, formOf, noneMatch } from '../api/content-coding.js';
import { HttpError } from '../api/http-error.js';
import type { RecordIndex } from '../domain/record-index.js';

/** What a page handler answers: a page (with a status) or a redirect. */
export type Answer = { readonly html: string; readonly status?: number } | { readonly redirect: string; readonly status: 301 | 302 };

/** A response body ready to send: its ETag, and each coding compressed once, as the API's answers are. */
interface Prepared extends Compressible {
  readonly status: number;
  readonly type: string;
}

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

// Assets never change under their name (it carries a hash of the content): each is prepared, and compressed per coding, once.
const assets = new Map<string, Prepared>();

/** Sends a fixed asset, kept with its compressed forms for the life of the process. */
export function sendAsset(req: FastifyRequest, reply: FastifyReply, name: string, body: string, type: string): FastifyReply {
  let p = assets.get(name);
  if (p === undefined) {
    p = prepare(200, body, type);
    assets.set(name, p);
  }
  return send(req, reply, p);
}

function prepare(status: number, text: string, type: string): Prepared {
  const body = Buffer.from(text, 'utf8');
  return { status, type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, forms: {} };
}

/**
 * Accept-Encoding negotiated by q-value as the API does (content-coding.ts: br, gzip, identity;
 * small bodies go out as they are; nothing acceptable is 406), and each coding with an ETag of its
 * own, so a 304 answers only the coding the client holds.
 */
function send(req: FastifyRequest, reply: FastifyReply, p: Prepared): FastifyReply {
  const coding: Coding | undefined = codingFor(req.headers['accept-encoding'], p.body.length);
  if (coding === undefined) throw new HttpError(406, 'not_acceptable', 'Accept-Encoding excludes every coding offered (br, gzip, identity): accept one of them', 'accept-encoding');
  const form = formOf(p, coding);
  reply.header('etag', form.etag).header('vary', 'Accept-Encoding').header('content-type', p.type);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
  const inm = req.headers['if-none-match'];
  if (p.status === 200 && inm !== undefined && noneMatch(inm, form.etag)) return reply.code(304).send();
  reply.code(p.status);
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply.send(form.body);
}
