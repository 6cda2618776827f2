import type { FastifyInstance } from 'fastify';
import { jsonText } from '../json-text.js';
import type { ApiContext } from '../api-context.js';
import { HealthAnswer } from '../answers.js';
import { MEDIA } from '../route-doc.js';

/** A liveness and readiness check for load balancers: answers only when the store does. */
export function healthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  ctx.docs.push({ method: 'get', path: '/v1/health', operationId: 'health', tag: 'meta', summary: 'Whether the server and its store answer, and the record version', response: HealthAnswer, produces: MEDIA.json, errors: [500] });
  app.get('/v1/health', async (_request, reply) => {
    const snap = await ctx.record.current();
    const body = { status: 'ok', store: ctx.store.dialect.name, recordVersion: snap.version, events: snap.dataset.events.length, today: ctx.today() };
    return reply.header('cache-control', 'no-store').header('content-type', MEDIA.json).send(jsonText(body));
  });
}
