import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { holderOn, postsHeldOn, resolvePost } from '../../domain/people/office-holders.js';
import { personView } from '../../domain/people/person-view.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { normaliseName } from '../../domain/state.js';
import { casualtiesJson, engagementsJson, holderJson, pipelineJson, spokespeopleJson, statementsJson, votesJson } from '../../present/people-json.js';
import type { ApiContext } from '../api-context.js';
import { CasualtiesAnswer, EngagementsAnswer, HolderAnswer, PeopleAnswer, PersonAnswer, PipelineAnswer, PostsAnswer, SpokespeopleAnswer, StatementsAnswer, VotesAnswer } from '../people-answers.js';
import { HttpError } from '../http-error.js';
import { onParam, statePath, treatyPath } from '../params.js';
import { found, personBy } from '../people-lookup.js';
import { peopleRoute } from '../people-read-route.js';
import { reportRoutes } from './report-routes.js';

const tag = 'people';
const treatyQuery = z.string().optional().meta({ description: 'only this treaty (id or name)' });
const none = z.strictObject({});
const StateParams = z.strictObject({ state: statePath });

/**
 * The campaign workspace: people and the posts they held, statements, votes, spokespeople, the
 * campaign log, who holds a post on a date, the Monitor's casualty figures and the withdrawal
 * pipeline — each the same JSON as the CLI's `--json` — and the generated reports.
 */
export function peopleRoutes(app: FastifyInstance, ctx: ApiContext): void {
  peopleRoute(app, ctx, {
    path: '/v1/people', operationId: 'listPeople', tag, response: PeopleAnswer, params: none,
    summary: 'People in the campaign workspace (optionally those whose name or spelling contains `name`), with the posts each holds on the date',
    query: z.strictObject({ name: z.string().min(1).max(200).optional().meta({ description: 'part of a name or of a spelling sources use ("Paluckas", "Sakaliene")' }), on: onParam }),
    answer: ({ query, people, today }) => {
      const on = query.on ?? today;
      const key = query.name === undefined ? undefined : normaliseName(query.name);
      const list = people.data.persons.filter((p) => key === undefined || [p.name, ...p.otherNames].some((n) => normaliseName(n).includes(key)));
      return { people: list.map((p) => ({ id: p.id, name: p.name, otherNames: p.otherNames, posts: postsHeldOn(people, p.id, on).map((h) => h.post.label) })), on };
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/people/{person}', operationId: 'getPerson', tag, response: PersonAnswer, errors: [400, 404],
    summary: 'A person: the posts held and when, statements with quotes and sources, and as whom they speak (as `treatywatch person <name> --json`)',
    params: z.strictObject({ person: z.string().meta({ description: 'person id or a name or spelling in use ("Paluckas", "Šakalienė")', examples: ['gintautas-paluckas'] }) }),
    query: z.strictObject({ on: onParam }),
    answer: ({ params, query, snap, people, today }) => personView(snap.index, people, personBy(people, params.person, 'person'), query.on ?? today),
  });
  peopleRoute(app, ctx, {
    path: '/v1/states/{state}/statements', operationId: 'listStatements', tag, response: StatementsAnswer, errors: [400, 404], params: StateParams,
    summary: "A state's positions timeline: who said what about withdrawing, when, with the quote and its source (as `treatywatch statements <state> --json`)",
    query: z.strictObject({ treaty: treatyQuery, on: dayOrUndefined('only what had been said by this date') }),
    answer: ({ params, query, snap, people }) => {
      const state = found(resolveState(snap.index, params.state));
      const treatyId = query.treaty === undefined ? undefined : found(resolveTreaty(snap.index, query.treaty)).id;
      return statementsJson(snap.index, people, { iso3: state.iso3, ...(treatyId ? { treatyId } : {}), ...(query.on ? { on: query.on } : {}) });
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/states/{state}/votes', operationId: 'listVotes', tag, response: VotesAnswer, errors: [400, 404], params: StateParams,
    summary: "A state's parliamentary votes: counts, the majority the rule requires and the result derived from it, and every threshold or count a source states otherwise",
    query: z.strictObject({ treaty: treatyQuery }),
    answer: ({ params, query, snap, people }) => {
      const state = found(resolveState(snap.index, params.state));
      const treatyId = query.treaty === undefined ? undefined : found(resolveTreaty(snap.index, query.treaty)).id;
      return votesJson(snap.index, people, state.iso3, treatyId);
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/spokespeople', operationId: 'listSpokespeople', tag, response: SpokespeopleAnswer, params: none,
    summary: 'Who can speak to the media, in which languages, where and when: "who speaks Polish and is in Vilnius on 2025-04-01?"',
    query: z.strictObject({
      language: z.string().min(1).max(100).optional().meta({ description: 'a language name or ISO 639-1 code (Polish, pl)' }),
      place: z.string().min(1).max(200).optional().meta({ description: 'where they are (Vilnius)' }),
      on: dayOrUndefined('available on this day'),
    }),
    answer: ({ query, snap, people }) => spokespeopleJson(snap.index, people, { ...(query.language ? { language: query.language } : {}), ...(query.place ? { place: query.place } : {}), ...(query.on ? { on: query.on } : {}) }),
  });
  peopleRoute(app, ctx, {
    path: '/v1/engagements', operationId: 'listEngagements', tag, response: EngagementsAnswer, errors: [400, 404], params: none,
    summary: 'The campaign log: letters, meeting requests, meetings, visits, press releases and media packs, to whom (a post resolved to its holder that day), with replies and follow-ups',
    query: z.strictObject({ state: z.string().optional().meta({ description: 'only entries about this state' }) }),
    answer: ({ query, snap, people }) => engagementsJson(snap.index, people, query.state === undefined ? undefined : found(resolveState(snap.index, query.state)).iso3),
  });
  peopleRoute(app, ctx, {
    path: '/v1/posts', operationId: 'listPosts', tag, response: PostsAnswer, params: none,
    summary: 'The posts of the workspace (Prime Minister of Lithuania, …) and who holds each on the date',
    query: z.strictObject({ on: onParam, state: z.string().optional().meta({ description: 'only posts of this state' }) }),
    answer: ({ query, snap, people, today }) => {
      const on = query.on ?? today;
      const iso3 = query.state === undefined ? undefined : found(resolveState(snap.index, query.state)).iso3;
      const posts = people.data.posts.filter((p) => iso3 === undefined || p.iso3 === iso3).map((p) => {
        const h = holderOn(people, p.id, on);
        return { id: p.id, label: p.label, role: p.role, ...(p.iso3 ? { iso3: p.iso3 } : {}), holder: h?.person?.name ?? null, certainty: h?.certainty ?? 'none' };
      });
      return { on, posts };
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/posts/{post}/holder', operationId: 'getPostHolder', tag, response: HolderAnswer, errors: [400, 404],
    summary: 'Who holds a post on a date, with the membership behind it and its sources (nobody: `certainty: none`)',
    params: z.strictObject({ post: z.string().meta({ description: 'post id or name: "Prime Minister of Lithuania", "PM of LTU"', examples: ['Prime Minister of Lithuania'] }) }),
    query: z.strictObject({ on: onParam }),
    answer: ({ params, query, snap, people, today }) => {
      const post = people.posts.get(params.post) ?? found(resolvePost(people, snap.index, params.post, 'post'));
      const h = holderOn(people, post.id, query.on ?? today);
      if (!h) throw new HttpError(404, 'unknown_post', `no post has the id "${post.id}"`, 'post');
      return holderJson(snap.index, people, h);
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/monitor/casualties', operationId: 'getCasualties', tag, response: CasualtiesAnswer, params: none,
    summary: "The Landmine Monitor's casualty figures per year known by a date, each share with what it is a share of, and documents' figures checked against them",
    query: z.strictObject({ on: onParam }),
    answer: ({ query, snap, people, today }) => casualtiesJson(snap.index, people, query.on ?? today),
  });
  peopleRoute(app, ctx, {
    path: '/v1/treaties/{treaty}/pipeline', operationId: 'getPipeline', tag, response: PipelineAnswer, errors: [400, 404],
    summary: 'The withdrawal pipeline: each state in a withdrawal process and the stage reached on the date, with dates and sources (as `treatywatch pipeline <treaty> --json`)',
    params: z.strictObject({ treaty: treatyPath }), query: z.strictObject({ on: onParam }),
    answer: ({ params, query, snap, people, today }) => pipelineJson(snap.index, people, found(resolveTreaty(snap.index, params.treaty)).id, query.on ?? today),
  });
  reportRoutes(app, ctx);
}

/** An optional day whose absence means "no limit" (not today). */
function dayOrUndefined(description: string) {
  return onParam.meta({ description });
}
