import { type PartialDate, parsePartialDate } from '../domain/calendar-date.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import { SOURCE_KINDS, type SourceKind } from '../domain/source.js';

/** Metadata a user gives for the documents they ingest (CLI flags, an API body). */
export interface DocumentMetaInput {
  readonly publisher?: string | undefined;
  readonly date?: string | undefined;
  readonly url?: string | undefined;
  readonly kind?: string | undefined;
  readonly title?: string | undefined;
}

/** The metadata, checked. */
export interface DocumentMeta {
  readonly publisher?: string;
  readonly date?: PartialDate;
  readonly url?: string;
  readonly kind: SourceKind;
  readonly title?: string;
}

/** The kind a document gets when none is given. */
export const DEFAULT_DOCUMENT_KIND: SourceKind = 'news';

/** Checks user-given metadata, naming the field at fault. */
export function parseDocumentMeta(input: DocumentMetaInput): Result<DocumentMeta> {
  const publisher = input.publisher?.trim();
  if (publisher !== undefined && (publisher === '' || publisher.length > 200)) return err(domainError('invalid_input', 'publisher must be 1–200 characters', 'publisher'));
  const title = input.title?.trim();
  if (title !== undefined && (title === '' || title.length > 500)) return err(domainError('invalid_input', 'title must be 1–500 characters', 'title'));
  const date = input.date === undefined ? undefined : parsePartialDate(input.date.trim(), 'date');
  if (date && !date.ok) return date;
  const url = input.url === undefined ? undefined : checkUrl(input.url.trim());
  if (url && !url.ok) return url;
  const kind = input.kind ?? DEFAULT_DOCUMENT_KIND;
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) return err(domainError('invalid_input', `kind must be one of: ${SOURCE_KINDS.join(', ')}`, 'kind'));
  return ok({
    kind: kind as SourceKind,
    ...(publisher ? { publisher } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date: date.value } : {}),
    ...(url ? { url: url.value } : {}),
  });
}

/** An http(s) address, or a clear error. */
export function checkUrl(text: string, field = 'url'): Result<string> {
  const parsed = URL.canParse(text) ? new URL(text) : undefined;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || text.length > 2000) {
    return err(domainError('invalid_input', `"${text.slice(0, 60)}" is not an http(s) address`, field));
  }
  return ok(text);
}

/** A date from page metadata (`2025-05-08T10:00:00+03:00`, `2025-05-08`) as a calendar date, when it is one. */
export function metadataDate(text: string | undefined): PartialDate | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text ?? '')?.[1];
  const parsed = day === undefined ? undefined : parsePartialDate(day);
  return parsed?.ok ? parsed.value : undefined;
}
