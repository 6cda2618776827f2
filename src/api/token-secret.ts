import { createHash, randomBytes } from 'node:crypto';

/** A new bearer token (256 random bits) and the only thing kept of it: its SHA-256. */
export function newTokenSecret(): { readonly secret: string; readonly hash: string } {
  const secret = `tw_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashToken(secret) };
}

/** The SHA-256 of a token, as stored and looked up. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A short random id for a token, safe to show and to log. */
export function newTokenId(): string {
  return `tok_${randomBytes(6).toString('hex')}`;
}
