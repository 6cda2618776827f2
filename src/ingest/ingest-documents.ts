import type { DomainError, Result } from '../domain/result.js';
import { ok } from '../domain/result.js';
import type { DocumentStore, DocumentSummary, NewDocument } from '../store/document-store.js';
import type { DocumentMeta } from './document-meta.js';
import { type Ingesting, readDocument } from './read-document.js';

/** One file to ingest: its name (for messages and the stored record) and its bytes. */
export interface IngestItem {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What an ingest did, file by file. */
export interface IngestReport {
  readonly added: readonly { readonly name: string; readonly document: DocumentSummary }[];
  /** Files whose text is stored already (under another name, or earlier in this run). */
  readonly duplicates: readonly { readonly name: string; readonly document: DocumentSummary }[];
  readonly refused: readonly { readonly name: string; readonly error: DomainError }[];
  /** False when files were refused and `skipInvalid` was not set: then nothing was written. */
  readonly written: boolean;
}

/** How to ingest. */
export interface IngestOptions {
  /** Store the good files even when some are refused (default: all or nothing). */
  readonly skipInvalid?: boolean;
  /** Documents per transaction (default 200). */
  readonly batchSize?: number;
  /** Called as files are read and written: `done` of `total` steps. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Reads every file first (checks, text, hash), then stores them in batches, each one transaction.
 * Refused files are reported with their reason; unless `skipInvalid`, one refused file and nothing
 * is written. A text stored already is reported as a duplicate, not stored again.
 */
export async function ingestDocuments(store: DocumentStore, items: readonly IngestItem[], meta: DocumentMeta, ingesting: Ingesting, options: IngestOptions = {}): Promise<Result<IngestReport>> {
  const total = items.length * 2;
  const ready: { name: string; doc: NewDocument }[] = [];
  const refused: { name: string; error: DomainError }[] = [];
  for (const [i, item] of items.entries()) {
    const read = readDocument(item.bytes, item.name, meta, ingesting);
    if (read.ok) ready.push({ name: item.name, doc: read.value });
    else refused.push({ name: item.name, error: read.error });
    options.onProgress?.(i + 1, total);
  }
  if (refused.length > 0 && options.skipInvalid !== true) return ok({ added: [], duplicates: [], refused, written: false });
  const added: IngestReport['added'][number][] = [];
  const duplicates: IngestReport['duplicates'][number][] = [];
  const size = options.batchSize ?? 200;
  for (let start = 0; start < ready.length; start += size) {
    const batch = ready.slice(start, start + size);
    const stored = await store.addMany(batch.map((b) => b.doc));
    if (!stored.ok) return stored;
    for (const [j, outcome] of stored.value.entries()) {
      const name = batch[j]?.name ?? '';
      (outcome.status === 'added' ? added : duplicates).push({ name, document: outcome.document });
    }
    options.onProgress?.(items.length + refused.length + start + batch.length, total);
  }
  options.onProgress?.(total, total);
  return ok({ added, duplicates, refused, written: true });
}
