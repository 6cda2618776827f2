import type { DomainError } from '../domain/result.js';

/** Exit codes scripts can trust: 0 ok, 2 bad input or usage, 1 internal error. */
export const EXIT = { ok: 0, internal: 1, badInput: 2 } as const;

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
