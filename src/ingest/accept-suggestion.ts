import { contextOf, loadPeopleData } from '../data/people/load-people.js';
import type { TreatyEvent } from '../domain/event.js';
import { indexRecord } from '../domain/record-index.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { PeopleStore } from '../store/people-store.js';
import type { Suggestion } from '../store/suggestion-store.js';
import type { Recording } from './event-input.js';
import { type PeopleWritten, acceptPeopleSuggestion } from './review-people.js';
import { type ReviewStores, acceptSuggestion } from './review-suggestion.js';

/** What accepting wrote: an event in the record, or a statement or vote in the campaign workspace. */
export interface Accepted {
  readonly suggestion: Suggestion;
  readonly event?: TreatyEvent;
  readonly record?: PeopleWritten;
}

/**
 * Accepts a pending suggestion of any type: an event goes to the record (acceptSuggestion), a
 * statement or a vote to the campaign workspace, citing the document, recorded as the reviewer.
 * The record and the suggestion's pending→accepted commit in one transaction, or neither does.
 */
export async function acceptAnySuggestion(stores: ReviewStores & { readonly people: PeopleStore }, id: string, edits: Readonly<Record<string, string>>, recording: Recording, today: string): Promise<Result<Accepted>> {
  const s = await stores.suggestions.get(id);
  if (!s || (s.type !== 'statement' && s.type !== 'vote')) return acceptSuggestion(stores, id, edits, recording, today);
  if (s.status !== 'pending') return err(domainError('already_reviewed', `suggestion ${id} was ${s.status} by ${s.review?.by ?? 'someone'}${s.review?.eventId ? ` (${s.review.eventId})` : ''}${s.review?.reason ? ` ("${s.review.reason}")` : ''}`, 'id'));
  const document = s.documentId === undefined ? undefined : await stores.documents.get(s.documentId);
  if (!document) return err(domainError('unknown_document', `suggestion ${id} names no stored document`, 'id'));
  const dataset = await stores.record.readDataset();
  const index = indexRecord(dataset);
  // An empty workspace is shown as the shipped one: load that first (insert-if-absent, as `init`
  // does), or this first record would hide it, and would not meet the people and votes it repeats.
  if (!(await stores.people.isLoaded())) {
    const shipped = loadPeopleData(contextOf(dataset));
    if (!shipped.ok) return err(domainError('workspace_unavailable', `the shipped workspace does not load (${shipped.error.file}: ${shipped.error.message}): nothing was written`, 'people'));
    await stores.people.load(shipped.value);
  }
  let marked: Suggestion | undefined;
  const written = await acceptPeopleSuggestion({
    people: stores.people, index, document, suggestion: s, edits, by: recording.recordedBy, at: recording.recordedAt,
    alsoInTransaction: async (trx) => {
      // The review's event id is for events only (a foreign key); a statement's or vote's id follows from the suggestion's (st-/v-<document>-<suggestion>).
      const accepted = await stores.suggestions.acceptIn(trx, id, { by: recording.recordedBy, at: recording.recordedAt, ...(Object.keys(edits).length > 0 ? { edits } : {}) });
      marked = accepted.ok ? accepted.value : undefined;
      return accepted.ok ? undefined : accepted.error;
    },
  });
  if (!written.ok) return written;
  if (marked === undefined) throw new Error(`suggestion ${id}: the workspace was written without running the acceptance in its transaction`);
  return ok({ suggestion: marked, record: written.value });
}
