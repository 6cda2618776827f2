import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A content coding the API sends: brotli, gzip, or none. */
export type Coding = 'br' | 'gzip' | 'identity';

/**
 * RFC 9110 §12.5.3: picks the coding to send from Accept-Encoding, by q-value; ties go to the
 * server's order (`order`). `identity` is acceptable unless `identity;q=0`, or `*;q=0` without an
 * entry of its own, excludes it. No header (or an empty one) means identity. Undefined when nothing
 * offered is acceptable (the caller answers 406).
 */
export function negotiate(header: string | undefined, order: readonly Coding[]): Coding | undefined {
  if (header === undefined || header.trim() === '') return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const given = params.find((p) => p.startsWith('q='));
    const value = given === undefined ? 1 : Number(given.slice(2));
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  const quality = (c: Coding): number => q.get(c) ?? star ?? (c === 'identity' ? 0.001 : 0);
  let best: Coding | undefined;
  for (const c of order) if (quality(c) > 0 && (best === undefined || quality(c) > quality(best))) best = c;
  return best;
}

// Below one packet, compressing costs more than it saves: a smaller body goes out as it is,
// unless the client refuses identity.
export const COMPRESS_FROM_BYTES = 1400;
// The server's order among equally acceptable codings, for large and for small bodies.
const LARGE: readonly Coding[] = ['br', 'gzip', 'identity'];
const SMALL: readonly Coding[] = ['identity', 'gzip', 'br'];
// Clients send a handful of distinct headers ("gzip, deflate, br", "gzip", …): each is read once
// per order (null: nothing acceptable), and looked up by the header itself after that.
const chosen = { large: new Map<string, Coding | null>(), small: new Map<string, Coding | null>() };
const CHOSEN_MAX = 256;

/** The coding for a body of `size` bytes under this Accept-Encoding, or undefined when none is acceptable (406). */
export function codingFor(header: string | undefined, size: number): Coding | undefined {
  if (header === undefined) return 'identity';
  const large = size >= COMPRESS_FROM_BYTES;
  const seen = large ? chosen.large : chosen.small;
  const hit = seen.get(header);
  if (hit !== undefined) return hit ?? undefined;
  const coding = negotiate(header, large ? LARGE : SMALL);
  if (seen.size >= CHOSEN_MAX) seen.clear();
  seen.set(header, coding ?? null);
  return coding;
}

/** A body in one coding, with the ETag of that coding. */
export interface Form {
  readonly body: Buffer;
  readonly etag: string;
}

/** A body that is sent again and again (an API answer, a web page), with its compressed forms once made. */
export interface Compressible extends Form {
  /** The compressed forms and their ETags, made the first time a client asks for each. */
  readonly forms: Partial<Record<Exclude<Coding, 'identity'>, Form>>;
}

/**
 * The body in one coding, compressed once (kept with it), with an ETag of its own: a cache holding
 * the gzip bytes must not validate them against the brotli ones (`"<tag>-gzip"`, `"<tag>-br"`).
 */
export function formOf(item: Compressible, coding: Coding): Form {
  if (coding === 'identity') return item;
  const made = item.forms[coding];
  if (made !== undefined) return made;
  const form = { body: compress(item.body, coding), etag: `${item.etag.slice(0, -1)}-${coding}"` };
  item.forms[coding] = form;
  return form;
}

function compress(body: Buffer, coding: Exclude<Coding, 'identity'>): Buffer {
  return coding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 9 });
}

/** RFC 9110 §13.1.2: If-None-Match holds `etag` (weak comparison), or is `*`. */
export function noneMatch(header: string, etag: string): boolean {
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
