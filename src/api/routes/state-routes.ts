import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resolveGroup, resolveState, resolveTreaty } from '../../domain/resolve.js';
import { stateProfile } from '../../domain/state-profile.js';
import { citationsOut } from '../../present/citations.js';
import { stateJson } from '../../present/state-json.js';
import type { ApiContext } from '../api-context.js';
import { GroupMembershipsAnswer, GroupsAnswer, StateAnswer, StatesAnswer } from '../answers.js';
import { orThrow } from '../http-error.js';
import { NoQuery, groupPath, onParam, statePath } from '../params.js';
import { readRoute } from '../read-route.js';

/** States (one state's timeline with sources, deadlines and groups: the CLI's `state`) and groups. */
export function stateRoutes(app: FastifyInstance, ctx: ApiContext): void {
  readRoute(app, ctx, {
    path: '/v1/states', operationId: 'listStates', tag: 'states', summary: 'The 197 states that can join, in name order, with the names texts use', params: z.strictObject({}), query: NoQuery, response: StatesAnswer,
    answer: ({ snap }) => ({ states: snap.index.stateList }),
  });
  readRoute(app, ctx, {
    path: '/v1/states/{state}', operationId: 'getState', tag: 'states', completeTo: 'from-answer', response: StateAnswer, errors: [400, 404],
    summary: "One state's timeline under each treaty, with sources, status, derived dates, deadlines and groups",
    description: 'The same answer as `treatywatch state <state> --json`. Events recorded with a date after `on` are left out.',
    params: z.strictObject({ state: statePath }),
    query: z.strictObject({ on: onParam, treaty: z.string().optional().meta({ description: 'only this treaty (id or name)' }) }),
    answer: ({ params, query, snap, today }) => {
      const state = orThrow(resolveState(snap.index, params.state), 404);
      const treatyIds = query.treaty === undefined ? undefined : [orThrow(resolveTreaty(snap.index, query.treaty)).id];
      return stateJson(snap.index, stateProfile(snap.index, state, query.on ?? today, treatyIds));
    },
  });
  readRoute(app, ctx, {
    path: '/v1/groups', operationId: 'listGroups', tag: 'groups', summary: 'Groups of states whose membership changes over time (EU, NATO)', params: z.strictObject({}), query: NoQuery, response: GroupsAnswer,
    answer: ({ snap }) => ({ groups: [...snap.index.groups.values()] }),
  });
  readRoute(app, ctx, {
    path: '/v1/groups/{group}', operationId: 'getGroup', tag: 'groups', summary: "A group's memberships over time, with dates and sources", params: z.strictObject({ group: groupPath }), query: NoQuery, response: GroupMembershipsAnswer, errors: [400, 404],
    answer: ({ params, snap }) => {
      const group = orThrow(resolveGroup(snap.index, params.group), 404);
      const memberships = (snap.index.memberships.get(group.id) ?? []).map((m) => ({
        iso3: m.iso3, name: snap.index.states.get(m.iso3)?.name ?? m.iso3, joined: m.joined, ...(m.left ? { left: m.left } : {}), verified: m.verified, ...(m.note ? { note: m.note } : {}), sources: citationsOut(snap.index, m.sources),
      }));
      return { group, memberships };
    },
  });
}
