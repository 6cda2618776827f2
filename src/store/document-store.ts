import type { Result } from '../domain/result.js';
import type { SourceKind } from '../domain/source.js';

/** How a document's text came in. */
export type DocumentFormat = 'text' | 'markdown' | 'html';

/** Where a document's date came from: given by the user, read from its dateline, or from the page's metadata. */
export type DateOrigin = 'given' | 'dateline' | 'metadata';

/** A document to store: its text (already checked and extracted) and metadata. */
export interface NewDocument {
  /** `doc-` and the first 12 hex digits of sha256: the same text always gets the same id. */
  readonly id: string;
  /** Hex SHA-256 of the stored text: the de-duplication key. */
  readonly sha256: string;
  readonly title: string;
  readonly publisher?: string;
  readonly kind: SourceKind;
  readonly url?: string;
  /** Publication date as precise as known (YYYY-MM-DD, YYYY-MM or YYYY). */
  readonly published?: string;
  readonly dateOrigin?: DateOrigin;
  readonly format: DocumentFormat;
  readonly fileName?: string;
  /** Size of the file as read, in bytes. */
  readonly bytes: number;
  /** The text as stored (scripts, styles and markup removed). */
  readonly body: string;
  readonly ingestedBy: string;
  readonly ingestedAt: string;
}

/** A stored document. */
export interface StoredDocument extends NewDocument {
  readonly chars: number;
}

/** A stored document without its text, for listings. */
export type DocumentSummary = Omit<StoredDocument, 'body'>;

/** What adding one document did. */
export type AddOutcome =
  | { readonly status: 'added'; readonly document: DocumentSummary }
  /** The same text is stored already (ingesting a document twice changes nothing). */
  | { readonly status: 'duplicate'; readonly document: DocumentSummary };

/** One search hit: the document and a passage with the matches marked (HIT_START … HIT_END). */
export interface SearchHit {
  readonly document: DocumentSummary;
  readonly snippet: string;
  readonly score: number;
}

/** A page of search results. */
export interface SearchPage {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/** The document library: stored texts, de-duplicated by content, searchable in full text on either engine. */
export interface DocumentStore {
  /**
   * Adds documents in one transaction (all or none); each is `added`, or `duplicate` of a stored
   * one (or of an earlier one in the same call) with the same text.
   */
  addMany(documents: readonly NewDocument[]): Promise<Result<AddOutcome[]>>;
  /** One document with its text, by id. */
  get(id: string): Promise<StoredDocument | undefined>;
  /** Documents without their text, newest first. */
  list(options?: { readonly limit?: number }): Promise<DocumentSummary[]>;
  /** How many documents are stored. */
  count(): Promise<number>;
  /** Full-text search (web-search syntax: words, "phrases", OR, -word); fails with `empty_query` or `query_too_long`. */
  search(query: string, options?: { readonly limit?: number; readonly offset?: number }): Promise<Result<SearchPage>>;
}
