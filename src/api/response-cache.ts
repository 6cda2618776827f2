import { createHash } from 'node:crypto';
import type { Coding, Compressible } from './content-coding.js';

/** How long a CDN or browser may reuse a read without asking again. */
export const READ_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** One serialised answer, ready to send again as is; its compressed forms (see formOf) are made the first time a client asks for each, and shared by copies of the answer. */
export interface CachedAnswer extends Compressible {
  readonly lastModified: string;
  /** Content-Type, ETag, Last-Modified, Cache-Control and Vary, set in one step. */
  readonly headers: Readonly<Record<string, string>>;
  /** Per coding, everything a 200 in it sends (the headers above with that coding's ETag and its Content-Encoding), built once. */
  readonly sent: Partial<Record<Coding, Readonly<Record<string, string>>>>;
}

/**
 * Answers to reads, serialised once per (URL, record version, today): an unchanged record
 * answers the same request with the same bytes, so they are built once and then only sent.
 * Bounded (least recently used out) so that odd query strings cannot grow it without end.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private generation = '';

  constructor(private readonly max = 500) {}

  /** The answer for `key` in this generation (record version and today), if built already. */
  get(generation: string, key: string): CachedAnswer | undefined {
    if (generation !== this.generation) return undefined;
    const hit = this.entries.get(key);
    if (hit !== undefined && this.entries.size > this.max / 2) {
      // Move to the back: Map keeps insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Stores a freshly built answer, with any headers of its own (`extra`). */
  put(generation: string, key: string, body: string | Buffer, type: string, lastModified: string, extra: Readonly<Record<string, string>> = {}): CachedAnswer {
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const etag = etagOf(generation, key);
    // Extra headers (the record's horizon) are part of the answer: kept with it, so a 304 or a compressed form carries them too.
    const headers = { ...extra, 'content-type': type, etag, 'last-modified': lastModified, 'cache-control': READ_CACHE_CONTROL, vary: 'Accept-Encoding' };
    const answer: CachedAnswer = { body: typeof body === 'string' ? Buffer.from(body) : body, etag, lastModified, headers, forms: {}, sent: {} };
    this.entries.set(key, answer);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value ?? key);
    return answer;
  }
}

/** A strong ETag from what decides the bytes: the record version, today and the URL. */
function etagOf(generation: string, key: string): string {
  return `"${createHash('sha256').update(`${generation}\n${key}`).digest('base64url').slice(0, 27)}"`;
}
