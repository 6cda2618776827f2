import type { z } from 'zod';
import type { TokenRole } from '../store/api-store.js';

/** What the OpenAPI document says of one route; filled in by the code that registers it, from the same zod schemas. */
export interface RouteDoc {
  readonly method: 'get' | 'post';
  /** OpenAPI form: `/v1/treaties/{treaty}/status`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The answer's shape (documented, and checked against real answers in the tests). */
  readonly response?: z.ZodType;
  /** The success status (200 unless said). */
  readonly status?: number;
  /** The media type of the success answer. */
  readonly produces: string;
  /** Other media types the same answer comes in (chosen with Accept or a query parameter), as plain text. */
  readonly alsoProduces?: readonly string[];
  /** Error statuses the route can answer with. */
  readonly errors: readonly number[];
  /** The role a token needs (none: public). */
  readonly role?: TokenRole;
  /** Whether an Idempotency-Key header is honoured. */
  readonly idempotent?: boolean;
  /** Response headers the answer (and its 304) carries, by name, with what they mean. */
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: Readonly<Record<string, unknown>> }>>;
}

/** `/v1/x/{id}` → `/v1/x/:id` (Fastify's form). */
export function fastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The header that says how current an answer's record is: the horizon's date (YYYY-MM-DD), on every answer that has one. */
export const RECORD_COMPLETE_TO = 'x-record-complete-to';

/** How the OpenAPI document describes it, on each route that sends it. */
export const RECORD_COMPLETE_TO_DOC = {
  'X-Record-Complete-To': {
    description: "the date the depositary's record behind this answer is complete to (its newest status page; over several treaties, the earliest); actions after it may be missing. The same date as the body's `horizon.record_complete_to`",
    schema: { type: 'string', format: 'date' },
  },
} as const;

/** Media types answers come in. */
export const MEDIA = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;
