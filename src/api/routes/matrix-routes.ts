import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordHorizon } from '../../domain/horizon.js';
import { statusMatrix } from '../../domain/matrix.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { matrixCsv, matrixJson, matrixTreatyIds } from '../../present/matrix-json.js';
import type { ApiContext } from '../api-context.js';
import { sendAnswer } from '../conditional.js';
import { orThrow } from '../http-error.js';
import { jsonText } from '../json-text.js';
import { MatrixAnswer } from '../matrix-answer.js';
import { onParam } from '../params.js';
import type { CachedAnswer } from '../response-cache.js';
import { MEDIA, RECORD_COMPLETE_TO, RECORD_COMPLETE_TO_DOC } from '../route-doc.js';
import { parseOr400 } from '../zod-errors.js';

const PATH = '/v1/matrix';

/** `?on=&protocols=&treaties=&format=`. */
export const MatrixQuery = z.strictObject({
  on: onParam,
  protocols: z.enum(['true', 'false']).optional().meta({ description: 'also the protocols a state joins separately (the Protocols of the CCW: I–V, Amended Protocol II, the amended Article 1); default false' }),
  treaties: z.string().optional().meta({ description: 'comma-separated treaty ids or names, in the order wanted; default every treaty', examples: ['apmbc,ccm,ctbt'] }),
  format: z.enum(['json', 'csv']).optional().meta({ description: 'json or csv; without it the Accept header decides (text/csv gives CSV), else JSON' }),
});
type Query = z.output<typeof MatrixQuery>;

/**
 * `GET /v1/matrix`: every state × the treaties on one date, the CLI's `matrix --json` (or `--csv`)
 * from the same code. One address, two media types, so the answer is cached per format and says
 * `Vary: Accept`.
 */
export function matrixRoutes(app: FastifyInstance, ctx: ApiContext): void {
  ctx.docs.push({
    method: 'get', path: PATH, operationId: 'getMatrix', tag: 'treaties', query: MatrixQuery, response: MatrixAnswer,
    summary: "Every state × every treaty on a date: each state's status, since when, and each treaty's counts",
    description: 'The same answer as `treatywatch matrix --on <date> --json`. As CSV (`Accept: text/csv` or `format=csv`, as `matrix --csv`): iso3, name, then per treaty `<id>` (the status) and `<id>_since`.',
    produces: MEDIA.json, alsoProduces: [MEDIA.csv], errors: [400], headers: RECORD_COMPLETE_TO_DOC,
  });
  const varied = new WeakMap<CachedAnswer, CachedAnswer>();
  app.get(PATH, async (request, reply) => {
    const snap = await ctx.record.current();
    const today = ctx.today();
    const query = parseOr400(MatrixQuery, request.query, 'query');
    const format = query.format ?? (prefersCsv(request) ? 'csv' : 'json');
    const generation = `${snap.version}|${today}`;
    const key = `${format}|${request.url}`;
    let answer = ctx.answers.get(generation, key);
    if (answer === undefined) {
      const m = statusMatrix(snap.index, query.on ?? today, treatyIds(snap.index, query));
      const body = format === 'csv' ? matrixCsv(m) : jsonText(matrixJson(snap.index, m));
      // The CSV has no room for the horizon: the header carries it for both forms.
      const horizon = recordHorizon(snap.index, m.treaties.map((t) => t.id));
      answer = ctx.answers.put(generation, key, body, MEDIA[format], lastModified(snap.lastModified, today), horizon ? { [RECORD_COMPLETE_TO]: horizon.completeTo } : {});
    }
    let sent = varied.get(answer);
    if (sent === undefined) {
      // The same URL answers in two media types: caches must key on Accept too.
      sent = { ...answer, headers: { ...answer.headers, vary: 'Accept, Accept-Encoding' }, sent: {} };
      varied.set(answer, sent);
    }
    if (format === 'csv') reply.header('content-disposition', `inline; filename="treatywatch-matrix-${query.on ?? today}.csv"`);
    return sendAnswer(request, reply, sent);
  });
}

/** The treaties asked for (each resolved by id or name, repeats dropped), or the default list. */
function treatyIds(index: RecordIndex, query: Query): string[] {
  if (query.treaties === undefined) return matrixTreatyIds(index, query.protocols === 'true');
  return [...new Set(query.treaties.split(',').map((name) => orThrow(resolveTreaty(index, name.trim(), 'treaties')).id))];
}

/** Whether the Accept header ranks text/csv above application/json (ties and wildcards go to JSON). */
function prefersCsv(request: FastifyRequest): boolean {
  const quality = new Map<string, number>();
  for (const part of (request.headers.accept ?? '').split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (type) quality.set(type, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const csv = quality.get('text/csv') ?? 0;
  const json = quality.get('application/json') ?? quality.get('application/*') ?? quality.get('*/*') ?? 0;
  return csv > 0 && csv > json;
}

/** As the other reads: the newest of the record's last change and the start of today. */
function lastModified(recordChanged: string, today: string): string {
  const midnight = Date.parse(`${today}T00:00:00Z`);
  return Date.parse(recordChanged) >= midnight ? recordChanged : new Date(midnight).toUTCString();
}
