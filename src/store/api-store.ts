import type { Result } from '../domain/result.js';

/** Roles, weakest first: an editor records and corrects events; an admin also manages tokens. */
export const TOKEN_ROLES = ['editor', 'admin'] as const;
/** One of TOKEN_ROLES. */
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** A bearer token as the store knows it: never the token, only what it is for. */
export interface ApiToken {
  readonly id: string;
  /** Who holds it; every write made with it is recorded under this name. */
  readonly name: string;
  readonly role: TokenRole;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt?: string;
  readonly lastUsedAt?: string;
}

/** A token to store: its hash, never the token. */
export interface NewToken {
  readonly id: string;
  readonly name: string;
  readonly role: TokenRole;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** The API's tokens. Failures: `duplicate_token_name`, `unknown_token`, `already_revoked`. */
export interface TokenStore {
  /** Stores a new token (one live token per name). */
  createToken(token: NewToken): Promise<Result<ApiToken>>;
  /** The token with this hash, revoked or not. */
  findTokenByHash(tokenHash: string): Promise<ApiToken | undefined>;
  /** Every token, oldest first, revoked ones included. */
  listTokens(): Promise<ApiToken[]>;
  /** Revokes a token by id, or the live token of that name. */
  revokeToken(idOrName: string, at: string): Promise<Result<ApiToken>>;
  /** Notes that a token was used (shown by `token list`). */
  touchToken(id: string, at: string): Promise<void>;
}

/** What a write with an Idempotency-Key finds when it claims the key. */
export type IdempotencyClaim =
  /** The key is new: the caller answers, then calls complete() (or release() when it fails). */
  | { readonly kind: 'claimed' }
  /** The same request was answered already: replay that answer. */
  | { readonly kind: 'replay'; readonly status: number; readonly body: string }
  /** The key was used for a different request. */
  | { readonly kind: 'mismatch' }
  /** The same key is being answered right now by another request. */
  | { readonly kind: 'in_progress' };

/** Idempotency keys of writes, scoped per token, kept until they expire. */
export interface IdempotencyStore {
  /** Claims `key` for a request (its hash), forgetting keys created before `expiredBefore`. */
  claim(scope: string, key: string, requestHash: string, at: string, expiredBefore: string): Promise<IdempotencyClaim>;
  /** Stores the answer to a claimed key. */
  complete(scope: string, key: string, status: number, body: string): Promise<void>;
  /** Gives a claimed key up (the request failed on our side: a retry may try again). */
  release(scope: string, key: string): Promise<void>;
}
