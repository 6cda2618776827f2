import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resolvePerson, resolvePost } from '../../domain/people/office-holders.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { holderSummary } from '../../present/people-json.js';
import { briefingNote } from '../../reports/briefing.js';
import { letterDraft } from '../../reports/letter.js';
import { mediaPack } from '../../reports/media-pack.js';
import type { ReportDoc } from '../../reports/report-doc.js';
import type { ApiContext } from '../api-context.js';
import { HttpError } from '../http-error.js';
import { LetterAnswer, ReportAnswer } from '../people-answers.js';
import { onParam, statePath } from '../params.js';
import { found } from '../people-lookup.js';
import { FileAnswer, peopleRoute } from '../people-read-route.js';

const tag = 'reports';
const REPORT_TYPES = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf' } as const;
const produces = `${REPORT_TYPES.md}, ${REPORT_TYPES.html}, ${REPORT_TYPES.pdf} or application/json (format=json)`;

// A report's HTML is our own markup with its stylesheet inline and no script: it may style itself,
// load nothing, run nothing, and be framed only by this site (the media-pack builder's preview).
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const format = z.enum(['md', 'html', 'pdf', 'json']).default('md').meta({ description: 'md (Markdown), html (one self-contained page), pdf (A4, printed by Chromium), or json (the document tree, as the CLI\'s --json)' });
const download = z.enum(['true', 'false', '1', '0']).optional().meta({ description: 'send the HTML as a download (Markdown and PDF always are)' });
const treaty = z.string().optional().meta({ description: 'the treaty (default apmbc)' });
const common = { on: onParam, format, download, treaty };

/** The generated outputs: media pack, letter draft, briefing note — Markdown, HTML, PDF, or the document as JSON. */
export function reportRoutes(app: FastifyInstance, ctx: ApiContext): void {
  peopleRoute(app, ctx, {
    path: '/v1/states/{state}/media-pack', operationId: 'getMediaPack', tag, produces, response: ReportAnswer, errors: [400, 404, 503],
    summary: 'A media pack for a state on a date: press release skeleton, key facts, timeline, quotes, spokespeople, media contact — every figure footnoted (as `treatywatch media-pack`)',
    params: z.strictObject({ state: statePath }), query: z.strictObject(common),
    answer: ({ params, query, snap, people, today }) => {
      const state = found(resolveState(snap.index, params.state));
      const treatyId = found(resolveTreaty(snap.index, query.treaty ?? 'apmbc')).id;
      const on = query.on ?? today;
      return report(mediaPack(snap.index, people, { state, treatyId, on }), query, `media-pack-${state.iso3}-${on}`, {});
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/letter', operationId: 'getLetter', tag, produces, response: LetterAnswer, errors: [400, 404, 503],
    summary: 'A letter draft to whoever holds the post on the date, with a CC line and footnoted facts (as `treatywatch letter`)',
    description: 'The post resolves to its holder on `on`: the Prime Minister of Lithuania is a different person on 2025-03-26 than in 2026. A post nobody holds on the date is a 404 (`post_vacant`).',
    params: z.strictObject({}),
    query: z.strictObject({
      to: z.string({ error: 'is required: the post written to, e.g. to=Prime Minister of Lithuania' }).min(1, 'is required: the post written to, e.g. to=Prime Minister of Lithuania').max(200).meta({ description: 'the post written to ("Prime Minister of Lithuania")' }),
      cc: z.union([z.string().min(1), z.array(z.string().min(1)).max(10)]).optional().meta({ description: 'a post to copy (repeatable; default the Geneva Permanent Representative)' }),
      from: z.string().min(1).optional().meta({ description: 'the signatory (default the ICBL-CMC Director on the date)' }),
      ...common,
    }),
    answer: ({ query, snap, people, today }) => {
      const on = query.on ?? today;
      const post = people.posts.get(query.to) ?? found(resolvePost(people, snap.index, query.to, 'to'));
      const ccs = query.cc === undefined ? undefined : (Array.isArray(query.cc) ? query.cc : [query.cc]).map((c) => (people.posts.get(c) ?? found(resolvePost(people, snap.index, c, 'cc'))).id);
      const from = query.from === undefined ? undefined : (people.persons.get(query.from) ?? found(resolvePerson(people, query.from, 'from'))).id;
      const treatyId = found(resolveTreaty(snap.index, query.treaty ?? 'apmbc')).id;
      const draft = found(letterDraft(snap.index, people, { toPostId: post.id, on, treatyId, ...(ccs ? { ccPostIds: ccs } : {}), ...(from ? { fromPersonId: from } : {}) }));
      return report(draft.doc, query, `letter-${post.id}-${on}`, { addressee: holderSummary(draft.addressee), cc: draft.cc.map(holderSummary) });
    },
  });
  peopleRoute(app, ctx, {
    path: '/v1/states/{state}/briefing', operationId: 'getBriefing', tag, produces, response: ReportAnswer, errors: [400, 404, 503],
    summary: 'A briefing note and country profile: standing, pipeline, votes, office holders, positions, campaign log, Monitor figures with a chart (as `treatywatch briefing`)',
    params: z.strictObject({ state: statePath }), query: z.strictObject({ on: onParam, format, download }),
    answer: ({ params, query, snap, people, today }) => {
      const state = found(resolveState(snap.index, params.state));
      const on = query.on ?? today;
      return report(briefingNote(snap.index, people, { state, on }), query, `briefing-${state.iso3}-${on}`, {});
    },
  });
}

type Query = { readonly format: 'md' | 'html' | 'pdf' | 'json'; readonly download?: string | undefined };

/** The report in the format asked for: JSON like the CLI's --json; files with their type and disposition. */
async function report(doc: ReportDoc, q: Query, name: string, extra: object): Promise<unknown> {
  if (q.format === 'json') return { ...extra, doc };
  const { renderHtml } = await import('../../reports/render-html.js');
  const attach = q.format !== 'html' || q.download === 'true' || q.download === '1';
  const disposition = { 'content-disposition': `${attach ? 'attachment' : 'inline'}; filename="${name}.${q.format}"` };
  if (q.format === 'md') return new FileAnswer((await import('../../reports/render-markdown.js')).renderMarkdown(doc), REPORT_TYPES.md, disposition);
  const html = renderHtml(doc);
  if (q.format === 'html') return new FileAnswer(html, REPORT_TYPES.html, { ...disposition, 'content-security-policy': REPORT_CSP });
  return new FileAnswer(await printPdf(html), REPORT_TYPES.pdf, disposition);
}

async function printPdf(html: string): Promise<Uint8Array> {
  const { htmlToPdf } = await import('../../reports/pdf.js');
  const executablePath = process.env.TREATYWATCH_CHROMIUM ?? '/usr/bin/chromium';
  try {
    return await htmlToPdf(html, { executablePath });
  } catch (e) {
    const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    throw new HttpError(503, 'pdf_unavailable', `could not print the PDF with Chromium at ${executablePath} (the server's TREATYWATCH_CHROMIUM): ${why}; format=html gives the same report`, 'format');
  }
}
