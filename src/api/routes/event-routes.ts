import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rangeOf } from '../../domain/calendar-date.js';
import { EVENT_KINDS, type TreatyEvent } from '../../domain/event.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { eventJson } from '../../present/event-json.js';
import type { ApiContext } from '../api-context.js';
import { EventAnswer, EventsAnswer } from '../answers.js';
import { newestVersion, supersededByMap } from '../event-versions.js';
import { HttpError, orThrow } from '../http-error.js';
import { NoQuery, dayParam } from '../params.js';
import { readRoute } from '../read-route.js';

const EventsQuery = z.strictObject({
  state: z.string().optional().meta({ description: 'a state (code or name)' }),
  treaty: z.string().optional().meta({ description: 'a treaty (id or name)' }),
  kind: z.enum(EVENT_KINDS).optional(),
  from: dayParam('events whose date can fall on or after this day').optional(),
  to: dayParam('events whose date can fall on or before this day').optional(),
  include_superseded: z.enum(['true', 'false']).default('false').meta({ description: 'also list events a correction has replaced' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).meta({ description: 'events per page' }),
  after: z.string().optional().meta({ description: 'the last event id of the previous page (see `next`)' }),
});

/** The event log: filtered and paginated in recording order (stable: the log only grows at its end), and one event with its versions. */
export function eventRoutes(app: FastifyInstance, ctx: ApiContext): void {
  readRoute(app, ctx, {
    path: '/v1/events', operationId: 'listEvents', tag: 'events', query: EventsQuery, params: z.strictObject({}), response: EventsAnswer,
    summary: 'Events of the log, filtered by state, treaty, kind and date range, in recording order, a page at a time',
    answer: ({ query, snap }) => {
      const iso3 = query.state === undefined ? undefined : orThrow(resolveState(snap.index, query.state)).iso3;
      const treatyId = query.treaty === undefined ? undefined : orThrow(resolveTreaty(snap.index, query.treaty)).id;
      const by = supersededByMap(snap.dataset.events);
      const keep = (e: TreatyEvent): boolean => {
        const r = rangeOf(e.date);
        return (iso3 === undefined || e.iso3 === iso3) && (treatyId === undefined || e.treatyId === treatyId) && (query.kind === undefined || e.kind === query.kind)
          && (query.from === undefined || r.latest >= query.from) && (query.to === undefined || r.earliest <= query.to)
          && (query.include_superseded === 'true' || !by.has(e.id));
      };
      const all = snap.dataset.events.filter(keep);
      const start = query.after === undefined ? 0 : all.findIndex((e) => e.id === query.after) + 1;
      if (start === 0 && query.after !== undefined) throw new HttpError(400, 'invalid_cursor', `"${query.after.slice(0, 100)}" is not an event of this listing: pass the last id of the previous page`, 'after');
      const page = all.slice(start, start + query.limit);
      const last = page.at(-1);
      const more = last !== undefined && start + page.length < all.length;
      return {
        events: page.map((e) => ({ ...eventJson(snap.index, e), supersededBy: by.get(e.id)?.id ?? null })),
        total: all.length,
        limit: query.limit,
        next: more ? `/v1/events?${nextQuery(query, last.id)}` : null,
      };
    },
  });
  readRoute(app, ctx, {
    path: '/v1/events/{id}', operationId: 'getEvent', tag: 'events', summary: 'One event, superseded or not, with what corrected it and its newest version', response: EventAnswer, errors: [400, 404],
    params: z.strictObject({ id: z.string().meta({ description: 'event id' }) }), query: NoQuery,
    answer: ({ params, snap }) => {
      const event = snap.index.events.get(params.id);
      if (!event) throw new HttpError(404, 'unknown_event', `no event has the id "${params.id.slice(0, 100)}"`, 'id');
      const supersededBy = supersededByMap(snap.dataset.events).get(event.id)?.id ?? null;
      return { event: eventJson(snap.index, event), supersededBy, current: newestVersion(snap.dataset, event.id)?.id ?? event.id };
    },
  });
}

function nextQuery(query: z.output<typeof EventsQuery>, after: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, after })) if (v !== undefined && !(k === 'include_superseded' && v === 'false')) q.set(k, String(v));
  return q.toString();
}
