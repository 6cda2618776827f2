import { z } from 'zod';
import { EVENT_KINDS } from '../domain/event.js';
import { STATUSES } from '../domain/status.js';

// The pieces answers are made of, as zod schemas: they produce the OpenAPI document's response
// schemas, and the tests hold real answers against them.

/** A citation with its source spelled out. */
export const Citation = z.strictObject({ id: z.string(), publisher: z.string().optional(), title: z.string().optional(), date: z.string().optional(), url: z.string().optional(), quote: z.string().optional() }).meta({ id: 'Citation' });
const citations = z.array(Citation);
/** A value of a treaty's own record that no stored source confirms (UNVERIFIED in the reference), and why. */
export const UnverifiedMark = z.strictObject({ path: z.string(), reason: z.string() }).meta({ id: 'UnverifiedMark' });
/** A status. */
export const Status = z.enum(STATUSES).meta({ id: 'Status' });
/** The date the treaty's record is complete to (its newest depositary status page), and a warning for a later date. */
export const Horizon = z.strictObject({ record_complete_to: z.string(), source: z.string(), after_horizon: z.boolean(), warning: z.string().optional() }).meta({ id: 'Horizon' });
/** What a treaty not in force waits for. */
export const WaitingFor = z.strictObject({
  article: z.string(), required: z.int(), deposited: z.int(),
  missing: z.array(z.strictObject({ iso3: z.string(), name: z.string(), status: Status })),
}).meta({ id: 'WaitingFor', description: 'for a treaty not in force that needs named states (CTBT Annex 2): how many have deposited, and who has not' });
/** Counts under both conventions. */
export const Counts = z.strictObject({
  parties_in_force: z.int().meta({ description: 'states for which the treaty is in force (the legal count)' }),
  parties_deposited: z.int().meta({ description: 'states counted from their deposit until a withdrawal takes effect (the UN and the Monitor)' }),
  signatories: z.int(), withdrawn: z.int(), not_joined: z.int(),
  by_status: z.record(Status, z.int()),
  uncertain: z.array(z.string()).meta({ description: 'states whose status on the date hangs on a date known only to the month or year' }),
}).meta({ id: 'Counts' });
/** A date as precise as its source. */
export const PartialDate = z.strictObject({ value: z.string(), precision: z.enum(['day', 'month', 'year']) });
/** An event of the log, citations spelled out. */
export const Event = z.strictObject({
  id: z.string(), iso3: z.string(), treatyId: z.string().nullable(), kind: z.enum(EVENT_KINDS), date: PartialDate,
  effectiveFrom: z.string().optional(),
  statedEffect: z.strictObject({ date: z.string(), sources: citations }).optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  sources: citations, verified: z.boolean(), note: z.string().optional(),
  recordedBy: z.string(), recordedAt: z.string(), supersedes: z.string().optional(),
}).meta({ id: 'Event' });
/** A state. */
export const State = z.strictObject({ iso3: z.string(), iso2: z.string(), name: z.string(), officialName: z.string().optional(), aliases: z.array(z.string()) }).meta({ id: 'State' });
/** A source document. */
export const Source = z.strictObject({
  id: z.string(), publisher: z.string(), title: z.string(), kind: z.string(), date: z.string().optional(), url: z.string().optional(),
  alsoAt: z.array(z.string()).optional(), quote: z.string().optional(), notes: z.string().optional(), retrieved: z.string().optional(),
}).meta({ id: 'Source' });
/** A group. */
export const Group = z.strictObject({ id: z.string(), name: z.string(), aliases: z.array(z.string()) }).meta({ id: 'Group' });
/** A status on a date with since when and on what. */
export const StatusOnDate = z.strictObject({ status: Status, since: z.string().nullable(), cause: z.string().optional(), eventId: z.string().optional(), rule: z.string().optional(), possibly: Status.optional() });
/** A run of days in one status. */
export const Period = z.strictObject({ status: Status, from: z.string(), possiblyFrom: z.string().optional(), fromLabel: z.string(), cause: z.string(), eventId: z.string(), rule: z.string().optional() });
/** A date derived from a rule. */
export const DerivedDate = z.strictObject({ date: z.string().nullable(), label: z.string(), rule: z.string(), fromEventId: z.string(), heldBack: z.string().optional(), statedDisagrees: z.string().optional() });
/** An obligation's deadline. */
export const Deadline = z.strictObject({
  ruleId: z.string(), label: z.string(), article: z.string(), due: z.string().nullable(), state: z.enum(['met', 'upcoming', 'passed', 'not_owed']),
  extendable: z.boolean().optional(), appliesTo: z.string().optional(), fulfilledBy: z.string().optional(), note: z.string().optional(),
});
/** One sourced event of an obligation's history (an extension, a completion, a breach …). */
export const ObligationStep = z.strictObject({
  kind: z.string(), date: z.string().nullable().meta({ description: 'as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD); null when it gives none' }),
  knownFrom: z.string().meta({ description: 'the day the engine counts the event from' }), dateNote: z.string().optional(), deadline: z.string().optional(), grantedBy: z.string().optional(),
  year: z.int().optional(), disputed: z.boolean().optional(), note: z.string().optional(), source: Citation,
}).meta({ id: 'ObligationStep' });
/** An obligation of a State Party on a date, with its history (from the Monitor's record). */
export const Obligation = z.strictObject({
  state: z.string(), stateName: z.string(), treaty: z.string(), obligation: z.string(), label: z.string(), article: z.string(),
  originalDeadline: z.string(), extensions: z.array(ObligationStep), currentDeadline: z.string(),
  status: z.enum(['met', 'missed', 'no_obligation', 'pending', 'unknown']).meta({ description: 'missed only where a source says so; unknown where the record holds nothing after the deadline' }),
  since: z.string().nullable(), disputed: z.boolean(), notes: z.array(z.string()), sources: citations, history: z.array(ObligationStep),
}).meta({ id: 'Obligation' });
/** A treaty milestone. */
export const Milestone = z.strictObject({ date: z.string(), place: z.string().optional(), sources: citations });
/** A token as the API shows it (never the token itself). */
export const Token = z.strictObject({ id: z.string(), name: z.string(), role: z.enum(['editor', 'admin']), createdAt: z.string(), createdBy: z.string(), revokedAt: z.string().optional(), lastUsedAt: z.string().optional() }).meta({ id: 'Token' });
