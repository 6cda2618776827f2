import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseIsoDate } from '../domain/calendar-date.js';
import { holderOn, resolvePerson } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import { personView } from '../domain/people/person-view.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveState } from '../domain/resolve.js';
import type { Links } from './links.js';
import { type CampaignQuery, campaignPage } from './pages/campaign-page.js';
import { errorPage } from './pages/error-page.js';
import { type BuilderView, REPORT_KINDS, type ReportKind, mediaPackPage } from './pages/media-pack-page.js';
import { monitorPage } from './pages/monitor-page.js';
import { peoplePage } from './pages/people-page.js';
import { personPage } from './pages/person-page.js';
import { positionsPage } from './pages/positions-page.js';
import { emptyPeople, shippedPeople } from './people-source.js';
import { type Answer, PageCache } from './send-page.js';

/** What the workspace pages need from the server: the record, today, and the campaign workspace (default: the one shipped in data/people). */
export interface PeoplePagesContext {
  readonly readIndex: () => Promise<RecordIndex>;
  readonly today: () => string;
  readonly readPeople?: () => Promise<PeopleRecord>;
}

type Query = Readonly<Record<string, string | undefined>>;
type Render = (index: RecordIndex, people: PeopleRecord, q: Query, on: string, req: FastifyRequest) => Answer;

// Each version of the workspace gets a number: pages are kept per (address, today, workspace version).
const stamps = new WeakMap<PeopleRecord, number>();
let nextStamp = 0;
/** A number for each version of the workspace (for page caches). */
export function peopleStamp(people: PeopleRecord): number {
  let s = stamps.get(people);
  if (s === undefined) {
    s = (nextStamp += 1);
    stamps.set(people, s);
  }
  return s;
}

/**
 * The campaign workspace's pages: `/people`, `/people/<id>`, `/states/<iso3>/positions`,
 * `/campaign` (spokespeople filter and the log), `/media-pack` (the builder) and `/monitor`
 * (casualty figures and chart). Server-rendered from the same functions as the CLI and the API;
 * served by the live server only (the builder needs the API's report routes).
 */
export function peoplePages(ctx: PeoplePagesContext, links: Links) {
  return (web: FastifyInstance): Promise<void> => {
    const cache = new PageCache();
    const readPeople = async (index: RecordIndex): Promise<PeopleRecord> => {
      if (ctx.readPeople) return ctx.readPeople();
      const r = shippedPeople(index);
      if (r.ok) return r.value;
      web.log.warn(`workspace pages without the workspace: ${r.error.message}`);
      return emptyPeople();
    };
    const page = (render: Render) => async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const index = await ctx.readIndex();
      const people = await readPeople(index);
      const q = (req.query ?? {}) as Query;
      const on = parseIsoDate(q.on === undefined || q.on === '' ? ctx.today() : q.on, 'on');
      const today = ctx.today();
      // A bad date on the builder or the campaign form is shown in the form; elsewhere it is a 400 page.
      const tolerant = req.routeOptions.url === '/campaign' || req.routeOptions.url === '/media-pack';
      if (!on.ok && !tolerant) return cache.answer(index, `${req.url}|${today}|${peopleStamp(people)}`, req, reply, () => Promise.resolve(refused(400, on.error.code, `on: ${on.error.message}`, req.url, links)));
      return cache.answer(index, `${req.url}|${today}|${peopleStamp(people)}`, req, reply, () => Promise.resolve(render(index, people, q, on.ok ? on.value : today, req)));
    };

    web.get('/people', page((_index, people, _q, on) => ({ html: peoplePage(people, on, links) })));
    web.get('/people/:id', page((index, people, q, on, req) => {
      const id = (req.params as { id: string }).id;
      const person = people.persons.get(id);
      if (person) return { html: personPage(personView(index, people, person, on), links) };
      const r = resolvePerson(people, id, 'person');
      if (!r.ok) return refused(r.error.code === 'unknown_person' ? 404 : 400, r.error.code, r.error.message, req.url, links);
      return { redirect: links.page(`/people/${r.value.id}`, q), status: 301 };
    }));
    web.get('/states/:code/positions', page((index, people, q, on, req) => {
      const code = (req.params as { code: string }).code;
      const s = resolveState(index, code);
      if (!s.ok) return refused(404, s.error.code, s.error.message, req.url, links);
      if (s.value.iso3 !== code) return { redirect: links.page(`/states/${s.value.iso3}/positions`, q), status: 301 };
      return { html: positionsPage(index, people, s.value, on, links) };
    }));
    web.get('/campaign', page((index, people, q) => {
      const cq = campaignQuery(index, q);
      return { html: campaignPage(index, people, cq, links), ...(cq.error ? { status: 400 } : {}) };
    }));
    web.get('/media-pack', page((index, people, q, _on) => {
      const v = builderView(index, people, q, ctx.today());
      return { html: mediaPackPage(index, people, v, links), ...(v.error ? { status: 400 } : {}) };
    }));
    web.get('/monitor', page((index, people, _q, on) => ({ html: monitorPage(index, people, on, links) })));
    return Promise.resolve();
  };
}

function refused(status: number, code: string, message: string, url: string, links: Links): Answer {
  return { html: errorPage(status, code, message, url, links), status };
}

/** Reads the campaign form: every field optional; a bad date or an unknown state is named. */
export function campaignQuery(index: RecordIndex, q: Query): CampaignQuery {
  const text = (k: string): string => (q[k] ?? '').trim().slice(0, 200);
  const typed = { language: text('language'), place: text('place'), on: text('on'), state: text('state') };
  const spokespeople = { ...(typed.language ? { language: typed.language } : {}), ...(typed.place ? { place: typed.place } : {}) };
  const base = { typed, spokespeople };
  let on: string | undefined;
  if (typed.on !== '') {
    const d = parseIsoDate(typed.on, 'on');
    if (!d.ok) return { ...base, error: { field: 'Available on', message: d.error.message } };
    on = d.value;
  }
  const withDate = { typed, spokespeople: { ...spokespeople, ...(on ? { on } : {}) } };
  if (typed.state === '') return withDate;
  const s = resolveState(index, typed.state);
  if (!s.ok) return { ...withDate, error: { field: 'Log for state', message: s.error.message } };
  return { ...withDate, state: s.value };
}

/** Reads the builder form: nothing asked yet shows the form; a complete request is checked (state, post held on the date). */
export function builderView(index: RecordIndex, people: PeopleRecord, q: Query, today: string): BuilderView {
  const kind: ReportKind = q.kind !== undefined && q.kind in REPORT_KINDS ? (q.kind as ReportKind) : 'media_pack';
  const stateText = q.state?.trim() || 'LTU';
  const s = resolveState(index, stateText);
  const firstPost = people.data.posts.find((p) => p.iso3 === (s.ok ? s.value.iso3 : 'LTU') && p.role === 'Prime Minister') ?? people.data.posts[0];
  const postId = q.to?.trim() || firstPost?.id;
  const base = { kind, on: today, ...(s.ok ? { state: s.value } : {}), ...(postId ? { postId } : {}) };
  if (q.kind !== undefined && !(q.kind in REPORT_KINDS)) return { ...base, error: { field: 'What to build', message: `"${q.kind.slice(0, 40)}" is not a kind of output: choose ${Object.values(REPORT_KINDS).join(', ')}` } };
  const d = parseIsoDate(q.on === undefined || q.on === '' ? today : q.on, 'on');
  if (!d.ok) return { ...base, error: { field: 'Facts as of', message: d.error.message } };
  const v = { ...base, on: d.value };
  if (q.kind === undefined) return v;
  if (kind !== 'letter') return s.ok ? { ...v, ready: {} } : { ...v, error: { field: 'State', message: s.error.message } };
  const post = postId === undefined ? undefined : people.posts.get(postId);
  if (!post) return { ...v, error: { field: 'Post written to', message: `no post has the id "${(postId ?? '').slice(0, 80)}": choose one from the list` } };
  const holder = holderOn(people, post.id, d.value);
  if (!holder?.person) return { ...v, error: { field: 'Post written to', message: `nobody in the record holds ${post.label} on ${d.value}: choose another date or post` } };
  return { ...v, ready: { holder } };
}
