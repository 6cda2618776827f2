import { z } from 'zod';
import { parseIsoDate, parsePartialDate } from '../domain/calendar-date.js';
import { EVENT_KINDS, type TreatyEvent } from '../domain/event.js';
import type { Group, GroupMembership } from '../domain/group.js';
import { SOURCE_KINDS, type Citation, type Source } from '../domain/source.js';
import type { State } from '../domain/state.js';
import type { Treaty } from '../domain/treaty.js';

// Strict objects throughout: a misspelt key in a hand-edited file must fail loudly, not vanish.
// Optional keys use exactOptional so that `key: undefined` is refused, as exactOptionalPropertyTypes does.

const text = z.string().min(1);

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is refused). */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  const r = parseIsoDate(value);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message, params: { code: 'invalid_date' } });
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as a source gives it. */
const partialDateText = z.string().superRefine((value, ctx) => {
  const r = parsePartialDate(value);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message, params: { code: 'invalid_date' } });
});

/** A date with its precision; the precision must be the one the value has. */
export const partialDateSchema = z
  .strictObject({ value: partialDateText, precision: z.enum(['day', 'month', 'year']) })
  .superRefine((d, ctx) => {
    const r = parsePartialDate(d.value);
    if (r.ok && r.value.precision !== d.precision) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `${d.value} is known to the ${r.value.precision}, not to the ${d.precision}`, params: { code: 'invalid_date' } });
    }
  });

/** A source cited for one fact. */
export const citationSchema = z.strictObject({ sourceId: text, quote: text.exactOptional() });

/** At least one citation: a fact without a source is not recorded. */
const citations = z.array(citationSchema).min(1);

/** A document facts are taken from. */
export const sourceSchema = z.strictObject({
  id: text,
  publisher: text,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  date: partialDateText.exactOptional(),
  url: z.url().exactOptional(),
  alsoAt: z.array(z.url()).exactOptional(),
  quote: text.exactOptional(),
  notes: text.exactOptional(),
  retrieved: isoDateSchema.exactOptional(),
});

/** A state and the names it goes by. */
export const stateSchema = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code is three capital letters, e.g. LTU'),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code is two capital letters, e.g. LT'),
  name: text,
  officialName: text.exactOptional(),
  aliases: z.array(text),
});

/** A group of states (EU, NATO). */
export const groupSchema = z.strictObject({ id: text, name: text, aliases: z.array(text) });

/** A state's membership of a group, joined through left (its last day). */
export const membershipSchema = z
  .strictObject({
    groupId: text,
    iso3: text,
    joined: isoDateSchema,
    left: isoDateSchema.exactOptional(),
    sources: citations,
    verified: z.boolean(),
    note: text.exactOptional(),
  })
  .superRefine((m, ctx) => {
    if (m.left !== undefined && m.left < m.joined) {
      ctx.addIssue({ code: 'custom', path: ['left'], message: `left ${m.left} is before joined ${m.joined}`, params: { code: 'invalid_date' } });
    }
  });

const delaySchema = z.strictObject({
  // Zero is a delay too: ENMOD Art. IX(4) enters into force "on the date of the deposit".
  amount: z.number().int().nonnegative(),
  unit: z.enum(['days', 'months', 'years']),
  landing: z.enum(['same_day', 'first_day_of_month']),
});

const onceDeadlineSchema = z.strictObject({
  kind: z.literal('once'),
  id: text,
  label: text,
  article: text,
  quote: text,
  period: delaySchema,
  extendable: z.boolean(),
  appliesTo: text.exactOptional(),
  // The domain types this as a string; the loader checks it names an event kind.
  fulfilledBy: text,
});

const annualDeadlineSchema = z
  .strictObject({
    kind: z.literal('annual'),
    id: text,
    label: text,
    article: text,
    quote: text,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    fulfilledBy: text,
  })
  .superRefine((d, ctx) => {
    // A day every year has (30 April yes, 31 April or 29 February no), checked in a common year.
    const r = parseIsoDate(`2001-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['day'], message: `month ${d.month} has no day ${d.day} every year`, params: { code: 'invalid_date' } });
  });

const signatureSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('window'),
    article: text,
    sources: z.array(citationSchema.extend({ quote: text })).min(1),
    closes: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('entry_into_force') }),
      z.strictObject({ kind: z.literal('last_day'), date: isoDateSchema }),
      z.strictObject({ kind: z.literal('period'), period: delaySchema }),
      z.strictObject({ kind: z.literal('never') }),
    ]),
    nonSignatories: z
      .strictObject({ article: text, quote: text, ratificationNeedsSignature: z.boolean(), accessionFrom: z.enum(['any_time', 'entry_into_force']) })
      .exactOptional(),
  }),
  z.strictObject({ kind: z.literal('none'), article: text, quote: text }),
]);

const milestoneSchema = z.strictObject({ date: isoDateSchema, place: text.exactOptional(), sources: citations });

/** A treaty with its rules as data. */
export const treatySchema = z.strictObject({
  id: text,
  shortName: text,
  fullName: text,
  aliases: z.array(text),
  depositary: text,
  untcNumber: text.exactOptional(),
  adopted: milestoneSchema,
  openedForSignature: milestoneSchema.exactOptional(),
  entryIntoForce: milestoneSchema.exactOptional(),
  parentTreatyId: text.exactOptional(),
  unverified: z.array(z.strictObject({ path: text, reason: text })).exactOptional(),
  rules: z.strictObject({
    entryIntoForce: z.strictObject({
      article: text,
      initialArticle: text.exactOptional(),
      laterArticle: text.exactOptional(),
      quote: text,
      instrumentsRequired: z.number().int().positive(),
      initialDelay: delaySchema,
      laterDelay: delaySchema,
      instrumentKinds: z.array(text).min(1),
      notEarlierThan: isoDateSchema.exactOptional(),
      requiredStates: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be ISO alpha-3 codes')).exactOptional(),
    }),
    withdrawal: z
      .strictObject({
        article: text,
        quote: text,
        notice: delaySchema,
        armedConflict: z.enum(['none', 'deferred_until_conflict_ends']),
        armedConflictQuote: text.exactOptional(),
      })
      .nullable(),
    deadlines: z.array(z.discriminatedUnion('kind', [onceDeadlineSchema, annualDeadlineSchema])),
    signature: signatureSchema.exactOptional(),
  }),
  sources: citations,
});

/** One entry of the event log. */
export const eventSchema = z.strictObject({
  id: text,
  iso3: text,
  treatyId: text.nullable(),
  kind: z.enum(EVENT_KINDS),
  date: partialDateSchema,
  effectiveFrom: isoDateSchema.exactOptional(),
  statedEffect: z.strictObject({ date: isoDateSchema, sources: citations }).exactOptional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).exactOptional(),
  sources: citations,
  verified: z.boolean(),
  note: text.exactOptional(),
  recordedBy: text,
  recordedAt: z.iso.datetime({ offset: true }),
  supersedes: text.exactOptional(),
});

/** The schema of each kind of dataset file. */
export const fileSchemas = {
  sources: z.array(sourceSchema),
  states: z.array(stateSchema),
  treaties: z.array(treatySchema),
  groups: z.strictObject({ groups: z.array(groupSchema), memberships: z.array(membershipSchema) }),
  events: z.array(eventSchema),
};

// Compile-time proof that each schema accepts exactly what its domain type can hold:
// what it outputs is the domain type, and every domain value (arrays made mutable) is valid input.
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Matches<S extends z.ZodType, T> = [z.output<S>] extends [T] ? ([DeepMutable<T>] extends [z.input<S>] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when a schema and its domain type drift apart. */
export type SchemasMatchDomain = [
  Assert<Matches<typeof citationSchema, Citation>>,
  Assert<Matches<typeof sourceSchema, Source>>,
  Assert<Matches<typeof stateSchema, State>>,
  Assert<Matches<typeof groupSchema, Group>>,
  Assert<Matches<typeof membershipSchema, GroupMembership>>,
  Assert<Matches<typeof treatySchema, Treaty>>,
  Assert<Matches<typeof eventSchema, TreatyEvent>>,
];
