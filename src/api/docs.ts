import { createHash } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { READ_CACHE_CONTROL } from './response-cache.js';
import { jsonText } from './json-text.js';
import { openApiDocument } from './openapi.js';
import { MEDIA, type RouteDoc } from './route-doc.js';

/** Serves the OpenAPI document at /openapi.json and a browsable reference at /docs (Swagger UI from its npm package: no CDN). */
export async function installDocs(app: FastifyInstance, routes: readonly RouteDoc[]): Promise<void> {
  const document = openApiDocument(routes);
  const body = jsonText(document);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  app.get('/openapi.json', (request, reply) => {
    reply.header('etag', etag).header('cache-control', READ_CACHE_CONTROL);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.header('content-type', MEDIA.json).send(body);
  });
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // No top bar (it would offer to explore other documents), no call to the public validator:
    // the page works offline and sends nothing elsewhere.
    uiConfig: { layout: 'BaseLayout', validatorUrl: null, deepLinking: true, defaultModelsExpandDepth: 0 },
    theme: { title: 'treatywatch API' },
    // Swagger UI (React) sets style attributes: allow inline styles on its own pages only; scripts stay 'self'.
    transformStaticCSP: (header: string) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
}
