import type { IsoDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { checkText } from './check-text.js';
import { loadClaimFacts } from './facts-loader.js';
import type { ClaimFacts } from './facts.js';
import type { ClaimCheckRequest } from './schema.js';
import type { ClaimCheckResult } from './verdict.js';

// A server checks many texts against one version of the record: the votes and figures are read once per version.
const factsOf = new WeakMap<RecordIndex, ClaimFacts>();

/** The shipped votes, casualty figures and withdrawal steps for a record, read once per index. */
export function claimFactsFor(index: RecordIndex): ClaimFacts {
  let facts = factsOf.get(index);
  if (!facts) {
    facts = loadClaimFacts(index);
    factsOf.set(index, facts);
  }
  return facts;
}

/**
 * Checks a validated request (API, web page) exactly as `treatywatch check --json` does: the same
 * function, the same facts; the date, when given, is the text's date.
 */
export function checkRequest(index: RecordIndex, request: Pick<ClaimCheckRequest, 'text' | 'date'>, today: IsoDate): ClaimCheckResult {
  return checkText(index, request.text, { ...(request.date === undefined ? {} : { asOf: request.date }), today, facts: claimFactsFor(index) });
}
