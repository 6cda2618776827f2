import type { IdempotencyStore, TokenStore } from '../store/api-store.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { RecordCache } from './record-cache.js';
import type { ResponseCache } from './response-cache.js';
import type { RouteDoc } from './route-doc.js';

/** What every route of the API shares: the store, the cached record, the clock, and the route list for the OpenAPI document. */
export interface ApiContext {
  readonly store: KyselyStore;
  readonly api: TokenStore & IdempotencyStore;
  readonly record: RecordCache;
  readonly answers: ResponseCache;
  /** Today as a calendar date (read at the edge; pinned by TREATYWATCH_TODAY). */
  readonly today: () => string;
  /** The clock, for recordedAt and token times. */
  readonly now: () => Date;
  /** Every route registered so far, as the OpenAPI document describes it. */
  readonly docs: RouteDoc[];
  /** How many writes one client may make per window (ms). */
  readonly writeLimit: { readonly max: number; readonly timeWindow: number };
}
