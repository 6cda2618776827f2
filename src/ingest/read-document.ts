import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { PartialDate } from '../domain/calendar-date.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { DateOrigin, DocumentFormat, NewDocument } from '../store/document-store.js';
import { decodeDocumentBytes, normaliseText } from './document-bytes.js';
import { type DocumentMeta, checkUrl, metadataDate } from './document-meta.js';
import { type HtmlMetadata, htmlToText, tidy } from './html-text.js';
import { markdownToText } from './markdown-text.js';

/** Finds the date a text gives itself (its dateline), if any: the shared text reader's job, passed in. */
export type DatelineReader = (text: string) => PartialDate | undefined;

/** Who ingests, and when (the clock is read at the edge). */
export interface Ingesting {
  readonly by: string;
  readonly at: string;
  readonly dateline?: DatelineReader;
}

const FORMATS: Readonly<Record<string, DocumentFormat>> = { '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text' };

/** The format a file name says, or undefined for an extension ingest does not know. */
export function formatOfName(name: string): DocumentFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

/**
 * Turns a file's bytes into a document ready to store: checked (size, binary, UTF-8, empty),
 * reduced to text (HTML and Markdown markup removed, scripts dropped), titled and dated
 * (given date, else the page's metadata, else its dateline), identified by the hash of its text.
 */
export function readDocument(bytes: Uint8Array, name: string, meta: DocumentMeta, ingesting: Ingesting): Result<NewDocument> {
  const decoded = decodeDocumentBytes(bytes, name);
  if (!decoded.ok) return decoded;
  const raw = normaliseText(decoded.value);
  const format = formatOfName(name) ?? (/^\s*<(!doctype html|html[\s>])/i.test(raw) ? 'html' : 'text');
  const read = extract(raw, format);
  if (read.text === '') return err(domainError('empty_document', `${name} has no text${format === 'text' ? '' : ` once its ${format === 'html' ? 'HTML' : 'Markdown'} markup is removed`}: there is nothing to store`, 'file'));
  const sha256 = createHash('sha256').update(read.text).digest('hex');
  const dated = dateOf(meta, read.metadata, read.text, ingesting.dateline);
  const url = meta.url ?? pageUrl(read.metadata.url);
  const publisher = meta.publisher ?? read.metadata.publisher;
  return ok({
    id: `doc-${sha256.slice(0, 12)}`,
    sha256,
    title: meta.title ?? read.metadata.title ?? firstLine(read.text),
    kind: meta.kind,
    format,
    fileName: name,
    bytes: bytes.length,
    body: read.text,
    ingestedBy: ingesting.by,
    ingestedAt: ingesting.at,
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(dated ? { published: dated.date.value, dateOrigin: dated.origin } : {}),
  });
}

function extract(raw: string, format: DocumentFormat): { text: string; metadata: HtmlMetadata } {
  switch (format) {
    case 'html':
      return htmlToText(raw);
    case 'markdown': {
      const md = markdownToText(raw);
      return { text: md.text, metadata: md.title ? { title: md.title } : {} };
    }
    case 'text':
      return { text: tidy(raw.replace(/\t/g, '    ')), metadata: {} };
  }
}

function dateOf(meta: DocumentMeta, page: HtmlMetadata, text: string, dateline: DatelineReader | undefined): { date: PartialDate; origin: DateOrigin } | undefined {
  if (meta.date) return { date: meta.date, origin: 'given' };
  const fromPage = metadataDate(page.published);
  if (fromPage) return { date: fromPage, origin: 'metadata' };
  const fromText = dateline?.(text);
  return fromText ? { date: fromText, origin: 'dateline' } : undefined;
}

function pageUrl(url: string | undefined): string | undefined {
  const checked = url === undefined ? undefined : checkUrl(url);
  return checked?.ok ? checked.value : undefined;
}

/** The first line with words in it, clipped: a plain text's title. */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => /\p{L}/u.test(l))?.trim() ?? text.slice(0, 80);
  const plain = line.replace(/[*_#`]+/g, '').trim();
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}
