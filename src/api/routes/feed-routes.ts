import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Horizon, recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { type ChangeFilter, changeLog } from '../../present/change-log.js';
import type { ApiContext } from '../api-context.js';
import { atomFeed } from '../atom-feed.js';
import { orThrow } from '../http-error.js';
import { NoQuery, statePath, treatyPath } from '../params.js';
import { type ReadInput, readRoute } from '../read-route.js';

const FEED_LIMIT = 100;
const about = 'Entries: status changes on the day they take effect (a deposit, an entry into force, a withdrawal deposited and the day it takes effect, a suspension notice), never one still to come; and events as they are recorded.';

/** Atom feeds of changes: all, per treaty, per state. */
export function feedRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const render = (input: ReadInput<z.ZodType, z.ZodType>, title: string, filter: ChangeFilter, self: string, page: string): string => {
    const entries = changeLog(input.snap.index, input.today, ctx.now().toISOString(), filter, FEED_LIMIT);
    const id = `urn:treatywatch:feed:${filter.treatyId ?? 'all'}:${filter.iso3 ?? 'all'}`;
    // A feed is "as of today": past the horizon its subtitle says so, and so does each entry dated after it.
    const horizon = feedHorizon(input.snap.index, filter);
    const late = horizonWarning(horizon, input.today);
    return atomFeed(entries, { title, subtitle: late ? `${about} ${late}` : about, ...(horizon && late ? { horizon: { completeTo: horizon.completeTo, warning: late } } : {}), id, selfUrl: input.base + self, pageUrl: input.base + page, base: input.base, fallbackUpdated: new Date(input.snap.lastModified) });
  };
  readRoute(app, ctx, {
    path: '/feeds/changes.atom', operationId: 'feedChanges', tag: 'feeds', produces: 'atom', absolute: true, completeTo: (input) => feedHorizon(input.snap.index, {})?.completeTo, summary: 'Atom feed of every change, newest first', description: about,
    params: z.strictObject({}), query: NoQuery,
    answer: (input) => render(input, 'treatywatch: changes', {}, '/feeds/changes.atom', '/'),
  });
  readRoute(app, ctx, {
    path: '/feeds/{treaty}.atom', operationId: 'feedTreaty', tag: 'feeds', produces: 'atom', absolute: true, completeTo: (input) => feedHorizon(input.snap.index, { treatyId: orThrow(resolveTreaty(input.snap.index, input.params.treaty), 404).id })?.completeTo, summary: "Atom feed of one treaty's changes", description: about, errors: [400, 404],
    params: z.strictObject({ treaty: treatyPath }), query: NoQuery,
    answer: (input) => {
      const treaty = orThrow(resolveTreaty(input.snap.index, input.params.treaty), 404);
      return render(input, `treatywatch: ${treaty.shortName} changes`, { treatyId: treaty.id }, `/feeds/${treaty.id}.atom`, `/treaties/${treaty.id}`);
    },
  });
  readRoute(app, ctx, {
    path: '/feeds/states/{state}.atom', operationId: 'feedState', tag: 'feeds', produces: 'atom', absolute: true, completeTo: (input) => feedHorizon(input.snap.index, {})?.completeTo, summary: "Atom feed of one state's changes under every treaty", description: about, errors: [400, 404],
    params: z.strictObject({ state: statePath }), query: NoQuery,
    answer: (input) => {
      const state = orThrow(resolveState(input.snap.index, input.params.state), 404);
      return render(input, `treatywatch: ${state.name}`, { iso3: state.iso3 }, `/feeds/states/${state.iso3}.atom`, `/states/${state.iso3}`);
    },
  });
}

/** The horizon of a feed: its treaty's, or (every treaty, one state under every treaty) the earliest of all. */
function feedHorizon(index: RecordIndex, filter: ChangeFilter): Horizon | undefined {
  return recordHorizon(index, filter.treatyId === undefined ? index.treaties.keys() : [filter.treatyId]);
}
