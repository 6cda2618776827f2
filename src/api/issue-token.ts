import { z } from 'zod';
import { type Result, domainError, err, ok } from '../domain/result.js';
import { type ApiToken, TOKEN_ROLES, type TokenStore } from '../store/api-store.js';
import { newTokenId, newTokenSecret } from './token-secret.js';

/** What a new token is for: who holds it (the name its writes are recorded under) and its role. */
export const NewTokenSchema = z.strictObject({
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters'),
  role: z.enum(TOKEN_ROLES, { error: () => `must be one of: ${TOKEN_ROLES.join(', ')}` }),
});

/** A token just made: the token itself (to show once, never stored) and what is stored of it. */
export interface IssuedToken {
  readonly token: ApiToken;
  readonly secret: string;
}

/** Makes a token (the CLI's `token create` and the admin's POST /v1/tokens): validates, generates 256 random bits, stores only their hash. */
export async function issueToken(store: TokenStore, raw: unknown, createdBy: string, at: string): Promise<Result<IssuedToken>> {
  const parsed = NewTokenSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(record)';
    const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : `${field} ${issue?.message ?? 'is invalid'}`;
    return err(domainError('invalid_input', message, field));
  }
  const { secret, hash } = newTokenSecret();
  const stored = await store.createToken({ id: newTokenId(), name: parsed.data.name, role: parsed.data.role, tokenHash: hash, createdAt: at, createdBy });
  return stored.ok ? ok({ token: stored.value, secret }) : stored;
}
