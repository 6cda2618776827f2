import { type Result, domainError, err, ok } from '../domain/result.js';

/** The largest file ingest takes (news articles and statements are far smaller; PostgreSQL's text index has a 1 MB limit on its own size). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

// Formats people drop by mistake, by their first bytes: a clear name beats "not UTF-8".
const MAGIC: readonly [string, number[]][] = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document (.docx, .xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word document (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/**
 * Checks a file's bytes and decodes them as UTF-8: refuses an empty file, one over the size
 * limit, a binary file (naming its kind when known) and invalid UTF-8 (naming the line). Returns
 * the text with a byte-order mark removed and line ends as \n.
 */
export function decodeDocumentBytes(bytes: Uint8Array, name: string): Result<string> {
  if (bytes.length === 0) return err(domainError('empty_file', `${name} is empty: there is nothing to store`, 'file'));
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return err(domainError('file_too_large', `${name} is ${mib(bytes.length)}; the limit is ${mib(MAX_DOCUMENT_BYTES)}: split it, or store the relevant part`, 'file'));
  }
  const magic = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) return err(domainError('binary_file', `${name} is ${magic[0]}, not text: save it as text, Markdown or HTML first`, 'file'));
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return err(domainError('binary_file', `${name} is a binary file (a NUL byte at offset ${nul}), not text: save it as text, Markdown or HTML first`, 'file'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalid(bytes);
    return err(domainError('invalid_encoding', `${name} is not valid UTF-8 (line ${at.line}, byte ${at.offset}): save it as UTF-8 and try again`, 'file'));
  }
  return ok(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

/** Cleans decoded text for storage: Unicode NFC, no control characters but tab and newline, no private-use search markers. */
export function normaliseText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.normalize('NFC').replace(/\f|\v/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\uE000\uE001]/g, '');
}

/** Where the first invalid UTF-8 sequence starts (a fatal decoder does not say). */
function firstInvalid(bytes: Uint8Array): { offset: number; line: number } {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (validPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  let line = 1;
  for (let i = 0; i < lo; i += 1) if (bytes[i] === 0x0a) line += 1;
  return { offset: lo, line };
}

// Streaming mode lets a prefix end inside a character; only a wrong byte fails it.
function validPrefix(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
