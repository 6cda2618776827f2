import type { DomainError } from '../domain/result.js';

/**
 * A DomainError thrown where the interface cannot return a Result: by loadDataset (whose input the
 * dataset validator should have caught) and when opening a store with a bad configuration.
 */
export class StoreError extends Error {
  /** The error as data, with its stable `code` and the `field` at fault. */
  readonly error: DomainError;

  constructor(error: DomainError) {
    super(error.field === undefined ? error.message : `${error.field}: ${error.message}`);
    this.name = 'StoreError';
    this.error = error;
  }
}

/** Internal: aborts a transaction with an expected failure that the caller turns back into a Result. */
export class Refusal extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'Refusal';
  }
}
