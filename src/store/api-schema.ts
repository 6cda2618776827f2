import type { Kysely } from 'kysely';
import type { StoreDatabase } from './store-schema.js';

// Row types of the API's tables (migration 0002). Times are ISO 8601 text, as elsewhere.

/** A row of `api_tokens`: who may write, with which role; the token itself is never stored, only its SHA-256. */
export type TokenRow = {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  last_used_at: string | null;
};

/** A row of `api_idempotency`: a write's key, the hash of its request and, once answered, the answer. */
export type IdempotencyRow = {
  scope: string;
  key: string;
  request_hash: string;
  status: number | null;
  body: string | null;
  created_at: string;
};

/** The API's tables (a `type`, not an interface: Kysely's withTables wants an index-compatible record). */
export type ApiTables = {
  api_tokens: TokenRow;
  api_idempotency: IdempotencyRow;
};

/** A Kysely handle over the core tables and the API's. */
export type ApiDb = Kysely<StoreDatabase & ApiTables>;
