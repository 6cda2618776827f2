import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseIsoDate } from '../domain/calendar-date.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveState, resolveTreaty } from '../domain/resolve.js';
import { assetByName } from './assets.js';
import { claimsPages } from './claims-pages.js';
import { downloadRoutes } from './downloads-route.js';
import { type LibraryWebContext, libraryPages } from './library-pages.js';
import { liveLinks } from './links.js';
import { peoplePages, peopleStamp } from './people-pages.js';
import { matrixAnswer } from './matrix-web.js';
import { errorPage } from './pages/error-page.js';
import { overviewPage } from './pages/overview-page.js';
import { pipelinePage } from './pages/pipeline-page.js';
import { searchPage } from './pages/search-page.js';
import { sourcesPage } from './pages/sources-page.js';
import { statePage } from './pages/state-page.js';
import { treatyPage } from './pages/treaty-page.js';
import { emptyPeople, shippedPeople } from './people-source.js';
import { type Answer, PageCache, sendAsset, sendPage } from './send-page.js';

/** What the web app needs from the server that hosts it. */
export interface WebContext {
  /** The record as it stands now, indexed (cached by the server between writes). */
  readonly readIndex: () => Promise<RecordIndex>;
  /** Today as a calendar date (read from the clock at the edge; pinned in tests). */
  readonly today: () => string;
  /** The campaign workspace (votes, pipeline steps) for the pipeline board; without it, the workspace shipped in data/people. */
  readonly readPeople?: () => Promise<PeopleRecord>;
  /** The document library and review queue (`/library`, `/review`): live servers with a SQL store only. */
  readonly library?: LibraryWebContext;
}

type Query = Readonly<Record<string, string | undefined>>;
const links = liveLinks();

/**
 * Registers the web app's pages and assets: `/`, `/treaties/<id>`, `/states/<iso3>`, `/pipeline`,
 * `/sources`, `/search`, `/claims` and `/assets/<name>`. Pages are rendered on the server from the same domain
 * functions the CLI uses, kept per record version and sent compressed with an ETag.
 */
export async function registerWeb(app: FastifyInstance, ctx: WebContext): Promise<void> {
  const cache = new PageCache();
  const people = async (index: RecordIndex): Promise<PeopleRecord> => {
    if (ctx.readPeople) return ctx.readPeople();
    const r = shippedPeople(index);
    if (r.ok) return r.value;
    app.log.warn(`pipeline board without the workspace: ${r.error.message}`);
    return emptyPeople();
  };
  /** Renders (or reuses) a page for this request; `render` returns a page or a redirect. */
  const page = (render: (index: RecordIndex, q: Query, on: string, req: FastifyRequest) => Promise<Answer> | Answer) =>
    async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const index = await ctx.readIndex();
      const q = (req.query ?? {}) as Query;
      const on = parseIsoDate(q.on === undefined || q.on === '' ? ctx.today() : q.on, 'on');
      if (!on.ok) return sendPage(req, reply, 400, errorPage(400, on.error.code, `${on.error.field ?? 'on'}: ${on.error.message}`, req.url, links));
      // The pipeline board reads the workspace too: its pages are kept per workspace version as well.
      const stamp = ctx.readPeople ? peopleStamp(await ctx.readPeople()) : 0;
      return cache.answer(index, `${req.url}|${ctx.today()}|${stamp}`, req, reply, () => Promise.resolve(render(index, q, on.value, req)));
    };

  // Its own plugin scope: nothing added here (hooks, decorators) leaks into the API's routes.
  await app.register((web) => {
    web.get('/', page((index, _q, on) => ({ html: overviewPage(index, on, links) })));
    web.get('/treaties/:id', page((index, q, on, req) => {
      const id = (req.params as { id: string }).id;
      const t = resolveTreaty(index, id);
      if (!t.ok) return notFound(t.error.code, t.error.message, req.url);
      if (t.value.id !== id) return { redirect: links.page(`/treaties/${t.value.id}`, q), status: 301 };
      return { html: treatyPage(index, t.value, on, ctx.today(), links) };
    }));
    web.get('/states/:code', page((index, q, on, req) => {
      const code = (req.params as { code: string }).code;
      const s = resolveState(index, code);
      if (!s.ok) return notFound(s.error.code, s.error.message, req.url);
      if (s.value.iso3 !== code) return { redirect: links.page(`/states/${s.value.iso3}`, q), status: 301 };
      return { html: statePage(index, s.value, on, links, ctx.today()) };
    }));
    web.get('/matrix', page(matrixAnswer(ctx.today, links)));
    web.get('/pipeline', page(async (index, _q, on) => ({ html: pipelinePage(index, await people(index), on, ctx.today(), links) })));
    web.get('/sources', page(async (index) => ({ html: sourcesPage(index, await people(index), links) })));
    web.get('/search', page((index, q) => {
      const text = q.q?.trim();
      const exact = text ? resolveState(index, text) : undefined;
      if (exact?.ok) return { redirect: links.page(`/states/${exact.value.iso3}`), status: 302 };
      return { html: searchPage(index, text, links) };
    }));
    web.get('/assets/:name', async (req, reply) => {
      const asset = assetByName((req.params as { name: string }).name);
      if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('no such asset');
      // Asset names carry a hash of their content: a new version is a new name, so caches may keep them for ever.
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      return sendAsset(req, reply, asset.name, asset.body, asset.type);
    });
    return Promise.resolve();
  });
  await app.register(claimsPages(ctx, links));
  await app.register(downloadRoutes(ctx, links));
  await app.register(peoplePages(ctx, links));
  if (ctx.library) await app.register(libraryPages(ctx.library, ctx, links));
}

function notFound(code: string, message: string, url: string): Answer {
  return { html: errorPage(404, code, message, url, links), status: 404 };
}
