/** A domain error: data with a stable snake_case code; the edge renders it. */
export interface DomainError {
  readonly code: string;
  /** The field (or record path) at fault, e.g. `date` or `events[3].sources`. */
  readonly field?: string;
  /** What is wrong and what to do about it, in plain words. */
  readonly message: string;
}

/** Expected failures are returned, not thrown (only bugs throw). */
export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an error as a failure. */
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Builds a DomainError without an undefined `field` (exactOptionalPropertyTypes). */
export function domainError(code: string, message: string, field?: string): DomainError {
  return field === undefined ? { code, message } : { code, field, message };
}
