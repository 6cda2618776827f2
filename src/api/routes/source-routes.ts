import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { SourceAnswer, SourcesAnswer } from '../answers.js';
import { HttpError } from '../http-error.js';
import { NoQuery } from '../params.js';
import { readRoute } from '../read-route.js';

/** The sources every fact is taken from. */
export function sourceRoutes(app: FastifyInstance, ctx: ApiContext): void {
  readRoute(app, ctx, {
    path: '/v1/sources', operationId: 'listSources', tag: 'sources', summary: 'Every source the record cites, in the order recorded', params: z.strictObject({}), query: NoQuery, response: SourcesAnswer,
    answer: ({ snap }) => ({ sources: snap.dataset.sources }),
  });
  readRoute(app, ctx, {
    path: '/v1/sources/{id}', operationId: 'getSource', tag: 'sources', summary: 'One source and the events that cite it', response: SourceAnswer, errors: [400, 404],
    params: z.strictObject({ id: z.string().meta({ description: 'source id' }) }), query: NoQuery,
    answer: ({ params, snap }) => {
      const source = snap.index.sources.get(params.id);
      if (!source) throw new HttpError(404, 'unknown_source', `no source has the id "${params.id.slice(0, 100)}": see /v1/sources`, 'id');
      const citedBy = snap.dataset.events.filter((e) => e.sources.some((c) => c.sourceId === source.id) || e.statedEffect?.sources.some((c) => c.sourceId === source.id)).map((e) => e.id);
      return { source, citedBy };
    },
  });
}
