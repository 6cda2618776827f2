import type { DomainError } from '../domain/result.js';

/** The body of every error answer: `{ error: { code, field, message } }`, plus what the status needs (e.g. the current version on a 409). */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly field: string | null; readonly message: string };
  readonly [extra: string]: unknown;
}

// Domain codes whose answer is not a plain 400: conflicts with what is stored, or what cannot be found.
const STATUS_OF: Readonly<Record<string, number>> = {
  duplicate_event: 409,
  duplicate_source: 409,
  already_superseded: 409,
  duplicate_token_name: 409,
  already_revoked: 409,
  unknown_token: 404,
};

/** The API's one error type: an HTTP status, a stable snake_case code, the field at fault and what to do. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** A domain error as an HTTP error: 400 unless its code names a conflict (409) or a missing thing. */
  static fromDomain(e: DomainError, status?: number, extra: Readonly<Record<string, unknown>> = {}): HttpError {
    return new HttpError(status ?? STATUS_OF[e.code] ?? 400, e.code, e.message, e.field, extra);
  }

  /** The JSON body sent to the client. */
  body(): ErrorBody {
    return { error: { code: this.code, field: this.field ?? null, message: this.message }, ...this.extra };
  }
}

/** Unwraps a result, or throws its error as an HttpError (400, or `status` when given). */
export function orThrow<T>(r: { ok: true; value: T } | { ok: false; error: DomainError }, status?: number): T {
  if (r.ok) return r.value;
  throw HttpError.fromDomain(r.error, status);
}
