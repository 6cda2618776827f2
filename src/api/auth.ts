import type { FastifyRequest } from 'fastify';
import type { ApiToken, TokenRole } from '../store/api-store.js';
import type { ApiContext } from './api-context.js';
import { HttpError } from './http-error.js';
import { hashToken } from './token-secret.js';

const RANK: Readonly<Record<TokenRole, number>> = { editor: 1, admin: 2 };
const CHALLENGE = 'Bearer realm="treatywatch"';

/** Checks `Authorization: Bearer <token>` and the token's role: 401 without a valid live token, 403 with too small a role. */
export async function authenticate(ctx: ApiContext, request: FastifyRequest, role: TokenRole): Promise<ApiToken> {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    throw new HttpError(401, 'missing_token', 'this route needs a token: send "Authorization: Bearer <token>" (an admin makes one with `treatywatch token create`)', 'Authorization', {}, { 'www-authenticate': CHALLENGE });
  }
  const secret = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(header.trim())?.[1];
  const token = secret === undefined ? undefined : await ctx.api.findTokenByHash(hashToken(secret));
  if (token === undefined) {
    throw new HttpError(401, 'invalid_token', 'the token is not one this server issued: check it, or ask an admin for a new one', 'Authorization', {}, { 'www-authenticate': `${CHALLENGE}, error="invalid_token"` });
  }
  if (token.revokedAt !== undefined) {
    throw new HttpError(401, 'token_revoked', `this token (${token.id}) was revoked on ${token.revokedAt}: ask an admin for a new one`, 'Authorization', {}, { 'www-authenticate': `${CHALLENGE}, error="invalid_token"` });
  }
  if (RANK[token.role] < RANK[role]) {
    throw new HttpError(403, 'insufficient_role', `this needs the ${role} role; the token of ${token.name} has the ${token.role} role`, 'Authorization');
  }
  await ctx.api.touchToken(token.id, ctx.now().toISOString());
  return token;
}
