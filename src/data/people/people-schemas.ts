import { z } from 'zod';
import { parsePartialDate } from '../../domain/calendar-date.js';
import type { CasualtyFigure, FigureClaim, MonitorReport } from '../../domain/monitor/casualties.js';
import { ENGAGEMENT_KINDS, type Engagement } from '../../domain/people/engagement.js';
import type { FactDate } from '../../domain/people/fact-date.js';
import { RECORDED_STAGES, type PipelineStep } from '../../domain/people/pipeline-step.js';
import { ORGANIZATION_KINDS, type Membership, type Organization, type Person, type Post } from '../../domain/people/popolo.js';
import type { Spokesperson } from '../../domain/people/spokesperson.js';
import { MODALITIES, STANCES, type Question, type Statement } from '../../domain/people/statement.js';
import type { VoteEvent } from '../../domain/people/vote.js';
import { citationSchema, isoDateSchema } from '../schemas.js';

// Strict objects: a misspelt key in a hand-edited file fails loudly. Lists of sources may not be
// empty (a fact without a source is not recorded); the domain's validatePeople checks the rest.

const text = z.string().min(1);
const sources = z.array(citationSchema).min(1);
const count = z.number().int().min(0);

/** A date as precise as its source, optionally only an upper bound (`onOrBefore`). */
export const factDateSchema = z
  .strictObject({ value: text, precision: z.enum(['day', 'month', 'year']), onOrBefore: z.literal(true).exactOptional() })
  .superRefine((d, ctx) => {
    const r = parsePartialDate(d.value);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['value'], message: r.error.message, params: { code: 'invalid_date' } });
    else if (r.value.precision !== d.precision) ctx.addIssue({ code: 'custom', path: ['precision'], message: `${d.value} is known to the ${r.value.precision}, not to the ${d.precision}`, params: { code: 'invalid_date' } });
  });

const contactSchema = z.strictObject({ email: z.array(z.email()).exactOptional(), url: z.url().exactOptional(), place: text.exactOptional(), sources });

/** A Popolo person. */
export const personSchema = z.strictObject({
  id: text, name: text, givenName: text.exactOptional(), familyName: text.exactOptional(), honorificPrefix: text.exactOptional(),
  otherNames: z.array(text), summary: text.exactOptional(), contact: contactSchema.exactOptional(), sources, verified: z.boolean(), note: text.exactOptional(),
});

/** A Popolo organization. */
export const organizationSchema = z.strictObject({
  id: text, name: text, classification: z.enum(ORGANIZATION_KINDS), iso3: text.exactOptional(), parentId: text.exactOptional(),
  otherNames: z.array(text), contact: contactSchema.exactOptional(), sources,
});

/** A Popolo post. */
export const postSchema = z.strictObject({
  id: text, label: text, role: text, fullTitle: text.exactOptional(), organizationId: text, iso3: text.exactOptional(), otherLabels: z.array(text),
  styleOfAddress: text.exactOptional(), address: contactSchema.extend({ lines: z.array(text).min(1) }).exactOptional(), sources,
});

/** A Popolo membership, with its dates (start inclusive; end the last day, shared with a successor's start). */
export const membershipSchema = z.strictObject({
  id: text, personId: text, organizationId: text, postId: text.exactOptional(), role: text, start: isoDateSchema.exactOptional(), end: isoDateSchema.exactOptional(),
  acting: z.boolean().exactOptional(), attested: z.array(z.strictObject({ date: isoDateSchema, sources })), sources, verified: z.boolean(), note: text.exactOptional(),
});

/** A question positions are taken on. */
export const questionSchema = z.strictObject({ id: text, text, iso3: text, treatyId: text, kind: z.literal('withdraw') });

/** A statement: speaker, date, stance, modality, quote, sources. */
export const statementSchema = z.strictObject({
  id: text, questionId: text, speakerId: text, speakerPostId: text.exactOptional(), organizationId: text.exactOptional(), roleAsStated: text.exactOptional(),
  date: factDateSchema, stance: z.enum(STANCES), modality: z.enum(MODALITIES), quote: text, quoteKind: z.enum(['direct', 'reported']), sources, verified: z.boolean(), note: text.exactOptional(),
});

const countsSchema = z.strictObject({ yes: count, no: count, abstain: count.exactOptional(), absent: count.exactOptional(), notVoting: count.exactOptional() });
const someCountsSchema = z.strictObject({ yes: count.exactOptional(), no: count.exactOptional(), abstain: count.exactOptional(), absent: count.exactOptional(), notVoting: count.exactOptional() });

/** A vote event with its counts, seats and majority rule. */
export const voteSchema = z.strictObject({
  id: text, iso3: text, treatyId: text.exactOptional(), questionId: text.exactOptional(), bodyId: text, date: isoDateSchema, motion: text, stage: z.enum(['final', 'preliminary']),
  counts: countsSchema, seats: z.strictObject({ count: z.number().int().positive(), sources }).exactOptional(),
  rule: z.strictObject({
    numerator: z.number().int().positive(), denominator: z.number().int().positive(), of: z.enum(['all_members', 'votes_cast']), comparison: z.enum(['at_least', 'more_than']),
    sources, verified: z.boolean(), note: text.exactOptional(),
  }).exactOptional(),
  statedThresholds: z.array(z.strictObject({ votes: z.number().int().positive(), sources, note: text.exactOptional() })),
  reportedOutcome: z.enum(['adopted', 'rejected']).exactOptional(),
  countClaims: z.array(z.strictObject({ counts: someCountsSchema, sources, note: text.exactOptional() })),
  individualVotes: z.array(z.strictObject({ personId: text, option: z.enum(['yes', 'no', 'abstain', 'absent', 'not_voting']), group: text.exactOptional(), sources })),
  sources, verified: z.boolean(), note: text.exactOptional(),
});

/** A recorded stage of a withdrawal. */
export const pipelineStepSchema = z.strictObject({
  id: text, iso3: text, treatyId: text, stage: z.enum(RECORDED_STAGES), date: factDateSchema, label: text, statementId: text.exactOptional(), sources, verified: z.boolean(), note: text.exactOptional(),
});

const partySchema = z.strictObject({ personId: text.exactOptional(), postId: text.exactOptional(), organizationId: text.exactOptional() });
const followUpSchema = z.strictObject({ date: factDateSchema, text, sources });

/** A campaign-log entry. */
export const engagementSchema = z.strictObject({
  id: text, kinds: z.array(z.enum(ENGAGEMENT_KINDS)).min(1), date: factDateSchema, status: z.enum(['done', 'planned']), iso3: text.exactOptional(),
  from: z.array(partySchema), to: z.array(partySchema), cc: z.array(partySchema), place: text.exactOptional(), summary: text,
  documents: z.array(citationSchema), followUps: z.array(followUpSchema), replies: z.array(followUpSchema), sources, recordedBy: text, recordedAt: z.iso.datetime({ offset: true }),
});

/** A spokesperson with languages and availability windows. */
export const spokespersonSchema = z.strictObject({
  id: text, personId: text, organizationId: text, role: text,
  languages: z.array(z.strictObject({ name: text, code: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code is two or three lower-case letters, e.g. pl') })).min(1),
  availability: z.array(z.strictObject({ from: isoDateSchema, to: isoDateSchema, place: text, note: text.exactOptional(), sources })),
  contact: contactSchema.exactOptional(), bio: text.exactOptional(), sources, verified: z.boolean(),
});

const shareSchema = z.strictObject({ percent: z.number().min(0).max(100), of: text, count: count.exactOptional() });
/** An edition of the Landmine Monitor. */
export const monitorReportSchema = z.strictObject({ id: text, name: text, published: factDateSchema, sources });
/** One year's casualty figures from one edition. */
export const casualtyFigureSchema = z.strictObject({
  id: text, year: z.number().int().min(1990).max(2100), reportId: text, total: count, killed: count.exactOptional(), injured: count.exactOptional(),
  civilianShare: shareSchema.exactOptional(), childShare: shareSchema.exactOptional(), sources, verified: z.boolean(), note: text.exactOptional(),
});
/** A document's claim about casualty shares. */
export const figureClaimSchema = z.strictObject({
  id: text, date: factDateSchema.exactOptional(), sources, reportId: text.exactOptional(), year: z.number().int().exactOptional(),
  civilianPercent: z.number().min(0).max(100).exactOptional(), childPercent: z.number().min(0).max(100).exactOptional(), note: text.exactOptional(),
});

// Compile-time proof that each schema and its domain type agree (as src/data/schemas.ts does).
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Matches<S extends z.ZodType, T> = [z.output<S>] extends [T] ? ([DeepMutable<T>] extends [z.input<S>] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when a schema and its domain type drift apart. */
export type PeopleSchemasMatchDomain = [
  Assert<Matches<typeof factDateSchema, FactDate>>, Assert<Matches<typeof personSchema, Person>>, Assert<Matches<typeof organizationSchema, Organization>>,
  Assert<Matches<typeof postSchema, Post>>, Assert<Matches<typeof membershipSchema, Membership>>, Assert<Matches<typeof questionSchema, Question>>,
  Assert<Matches<typeof statementSchema, Statement>>, Assert<Matches<typeof voteSchema, VoteEvent>>, Assert<Matches<typeof pipelineStepSchema, PipelineStep>>,
  Assert<Matches<typeof engagementSchema, Engagement>>, Assert<Matches<typeof spokespersonSchema, Spokesperson>>, Assert<Matches<typeof monitorReportSchema, MonitorReport>>,
  Assert<Matches<typeof casualtyFigureSchema, CasualtyFigure>>, Assert<Matches<typeof figureClaimSchema, FigureClaim>>,
];
