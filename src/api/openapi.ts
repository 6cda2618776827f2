import { z } from 'zod';
import { ErrorAnswer } from './answers.js';
import type { RouteDoc } from './route-doc.js';

/** The version the API document announces. */
export const API_VERSION = '0.1.0';

const REASONS: Readonly<Record<number, string>> = {
  400: 'bad input: the body names the field and the problem', 401: 'no token, an unknown one, or a revoked one', 403: 'the token has too small a role',
  404: 'no such treaty, state, group, event or source', 409: 'conflicts with what is recorded (a duplicate; an event corrected already: the body holds the current version)',
  413: 'the body is too large', 415: 'the body is not JSON', 422: 'the Idempotency-Key was used for a different request', 429: 'too many writes: see Retry-After', 500: 'our failure',
};

type Json = Record<string, unknown>;

/** Builds the OpenAPI 3.1 document from the routes' own zod schemas (the ones that validate requests). */
export function openApiDocument(routes: readonly RouteDoc[]): Json {
  const components: Json = {};
  // Schemas with a meta id come out of zod in $defs: hoist them into components.
  const schema = (s: z.ZodType, io: 'input' | 'output'): Json => {
    const { $schema: _drop, $defs, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json & { $defs?: Json };
    for (const [id, def] of Object.entries($defs ?? {})) components[id] = relink(def);
    return relink(rest);
  };
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const parameters = [...fields(r.params, 'path', schema), ...fields(r.query, 'query', schema), ...(r.idempotent ? [idempotencyHeader] : [])];
    const ok = r.status ?? 200;
    const headers = r.headers ? { headers: r.headers } : {};
    const responses: Json = {
      [ok]: { description: 'the answer', ...headers, content: { [r.produces.split(';')[0] ?? r.produces]: r.response ? { schema: schema(r.response, 'output') } : {}, ...Object.fromEntries((r.alsoProduces ?? []).map((t) => [t.split(';')[0] ?? t, { schema: { type: 'string' } }])) } },
      ...(r.method === 'get' && r.role === undefined ? { 304: { description: 'not modified (If-None-Match / If-Modified-Since)', ...headers } } : {}),
    };
    for (const status of r.errors) responses[status] = { description: REASONS[status] ?? 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        operationId: r.operationId, summary: r.summary, tags: [r.tag],
        ...(r.description || r.role ? { description: [r.description, r.role ? `Needs a token with the ${r.role} role.` : undefined].filter(Boolean).join('\n\n') } : {}),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(r.body, 'input') } } } } : {}),
        responses,
        ...(r.role ? { security: [{ bearer: [] }] } : {}),
      },
    };
  }
  // The error schema has its own id: converting it files it under components (the root comes back as a $ref to it).
  const error = schema(ErrorAnswer, 'output');
  if (!('$ref' in error)) components.Error = error;
  return {
    openapi: '3.1.0',
    info: { title: 'treatywatch API', version: API_VERSION, license: { name: 'MIT', identifier: 'MIT' }, description: 'Who is in, who is out, since when — and who says so. Reads are public and cacheable (ETag, Last-Modified); writes need a bearer token. Errors are `{ "error": { "code", "field", "message" } }`.' },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `treatywatch token create`' } } },
  };
}

const idempotencyHeader = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 1, maxLength: 255 }, description: 'send the same key to retry safely: the first answer is replayed; a different request with the same key gets 422' };

function fields(s: z.ZodType | undefined, where: 'path' | 'query', schema: (s: z.ZodType, io: 'input') => Json): Json[] {
  if (!s) return [];
  const object = schema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, prop]) => ({
    name, in: where, required: where === 'path' || (object.required ?? []).includes(name),
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}), schema: prop,
  }));
}

function relink(value: unknown): Json {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
}
