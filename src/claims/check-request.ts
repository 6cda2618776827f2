import type { IsoDate } from '../domain/calendar-date.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import { checkText } from './check-text.js';
import { claimFactsOf, loadClaimFacts } from './facts-loader.js';
import type { ClaimFacts } from './facts.js';
import type { ClaimCheckRequest } from './schema.js';
import type { ClaimCheckResult } from './verdict.js';

// A server checks many texts against one version of the record and of the workspace: the facts are
// taken once per version. A workspace snapshot is a new object whenever either version moves.
const shippedFacts = new WeakMap<RecordIndex, ClaimFacts>();
const workspaceFacts = new WeakMap<PeopleRecord, ClaimFacts>();

/**
 * The votes, casualty figures and withdrawal steps a check judges against: those of the campaign
 * workspace given (the store's, or the shipped one while the store's is empty: see readWorkspace),
 * else those shipped in data/people; each taken once per version.
 */
export function claimFactsFor(index: RecordIndex, people?: PeopleRecord): ClaimFacts {
  if (people) return once(workspaceFacts, people, () => claimFactsOf(people.data, people.sources, people));
  return once(shippedFacts, index, () => loadClaimFacts(index));
}

function once<K extends object>(held: WeakMap<K, ClaimFacts>, key: K, make: () => ClaimFacts): ClaimFacts {
  let facts = held.get(key);
  if (!facts) {
    facts = make();
    held.set(key, facts);
  }
  return facts;
}

/**
 * Checks a validated request: the API, the web page and `treatywatch check` all call this, with the
 * same facts (the workspace `people`); the date, when given, is the text's date.
 */
export function checkRequest(index: RecordIndex, request: Pick<ClaimCheckRequest, 'text' | 'date'>, today: IsoDate, people?: PeopleRecord): ClaimCheckResult {
  return checkText(index, request.text, { ...(request.date === undefined ? {} : { asOf: request.date }), today, facts: claimFactsFor(index, people) });
}
