import type { DomainError } from '../domain/result.js';

/**
 * Exit codes scripts can trust: 0 ok (for `sync`: also "nothing new"), 1 internal error, 2 bad input
 * or usage; `sync` alone: 3 the depositary could not be read (network, HTTP status, timeout, size,
 * truncated body, content type), 4 a page was read but refused (its layout changed, not a status page).
 */
export const EXIT = { ok: 0, internal: 1, badInput: 2, fetchFailed: 3, pageRefused: 4 } as const;

/** The CLI's one error type: a stable code, the field at fault, what to fix, and the exit code. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }

  /** Wraps a domain error as bad input. */
  static from(e: DomainError): CliError {
    return new CliError(e.code, e.message, e.field);
  }
}

/** Unwraps a result or throws it as bad input. */
export function orFail<T>(r: { ok: true; value: T } | { ok: false; error: DomainError }): T {
  if (r.ok) return r.value;
  throw CliError.from(r.error);
}
