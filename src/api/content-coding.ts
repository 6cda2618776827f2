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
