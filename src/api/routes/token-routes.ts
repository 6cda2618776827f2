import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { TokenAnswer, TokensAnswer } from '../answers.js';
import { authRoute } from '../auth-route.js';
import { orThrow } from '../http-error.js';
import { NewTokenSchema, issueToken } from '../issue-token.js';

const ADMIN_ERRORS = [400, 401, 403, 404, 409, 415, 429];

/** Token management for admins (the same as `treatywatch token …`): tokens are shown once, stored as hashes, revoked but never deleted. */
export function tokenRoutes(app: FastifyInstance, ctx: ApiContext): void {
  authRoute(app, ctx, {
    method: 'GET', path: '/v1/tokens', operationId: 'listTokens', tag: 'tokens', role: 'admin', summary: 'Every token (never the token itself), revoked ones included',
    params: z.strictObject({}), response: TokensAnswer, errors: ADMIN_ERRORS,
    handle: async () => ({ status: 200, value: { tokens: await ctx.api.listTokens() } }),
  });
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/tokens', operationId: 'createToken', tag: 'tokens', role: 'admin', idempotent: true, status: 201,
    summary: 'Make a token for an editor or an admin: the answer shows it once; only its hash is kept',
    params: z.strictObject({}), body: NewTokenSchema, response: TokenAnswer, errors: ADMIN_ERRORS,
    handle: async ({ body, token }) => {
      const issued = orThrow(await issueToken(ctx.api, body, token.name, ctx.now().toISOString()));
      return { status: 201, value: { token: issued.token, secret: issued.secret } };
    },
  });
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/tokens/{id}/revoke', operationId: 'revokeToken', tag: 'tokens', role: 'admin', idempotent: true,
    summary: 'Revoke a token (by id or name): it is refused from now on',
    params: z.strictObject({ id: z.string().meta({ description: 'token id or name' }) }), response: TokenAnswer, errors: ADMIN_ERRORS,
    handle: async ({ params }) => ({ status: 200, value: { token: orThrow(await ctx.api.revokeToken(params.id, ctx.now().toISOString())) } }),
  });
}
