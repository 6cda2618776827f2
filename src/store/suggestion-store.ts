import type { Result } from '../domain/result.js';
import type { StoreTransaction } from './store-transaction.js';

/** Where a suggestion stands in the review queue. */
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
/** One of SUGGESTION_STATUSES. */
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What a suggestion was read from: a stored document, or the depositary's status page. */
export type SuggestionOrigin = 'document' | 'depositary';

/** A suggested fact as it is stored; `proposal` is the typed payload of its kind, as JSON. */
export interface NewSuggestion {
  /** What makes two suggestions the same, so that one reviewed does not come back (e.g. `doc-…|LTU|apmbc|parliamentary_vote|2025-05-08`). */
  readonly key: string;
  readonly origin: SuggestionOrigin;
  readonly documentId?: string;
  /** `event`, `correction`, `statement`, `vote`, `count`: what accepting it would do. */
  readonly type: string;
  /** One line for a person: "Lithuania: parliamentary vote on the APMBC, 2025-05-08". */
  readonly summary: string;
  readonly proposal: Readonly<Record<string, unknown>>;
  /** The passage it was read from, verbatim. */
  readonly quote?: string;
  /** Where the quote sits in the document's text (UTF-16 offsets). */
  readonly span?: { readonly start: number; readonly end: number };
  /** A recorded event that states the same fact, when there is one. */
  readonly duplicateOf?: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A review: who, when, and what came of it. */
export interface Review {
  readonly by: string;
  readonly at: string;
  /** Why it was rejected. */
  readonly reason?: string;
  /** The fields the reviewer changed before accepting. */
  readonly edits?: Readonly<Record<string, string>>;
  /** The event written on acceptance (statements and votes go to the workspace as st-/v-<document>-<suggestion id>). */
  readonly eventId?: string;
}

/** A stored suggestion. */
export interface Suggestion extends NewSuggestion {
  /** Short and typeable: `12`. */
  readonly id: string;
  readonly status: SuggestionStatus;
  readonly review?: Review;
}

/** What adding suggestions did: the new ones, and those whose key was known already (in any status). */
export interface AddedSuggestions {
  readonly added: readonly Suggestion[];
  readonly known: readonly Suggestion[];
}

/** Which suggestions to list. */
export interface SuggestionFilter {
  readonly status?: SuggestionStatus;
  readonly documentId?: string;
  readonly origin?: SuggestionOrigin;
  readonly limit?: number;
}

/** The review queue. A suggestion is reviewed once: accepted (with the event written) or rejected (with the reason), and kept. */
export interface SuggestionStore {
  /** Adds suggestions in one transaction, skipping any whose key is stored already (so a rejected one does not come back). */
  addMany(items: readonly NewSuggestion[]): Promise<Result<AddedSuggestions>>;
  get(id: string): Promise<Suggestion | undefined>;
  /** Oldest first. */
  list(filter?: SuggestionFilter): Promise<Suggestion[]>;
  /** Marks a pending suggestion accepted; fails with `unknown_suggestion` or `already_reviewed`. */
  accept(id: string, review: Review): Promise<Result<Suggestion>>;
  /**
   * As accept, inside a write's transaction (a store write's `alsoInTransaction`), so that the record
   * written and the suggestion's pending→accepted commit together or not at all: the write rolls back
   * when the suggestion was decided (or deleted) meanwhile.
   */
  acceptIn(trx: StoreTransaction, id: string, review: Review): Promise<Result<Suggestion>>;
  /** Marks a pending suggestion rejected with its reason; fails like accept. */
  reject(id: string, review: Review & { readonly reason: string }): Promise<Result<Suggestion>>;
}
