import type { FastifyError, FastifyInstance } from 'fastify';
import { liveLinks } from '../web/links.js';
import { errorPage } from '../web/pages/error-page.js';
import { HttpError } from './http-error.js';
import { jsonText } from './json-text.js';
import { MEDIA } from './route-doc.js';

// Fastify's own refusals of a request, as our codes: the client's mistakes, never a 500.
const FASTIFY_CODES: Readonly<Record<string, [number, string, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'the request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'send the body as JSON with "Content-Type: application/json"'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'the body is empty: send a JSON object'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length', 'Content-Length does not match the body'],
  FST_ERR_BAD_URL: [400, 'invalid_url', 'the URL is not valid'],
};

/** The one error handler: every failure becomes `{ error: { code, field, message } }` with its status; only bugs are 500s, and only they are logged as errors. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const e = toHttpError(error);
    if (e.status >= 500) request.log.error({ err: error }, 'internal error');
    else request.log.info({ code: e.code, status: e.status }, 'request refused');
    return reply.code(e.status).headers(e.headers).header('content-type', MEDIA.json).header('cache-control', 'no-store').send(jsonText(e.body()));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (wantsPage(path, request.headers.accept)) {
      const page = errorPage(404, 'not_found', `There is no page at ${path.slice(0, 200)}.`, path, links);
      return reply.code(404).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
    }
    const e = new HttpError(404, 'not_found', `nothing here: ${request.method} ${path.slice(0, 200)} (the API is under /v1; see /docs)`);
    return reply.code(404).header('content-type', MEDIA.json).send(jsonText(e.body()));
  });
}

const links = liveLinks();
// Machine addresses answer JSON whatever the client accepts; anything else a browser asks for gets the site's own 404 page.
const MACHINE_PATHS = /^\/(v\d+|feeds|openapi\.json|docs)(\/|$)/;

function wantsPage(path: string, accept: string | undefined): boolean {
  return !MACHINE_PATHS.test(path) && (accept ?? '').includes('text/html');
}

/** Maps anything thrown to an HttpError. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const fe = error as Partial<FastifyError> & { statusCode?: number };
  const known = fe.code === undefined ? undefined : FASTIFY_CODES[fe.code];
  if (known) return new HttpError(known[0], known[1], known[2]);
  if (error instanceof SyntaxError && fe.statusCode === 400) return new HttpError(400, 'invalid_json', `the body is not valid JSON: ${error.message}`);
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) return new HttpError(status, snake(fe.code ?? 'bad_request'), fe.message ?? 'bad request');
  return new HttpError(500, 'internal_error', 'something went wrong on our side; the server log has the details');
}

function snake(code: string): string {
  return code.replace(/^FST_ERR_/, '').toLowerCase();
}
