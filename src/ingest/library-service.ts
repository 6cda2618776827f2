import type { TreatyEvent } from '../domain/event.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { DocumentStore, DocumentSummary, SearchPage } from '../store/document-store.js';
import type { PeopleStore } from '../store/people-store.js';
import type { Suggestion, SuggestionStatus, SuggestionStore } from '../store/suggestion-store.js';
import type { TreatyStore } from '../store/treaty-store.js';
import { type Accepted, acceptAnySuggestion } from './accept-suggestion.js';
import { readDateline } from './dateline.js';
import { parseDocumentMeta, type DocumentMetaInput } from './document-meta.js';
import { ingestDocuments } from './ingest-documents.js';
import { withCurrentDuplicates, rejectSuggestion } from './review-suggestion.js';
import { queueSuggestions } from './suggest/queue-suggestions.js';

/** The stores the document library and its review queue use. */
export interface LibraryStores {
  readonly record: TreatyStore;
  readonly documents: DocumentStore;
  readonly suggestions: SuggestionStore;
  readonly people: PeopleStore;
}

/** Who acts, and when (read at the edge). */
export interface Acting {
  readonly by: string;
  readonly at: string;
  readonly today: string;
}

/** One document to ingest, as an API or a form sends it. */
export interface OneDocument extends DocumentMetaInput {
  readonly text: string;
  readonly name?: string | undefined;
  readonly format?: 'text' | 'markdown' | 'html' | undefined;
}

const EXTENSION = { text: '.txt', markdown: '.md', html: '.html' } as const;

/**
 * Ingests one document (checked, stored as text, de-duplicated) and queues what it reports for
 * review. A text stored already is refused as `duplicate_document`, naming the stored one.
 */
export async function ingestOne(stores: LibraryStores, doc: OneDocument, acting: Acting): Promise<Result<{ document: DocumentSummary; suggestions: readonly Suggestion[] }>> {
  const meta = parseDocumentMeta(doc);
  if (!meta.ok) return meta;
  const base = (doc.name ?? 'document').replace(/\.[A-Za-z]{1,8}$/, '');
  const name = doc.format ? `${base}${EXTENSION[doc.format]}` : doc.name ?? 'document.txt';
  const report = await ingestDocuments(stores.documents, [{ name, bytes: new TextEncoder().encode(doc.text) }], meta.value, { by: acting.by, at: acting.at, dateline: readDateline });
  if (!report.ok) return report;
  const refused = report.value.refused[0];
  if (refused) return err(refused.error);
  const dup = report.value.duplicates[0];
  if (dup) return err(domainError('duplicate_document', `this text is stored already, as ${dup.document.id} ("${dup.document.title.slice(0, 80)}"): nothing changed`, 'text'));
  const added = report.value.added[0];
  if (!added) return err(domainError('invalid_input', 'nothing was stored', 'text'));
  const queued = await queueSuggestions(stores, [added.document.id], { by: acting.by, at: acting.at });
  if (!queued.ok) return queued;
  return ok({ document: added.document, suggestions: queued.value.added });
}

/** Searches the library (web-search syntax), a page at a time. */
export function searchLibrary(stores: Pick<LibraryStores, 'documents'>, query: string, limit: number, offset = 0): Promise<Result<SearchPage>> {
  return stores.documents.search(query, { limit, offset });
}

/** The review queue in one status, oldest first; pending ones say which recorded event they repeat, as the record stands now. */
export async function reviewQueue(stores: LibraryStores, status: SuggestionStatus, options: { documentId?: string | undefined; limit?: number | undefined } = {}): Promise<Suggestion[]> {
  const found = await stores.suggestions.list({ status, ...(options.documentId ? { documentId: options.documentId } : {}), ...(options.limit ? { limit: options.limit } : {}) });
  return status === 'pending' ? withCurrentDuplicates(stores, found) : found;
}

/** Accepts a suggestion of any type, with the reviewer's edits (numbers given as numbers are taken as text). */
export function acceptOne(stores: LibraryStores, id: string, edits: Readonly<Record<string, string | number>>, acting: Acting): Promise<Result<Accepted>> {
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(edits)) text[k] = String(v);
  return acceptAnySuggestion(stores, id, text, { recordedBy: acting.by, recordedAt: acting.at }, acting.today);
}

/** Rejects a suggestion with its reason (kept: the same suggestion does not come back). */
export function rejectOne(stores: LibraryStores, id: string, reason: string, acting: Acting): Promise<Result<Suggestion>> {
  return rejectSuggestion(stores, id, reason, acting.by, acting.at);
}

/** What an acceptance wrote, as JSON fields: `event`, `statement` or `vote`. */
export function acceptedJson(a: Accepted, eventJson: (e: TreatyEvent) => unknown): Record<string, unknown> {
  if (a.event) return { suggestion: a.suggestion, event: eventJson(a.event) };
  if (a.record) return { suggestion: a.suggestion, [a.record.collection === 'votes' ? 'vote' : 'statement']: a.record.record };
  return { suggestion: a.suggestion };
}
