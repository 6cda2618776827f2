import type { SourceKind } from '../domain/source.js';
import type { DateOrigin, DocumentFormat, DocumentSummary, NewDocument, StoredDocument } from './document-store.js';
import type { DocumentRow } from './ingest-schema.js';

/** A document as a row of `documents`. */
export function documentToRow(d: NewDocument, seq: number): DocumentRow {
  return {
    id: d.id,
    sha256: d.sha256,
    title: d.title,
    publisher: d.publisher ?? null,
    kind: d.kind,
    url: d.url ?? null,
    published: d.published ?? null,
    date_origin: d.dateOrigin ?? null,
    format: d.format,
    file_name: d.fileName ?? null,
    bytes: d.bytes,
    chars: [...d.body].length,
    body: d.body,
    ingested_by: d.ingestedBy,
    ingested_at: d.ingestedAt,
    seq,
  };
}

/** The columns of a summary (everything but the text). */
export const SUMMARY_COLUMNS = ['id', 'sha256', 'title', 'publisher', 'kind', 'url', 'published', 'date_origin', 'format', 'file_name', 'bytes', 'chars', 'ingested_by', 'ingested_at'] as const;

/** A row (without its body) as a summary; absent values stay absent. */
export function rowToSummary(r: Omit<DocumentRow, 'body' | 'seq'>): DocumentSummary {
  return {
    id: r.id,
    sha256: r.sha256,
    title: r.title,
    ...(r.publisher === null ? {} : { publisher: r.publisher }),
    kind: r.kind as SourceKind,
    ...(r.url === null ? {} : { url: r.url }),
    ...(r.published === null ? {} : { published: r.published }),
    ...(r.date_origin === null ? {} : { dateOrigin: r.date_origin as DateOrigin }),
    format: r.format as DocumentFormat,
    ...(r.file_name === null ? {} : { fileName: r.file_name }),
    bytes: Number(r.bytes),
    chars: Number(r.chars),
    ingestedBy: r.ingested_by,
    ingestedAt: r.ingested_at,
  };
}

/** A full row as a stored document. */
export function rowToDocument(r: DocumentRow): StoredDocument {
  return { ...rowToSummary(r), body: r.body };
}
