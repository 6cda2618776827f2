import type { FastifyInstance } from 'fastify';
import { parseIsoDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveTreaty } from '../domain/resolve.js';
import { chartSvgFile, mapSvgFile, parseDownloadName, statusCsvFile } from './downloads.js';
import type { Links } from './links.js';
import { sendPage } from './send-page.js';

/** What the download route needs from the server. */
export interface DownloadsContext {
  readonly readIndex: () => Promise<RecordIndex>;
  readonly today: () => string;
}

/**
 * `/treaties/<id>/<id>-map-<date>.svg`, `…-chart-<date>.svg` and `…-status-<date>.csv`: the treaty
 * page's map and chart on that date as standalone SVG files, and its table as the API's status CSV. The date is in the address, so the link a page carries (and the
 * file a browser saves) names it; any date works, not only the ones a page was opened on.
 */
export function downloadRoutes(ctx: DownloadsContext, links: Links) {
  return (scope: FastifyInstance): Promise<void> => {
    scope.get('/treaties/:id/:file', async (req, reply) => {
      const { id, file } = req.params as { id: string; file: string };
      const asked = parseDownloadName(file);
      const index = await ctx.readIndex();
      const treaty = resolveTreaty(index, id);
      const date = asked ? parseIsoDate(asked.on, 'on') : undefined;
      if (!asked || !treaty.ok || asked.treatyId !== treaty.value.id || !date?.ok) {
        return reply.code(404).type('text/plain; charset=utf-8')
          .send(`no such download: ${file} (expected <treaty>-map-YYYY-MM-DD.svg, <treaty>-chart-YYYY-MM-DD.svg or <treaty>-status-YYYY-MM-DD.csv, with a real date)`);
      }
      reply.header('content-disposition', `attachment; filename="${file}"`);
      if (asked.kind === 'status') return sendPage(req, reply, 200, statusCsvFile(index, treaty.value, date.value), 'text/csv; charset=utf-8');
      const body = asked.kind === 'map' ? mapSvgFile(index, treaty.value, date.value, links) : chartSvgFile(index, treaty.value, date.value, ctx.today());
      return sendPage(req, reply, 200, body, 'image/svg+xml; charset=utf-8');
    });
    return Promise.resolve();
  };
}
