import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resolveTreaty } from '../../domain/resolve.js';
import { eventLogCsv, eventLogRecord } from '../../present/event-log.js';
import { popoloExport } from '../../present/popolo.js';
import { statusExport, statusExportCsv } from '../../present/status-export.js';
import type { ApiContext } from '../api-context.js';
import { orThrow } from '../http-error.js';
import { NoQuery, onParam } from '../params.js';
import { type ReadInput, readRoute } from '../read-route.js';

const tag = 'exports';
const StatusQuery = z.strictObject({ treaty: z.string().optional().meta({ description: 'one treaty (id or name); default: every treaty' }), on: onParam });
const none = z.strictObject({});

/** Downloads: the status table on a date and the event log (CSV and JSON), and memberships as Popolo JSON. */
export function exportRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const status = ({ query, snap, today }: ReadInput<typeof none, typeof StatusQuery>) => {
    const ids = query.treaty === undefined ? [...snap.index.treaties.keys()] : [orThrow(resolveTreaty(snap.index, query.treaty)).id];
    return statusExport(snap.index, ids, query.on ?? today);
  };
  readRoute(app, ctx, {
    path: '/v1/exports/status.csv', operationId: 'exportStatusCsv', tag, produces: 'csv', filename: 'treatywatch-status.csv', params: none, query: StatusQuery,
    summary: 'Every state under every treaty (or one) on a date, as CSV: treaty, iso3, name, status, since, possibly, rule, verified, event, source_urls',
    answer: (input) => statusExportCsv(status(input)),
  });
  readRoute(app, ctx, {
    path: '/v1/exports/status.json', operationId: 'exportStatusJson', tag, filename: 'treatywatch-status.json', params: none, query: StatusQuery,
    summary: 'The same rows as JSON, with the counts per treaty under both conventions',
    answer: status,
  });
  readRoute(app, ctx, {
    path: '/v1/exports/events.csv', operationId: 'exportEventsCsv', tag, produces: 'csv', filename: 'treatywatch-events.csv', params: none, query: NoQuery,
    summary: 'The whole event log as CSV, corrections and superseded events included (as `treatywatch export --format csv`)',
    answer: ({ snap }) => eventLogCsv(snap.dataset),
  });
  readRoute(app, ctx, {
    path: '/v1/exports/events.json', operationId: 'exportEventsJson', tag, filename: 'treatywatch-events.json', params: none, query: NoQuery,
    summary: 'The whole record as JSON, re-importable as a dataset (as `treatywatch export --format json`)',
    answer: ({ snap }) => eventLogRecord(snap.dataset),
  });
  readRoute(app, ctx, {
    path: '/v1/exports/popolo.json', operationId: 'exportPopolo', tag, filename: 'treatywatch-popolo.json', params: none, query: NoQuery,
    summary: 'Memberships as Popolo JSON: state → treaty (signatory, deposited, State Party) and state → group, with dates and sources',
    answer: ({ snap, today }) => popoloExport(snap.index, today),
  });
}
