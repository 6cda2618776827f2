import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { datesBetween } from '../../domain/calendar-date.js';
import { seriesOn } from '../../domain/counts.js';
import { groupStatus } from '../../domain/group-status.js';
import { pendingChanges } from '../../domain/pending.js';
import { resolveGroup, resolveTreaty } from '../../domain/resolve.js';
import { statusTable } from '../../domain/status-table.js';
import { openedOn } from '../../domain/treaty.js';
import { groupJson } from '../../present/group-json.js';
import { pendingJson } from '../../present/pending-json.js';
import { seriesJson } from '../../present/series-json.js';
import { statusJson } from '../../present/status-json.js';
import { treatyJson } from '../../present/treaty-json.js';
import type { ApiContext } from '../api-context.js';
import { GroupAnswer, PendingAnswer, SeriesAnswer, StatusAnswer, TreatiesAnswer, TreatyAnswer } from '../answers.js';
import { HttpError, orThrow } from '../http-error.js';
import { NoQuery, OnQuery, TreatyParams, dayParam, groupPath, onParam, statusParam, treatyPath } from '../params.js';
import { readRoute } from '../read-route.js';

const tag = 'treaties';

/** Treaties, their rules, and the status of every state under each: the CLI's status, series, pending and group. */
export function treatyRoutes(app: FastifyInstance, ctx: ApiContext): void {
  readRoute(app, ctx, {
    path: '/v1/treaties', operationId: 'listTreaties', tag, summary: 'Every treaty with its rules as data', params: z.strictObject({}), query: NoQuery, response: TreatiesAnswer,
    answer: ({ snap }) => ({ treaties: [...snap.index.treaties.values()].map((t) => treatyJson(snap.index, t)) }),
  });
  readRoute(app, ctx, {
    path: '/v1/treaties/{treaty}', operationId: 'getTreaty', tag, summary: 'One treaty: names, dates, depositary and rules (entry into force, withdrawal, deadlines)', params: TreatyParams, query: NoQuery, response: TreatyAnswer, errors: [400, 404],
    answer: ({ params, snap }) => ({ treaty: treatyJson(snap.index, orThrow(resolveTreaty(snap.index, params.treaty), 404)) }),
  });
  readRoute(app, ctx, {
    path: '/v1/treaties/{treaty}/status', operationId: 'getStatus', tag, completeTo: 'from-answer', params: TreatyParams, response: StatusAnswer, errors: [400, 404],
    summary: "Every state's status on a date, since when, on whose word, and the counts under both conventions",
    description: 'The same answer as `treatywatch status <treaty> --on <date> --json`.',
    query: z.strictObject({ on: onParam, only: statusParam.optional() }),
    answer: ({ params, query, snap, today }) => {
      const treaty = orThrow(resolveTreaty(snap.index, params.treaty), 404);
      return statusJson(snap.index, statusTable(snap.index, treaty.id, query.on ?? today), query.only);
    },
  });
  readRoute(app, ctx, {
    path: '/v1/treaties/{treaty}/series', operationId: 'getSeries', tag, completeTo: 'from-answer', params: TreatyParams, response: SeriesAnswer, errors: [400, 404],
    summary: 'Counts of States Parties over time, under both conventions',
    description: 'The same answer as `treatywatch series <treaty> --json`. `from` defaults to the day the treaty opened for signature, `to` to today.',
    query: z.strictObject({ from: dayParam('first day (default: opened for signature)').optional(), to: dayParam('last day (default: today)').optional(), every: z.enum(['day', 'month', 'year']).default('year').meta({ description: 'step between points' }) }),
    answer: ({ params, query, snap, today }) => {
      const treaty = orThrow(resolveTreaty(snap.index, params.treaty), 404);
      const from = query.from ?? openedOn(treaty).date;
      const to = query.to ?? today;
      if (from > to) throw new HttpError(400, 'invalid_range', `from ${from} is after to ${to}`, 'from');
      return seriesJson(snap.index, treaty.id, from, to, query.every, seriesOn(snap.index, treaty.id, datesBetween(from, to, query.every)));
    },
  });
  readRoute(app, ctx, {
    path: '/v1/treaties/{treaty}/pending', operationId: 'getPending', tag, completeTo: 'from-answer', params: TreatyParams, query: OnQuery, response: PendingAnswer, errors: [400, 404],
    summary: 'Changes set in motion on a date (entries into force, withdrawals) and when they take effect',
    description: 'The same answer as `treatywatch pending <treaty> --on <date> --json`.',
    answer: ({ params, query, snap, today }) => {
      const treaty = orThrow(resolveTreaty(snap.index, params.treaty), 404);
      const on = query.on ?? today;
      return pendingJson(snap.index, treaty.id, on, pendingChanges(snap.index, treaty.id, on));
    },
  });
  readRoute(app, ctx, {
    path: '/v1/treaties/{treaty}/groups/{group}', operationId: 'getGroupStatus', tag, completeTo: 'from-answer', query: OnQuery, response: GroupAnswer, errors: [400, 404],
    params: z.strictObject({ treaty: treatyPath, group: groupPath }),
    summary: "A group's members on a date (EU, NATO) and their status under the treaty",
    description: 'The same answer as `treatywatch group <group> <treaty> --on <date> --json`.',
    answer: ({ params, query, snap, today }) => {
      const treaty = orThrow(resolveTreaty(snap.index, params.treaty), 404);
      const group = orThrow(resolveGroup(snap.index, params.group), 404);
      return groupJson(snap.index, groupStatus(snap.index, group.id, treaty.id, query.on ?? today));
    },
  });
}
