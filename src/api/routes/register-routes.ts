import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.js';
import { claimRoutes } from './claim-routes.js';
import { eventRoutes } from './event-routes.js';
import { eventWrites } from './event-writes.js';
import { exportRoutes } from './export-routes.js';
import { feedRoutes } from './feed-routes.js';
import { healthRoutes } from './health-routes.js';
import { matrixRoutes } from './matrix-routes.js';
import { peopleRoutes } from './people-routes.js';
import { sourceRoutes } from './source-routes.js';
import { documentRoutes } from './document-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { stateRoutes } from './state-routes.js';
import { tokenRoutes } from './token-routes.js';
import { treatyRoutes } from './treaty-routes.js';

/** Every route of the API, feeds and exports, in the order the OpenAPI document lists them. */
export function registerRoutes(app: FastifyInstance, ctx: ApiContext): void {
  for (const add of [treatyRoutes, matrixRoutes, stateRoutes, eventRoutes, eventWrites, sourceRoutes, claimRoutes, peopleRoutes, documentRoutes, notificationRoutes, feedRoutes, exportRoutes, tokenRoutes, healthRoutes]) add(app, ctx);
}
