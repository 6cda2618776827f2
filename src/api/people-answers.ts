import { z } from 'zod';
import { PIPELINE_STAGES } from '../domain/people/pipeline-step.js';
import { MODALITIES, STANCES } from '../domain/people/statement.js';
import { Status } from './answer-parts.js';

// The answers of the campaign workspace's routes, as zod schemas: the OpenAPI document's response
// schemas, held against real answers by the tests. Nested records the CLI also prints are open
// (looseObject) where they carry optional detail; the top of each answer is strict.

/** A citation with its source spelled out (workspace sources carry their kind). */
export const CitedSource = z.strictObject({
  id: z.string(), publisher: z.string().optional(), title: z.string().optional(), kind: z.string().optional(), date: z.string().optional(), url: z.string().optional(), quote: z.string().optional(),
}).meta({ id: 'CitedSource' });
const sources = z.array(CitedSource);
// The person record as stored: its citations name their source by id (the view's `sources` spells them out).
const person = z.looseObject({ id: z.string(), name: z.string(), otherNames: z.array(z.string()), sources: z.array(z.looseObject({ sourceId: z.string(), quote: z.string().optional() })), verified: z.boolean() }).meta({ id: 'Person' });

/** GET /v1/people. */
export const PeopleAnswer = z.strictObject({
  people: z.array(z.strictObject({ id: z.string(), name: z.string(), otherNames: z.array(z.string()), posts: z.array(z.string()).meta({ description: 'the posts held on the date' }) })),
  on: z.string(),
});
/** GET /v1/people/{person}: the CLI's `person <name> --json`. */
export const PersonAnswer = z.strictObject({
  person, on: z.string(),
  tenures: z.array(z.strictObject({
    membershipId: z.string(), post: z.string().optional(), organization: z.string(), role: z.string(), start: z.string().nullable(), end: z.string().nullable(), acting: z.boolean(),
    onDate: z.enum(['holds', 'last_seen', 'no']), lastSeen: z.string().optional(), verified: z.boolean(), note: z.string().optional(), sources,
  })),
  statements: z.array(z.strictObject({ id: z.string(), date: z.string(), question: z.string(), stance: z.enum(STANCES), modality: z.enum(MODALITIES), quote: z.string(), sources })),
  spokesperson: z.strictObject({ role: z.string(), languages: z.array(z.string()), availability: z.array(z.string()) }).optional(),
  sources,
}).meta({ id: 'PersonView' });
/** GET /v1/states/{state}/statements. */
export const StatementsAnswer = z.strictObject({
  state: z.string(), treaty: z.string().optional(), on: z.string().optional(),
  statements: z.array(z.strictObject({
    id: z.string(), date: z.string(), question: z.string(), speaker: z.string(), as: z.string().nullable(), stance: z.enum(STANCES), modality: z.enum(MODALITIES),
    quote: z.string(), quoteKind: z.enum(['direct', 'reported']), uncertain: z.boolean().meta({ description: 'the date is imprecise and may fall after `on`' }), verified: z.boolean(), note: z.string().optional(), sources,
  })),
});
const counts = z.strictObject({ yes: z.int(), no: z.int(), abstain: z.int().optional(), absent: z.int().optional(), notVoting: z.int().optional() });
/** GET /v1/states/{state}/votes. */
export const VotesAnswer = z.strictObject({
  state: z.string(),
  votes: z.array(z.strictObject({
    id: z.string(), iso3: z.string(), treatyId: z.string().optional(), date: z.string(), body: z.string(), motion: z.string(), stage: z.string(), counts, countsText: z.string(), seats: z.int().nullable(),
    rule: z.strictObject({ text: z.string(), verified: z.boolean(), note: z.string().optional(), sources }).nullable(),
    required: z.int().nullable().meta({ description: 'votes the rule requires, computed from it' }), arithmetic: z.string().optional(),
    outcome: z.enum(['adopted', 'rejected', 'unknown']), derived: z.boolean().meta({ description: 'true when the outcome follows from the rule; false when only as reported' }), margin: z.int().optional(),
    thresholds: z.array(z.strictObject({ votes: z.int(), agreesWithRule: z.boolean().nullable(), note: z.string().optional(), sources })).meta({ description: 'thresholds sources state, each compared with the rule' }),
    reportDisagrees: z.boolean(), otherCounts: z.array(z.strictObject({ text: z.string(), note: z.string().optional(), sources })),
    individualVotes: z.array(z.strictObject({ name: z.string(), option: z.string(), group: z.string().optional() })), verified: z.boolean(), note: z.string().optional(), sources,
  })),
}).meta({ id: 'Votes' });
const spokesperson = z.strictObject({
  id: z.string(), name: z.string(), organization: z.string(), role: z.string(), languages: z.array(z.strictObject({ name: z.string(), code: z.string() })),
  availability: z.array(z.strictObject({ from: z.string(), to: z.string(), place: z.string(), note: z.string().optional(), sources })), contact: z.array(z.string()), verified: z.boolean(), sources,
});
/** GET /v1/spokespeople. */
export const SpokespeopleAnswer = z.strictObject({
  query: z.strictObject({ language: z.string().optional(), place: z.string().optional(), on: z.string().optional() }),
  spokespeople: z.array(spokesperson),
  speakersElsewhere: z.array(spokesperson).meta({ description: 'those who speak the language but are not placed there then' }),
});
const followUp = z.strictObject({ date: z.string(), text: z.string(), sources });
/** GET /v1/engagements. */
export const EngagementsAnswer = z.strictObject({
  state: z.string().optional(),
  engagements: z.array(z.strictObject({
    id: z.string(), date: z.string(), kinds: z.array(z.string()), status: z.string(), iso3: z.string().optional(), from: z.array(z.string()), to: z.array(z.string()), cc: z.array(z.string()),
    place: z.string().optional(), summary: z.string(), followUps: z.array(followUp), replies: z.array(followUp), documents: sources, sources,
  })),
});
/** GET /v1/posts. */
export const PostsAnswer = z.strictObject({
  on: z.string(),
  posts: z.array(z.strictObject({ id: z.string(), label: z.string(), role: z.string(), iso3: z.string().optional(), holder: z.string().nullable(), certainty: z.enum(['in_office', 'last_seen', 'none']) })),
});
/** GET /v1/posts/{post}/holder. */
export const HolderAnswer = z.strictObject({
  post: z.strictObject({ id: z.string(), label: z.string(), role: z.string(), iso3: z.string().optional() }), on: z.string(),
  certainty: z.enum(['in_office', 'last_seen', 'none']).meta({ description: 'in_office: dated membership covers the day; last_seen: only a source showing the person in the post on lastSeen; none: nobody in the record' }),
  person: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  membership: z.strictObject({ id: z.string(), start: z.string().nullable(), end: z.string().nullable(), acting: z.boolean(), verified: z.boolean(), sources }).nullable(),
  lastSeen: z.string().optional(),
}).meta({ id: 'PostHolder' });
const share = z.strictObject({ percent: z.number(), of: z.string().meta({ description: 'what the share is a share of' }), count: z.int().optional() }).nullable();
/** GET /v1/monitor/casualties. */
export const CasualtiesAnswer = z.strictObject({
  on: z.string(), latestReport: z.strictObject({ id: z.string(), name: z.string(), published: z.string() }).nullable(),
  series: z.array(z.strictObject({
    year: z.int(), report: z.string(), total: z.int(), killed: z.int().nullable(), injured: z.int().nullable(), civilianShare: share, childShare: share, verified: z.boolean(), note: z.string().optional(), sources,
  })),
  claims: z.array(z.strictObject({
    id: z.string(), civilianPercent: z.number().nullable(), childPercent: z.number().nullable(), comparedWith: z.string().nullable(), civilianAgrees: z.boolean().nullable(), childAgrees: z.boolean().nullable(),
    civilianShareMatches: z.array(z.string()), note: z.string().nullable(), sources,
  })),
});
const cell = z.looseObject({ date: z.string(), label: z.string(), sources, verified: z.boolean(), uncertain: z.boolean() }).nullable();
/** GET /v1/treaties/{treaty}/pipeline. */
export const PipelineAnswer = z.strictObject({
  treaty: z.string(), on: z.string(), stages: z.array(z.enum(PIPELINE_STAGES)),
  rows: z.array(z.looseObject({ iso3: z.string(), name: z.string(), reached: z.enum(PIPELINE_STAGES).nullable(), status: Status, cells: z.record(z.string(), cell) })),
});
const holder = z.strictObject({ post: z.string(), person: z.string().nullable(), certainty: z.enum(['in_office', 'last_seen', 'none']), acting: z.boolean(), lastSeen: z.string().optional() });
const doc = z.looseObject({ kind: z.enum(['media_pack', 'letter', 'briefing']), title: z.string(), on: z.string(), blocks: z.array(z.looseObject({ kind: z.string() })) }).meta({ id: 'ReportDoc' });
/** A report with `format=json`: the document tree (the CLI's --json). */
export const ReportAnswer = z.strictObject({ doc });
/** The letter with `format=json`: who it resolved to, and the document. */
export const LetterAnswer = z.strictObject({ addressee: holder, cc: z.array(holder), doc });
