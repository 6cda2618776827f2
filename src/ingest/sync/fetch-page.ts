import { type DomainError, type Result, domainError, err } from '../../domain/result.js';
import type { ReadableStreamDefaultReader, ReadableStreamReadResult } from 'node:stream/web';

/** The stable codes a fetch fails with; every one leaves the record as it was. */
export const FETCH_ERRORS = [
  /** No connection, or the connection broke before an answer (DNS, refused, reset). */
  'fetch_failed',
  /** No complete answer within the timeout. */
  'fetch_timeout',
  /** An answer other than 200 or 304 (after the retries, for a 5xx or 429). */
  'http_status',
  /** More bytes than the limit (announced or received). */
  'page_too_large',
  /** The body ended before the length the server announced, or the connection dropped mid-body. */
  'truncated_page',
  /** Not an HTML page (Content-Type). */
  'wrong_content_type',
  /** Not valid UTF-8 (or a charset other than UTF-8 announced). */
  'invalid_encoding',
] as const;
/** One of FETCH_ERRORS. */
export type FetchError = (typeof FETCH_ERRORS)[number];

/** What a previous fetch of the same address answered with, for a conditional request. */
export interface Validators {
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
}

/** How to fetch. */
export interface FetchOptions {
  /** For the whole exchange, body included (ms). */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Further tries after a failure that may pass (network, timeout, 5xx, 429, a truncated body). */
  readonly retries: number;
  /** The wait before the first retry (ms); doubled for each next one. */
  readonly backoffMs: number;
  /** Told before each retry (for the progress line). */
  readonly onRetry?: (attempt: number, error: DomainError, waitMs: number) => void;
  readonly userAgent?: string;
}

/** What the depositary answered. */
export type Fetched =
  | { readonly status: 'not_modified'; readonly url: string; readonly validators: Validators }
  | { readonly status: 'fetched'; readonly url: string; readonly html: string; readonly bytes: Uint8Array; readonly validators: Validators };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * GETs a page with Node's own fetch: conditional on `validators` (ETag / Last-Modified), within a
 * timeout, under a size limit, retried with exponential backoff when the failure may pass. Never
 * throws for what the network or the server does: it answers a result with one of FETCH_ERRORS.
 */
export async function fetchPage(url: string, validators: Validators, options: FetchOptions): Promise<Result<Fetched>> {
  let last: DomainError | undefined;
  let tries = 0;
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0 && last) {
      const wait = options.backoffMs * 2 ** (attempt - 1);
      options.onRetry?.(attempt, last, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    tries += 1;
    const tried = await fetchOnce(url, validators, options);
    if (tried.ok) return tried;
    last = tried.error.error;
    if (!tried.error.retry) break;
  }
  const e = last ?? domainError('fetch_failed', `${url}: no answer`, 'url');
  return err(e.code === 'page_too_large' || e.code === 'wrong_content_type' || e.code === 'invalid_encoding' ? e : { ...e, message: `${e.message} (${tries > 1 ? `gave up after ${tries} tries` : 'not retried'})` });
}

type Attempt = { ok: true; value: Fetched } | { ok: false; error: { error: DomainError; retry: boolean } };
const fail = (code: FetchError, message: string, retry: boolean): Attempt => ({ ok: false, error: { error: domainError(code, message, 'url'), retry } });

async function fetchOnce(url: string, validators: Validators, options: FetchOptions): Promise<Attempt> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers: Record<string, string> = { accept: 'text/html', 'user-agent': options.userAgent ?? 'treatywatch-sync' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const seconds = `${options.timeoutMs / 1000} s`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (e) {
    if (signal.aborted) return fail('fetch_timeout', `${url} did not answer within ${seconds}`, true);
    return fail('fetch_failed', `cannot reach ${url}: ${causeOf(e)}`, true);
  }
  const got = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag') ?? '' } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified') ?? '' } : {}),
  };
  if (response.status === 304) {
    await response.body?.cancel();
    // A 304 may leave out validators it does not change: keep the ones sent.
    return { ok: true, value: { status: 'not_modified', url, validators: { ...validators, ...got } } };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    const retry = response.status >= 500 || response.status === 429;
    return fail('http_status', `${url} answered ${response.status} ${response.statusText}`.trim(), retry);
  }
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const media = type.split(';')[0]?.trim() ?? '';
  if (!HTML_TYPES.has(media)) {
    await response.body?.cancel().catch(() => undefined);
    return fail('wrong_content_type', `${url} answered ${media === '' ? 'with no Content-Type' : `"${media}"`}, not an HTML page: is the address a status page?`, false);
  }
  const charset = /charset\s*=\s*"?([^";\s]+)/.exec(type)?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    await response.body?.cancel().catch(() => undefined);
    return fail('invalid_encoding', `${url} is in ${charset}, not UTF-8`, false);
  }
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(announced) && announced > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fail('page_too_large', `${url} announces ${announced} bytes; the limit is ${options.maxBytes}`, false);
  }
  const body = await readBody(response, options.maxBytes, signal);
  if (!body.ok) {
    if (body.reason === 'too_large') return fail('page_too_large', `${url} sent more than ${options.maxBytes} bytes, the limit`, false);
    if (signal.aborted) return fail('fetch_timeout', `${url} did not finish its answer within ${seconds}`, true);
    return fail('truncated_page', `${url} broke off its answer after ${body.received} bytes${Number.isFinite(announced) ? ` of ${announced}` : ''}: ${body.cause}`, true);
  }
  if (Number.isFinite(announced) && body.bytes.length < announced) return fail('truncated_page', `${url} sent ${body.bytes.length} of the ${announced} bytes it announced`, true);
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return fail('invalid_encoding', `${url} is not valid UTF-8`, false);
  }
  // The address asked for, not where a redirect led: it names the treaty's page (mtdsg_no=…), which the horizon reads.
  return { ok: true, value: { status: 'fetched', url, html, bytes: body.bytes, validators: got } };
}

type Body = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'broken'; received: number; cause: string };

/** Reads the body chunk by chunk, stopping at the limit (a page that never ends does not fill the memory). */
async function readBody(response: Response, max: number, signal: AbortSignal): Promise<Body> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
  if (!reader) return { ok: true, bytes: new Uint8Array() };
  try {
    for (;;) {
      const chunk: ReadableStreamReadResult<Uint8Array> = await reader.read();
      if (chunk.done) break;
      const value = chunk.value;
      received += value.length;
      if (received > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_large', received, cause: '' };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { ok: false, reason: 'broken', received, cause: signal.aborted ? 'timeout' : causeOf(e) };
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes };
}

/** The useful words of a fetch failure (undici wraps the system error as `cause`). */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return e instanceof Error ? e.message : String(e);
}
