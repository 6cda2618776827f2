import { z } from 'zod';
import { Citation, Counts, Deadline, DerivedDate, Event, Group, Horizon, Milestone, Period, Source, State, Status, StatusOnDate, Token, UnverifiedMark, WaitingFor } from './answer-parts.js';

// Whole answers, one per route: the response schemas of the OpenAPI document.

const citations = z.array(Citation);
const rule = z.looseObject({ article: z.string() });
const treaty = z.looseObject({
  id: z.string(), shortName: z.string(), fullName: z.string(), aliases: z.array(z.string()), depositary: z.string(), untcNumber: z.string().optional(),
  adopted: Milestone, openedForSignature: Milestone.optional(), entryIntoForce: Milestone.optional(),
  rules: z.looseObject({ entryIntoForce: rule, withdrawal: rule.nullable(), deadlines: z.array(z.looseObject({ id: z.string(), kind: z.string() })) }),
  sources: citations,
}).meta({ id: 'Treaty' });

/** Every error: a stable code, the field at fault (or null), what to do; a 409 on a correction adds the current version. */
export const ErrorAnswer = z.looseObject({ error: z.strictObject({ code: z.string(), field: z.string().nullable(), message: z.string() }), current: Event.optional() }).meta({ id: 'Error' });
/** GET /v1/treaties. */
export const TreatiesAnswer = z.strictObject({ treaties: z.array(treaty) });
/** GET /v1/treaties/{treaty}. */
export const TreatyAnswer = z.strictObject({ treaty });
/** GET /v1/treaties/{treaty}/status. */
export const StatusAnswer = z.strictObject({
  treaty: z.string(), on: z.string(), counts: Counts, conventions: z.string(), unverified: z.array(UnverifiedMark).optional(), waitingFor: WaitingFor.optional(), horizon: Horizon.optional(),
  states: z.array(z.strictObject({ iso3: z.string(), name: z.string(), status: Status, since: z.string().nullable(), possibly: Status.optional(), rule: z.string().optional(), verified: z.boolean(), event: z.string().nullable(), sources: citations })),
}).meta({ id: 'StatusTable' });
/** GET /v1/treaties/{treaty}/series. */
export const SeriesAnswer = z.strictObject({
  treaty: z.string(), from: z.string(), to: z.string(), every: z.enum(['day', 'month', 'year']), horizon: Horizon.optional(),
  points: z.array(z.strictObject({ date: z.string(), parties_in_force: z.int(), parties_deposited: z.int(), signatories: z.int(), withdrawn: z.int() })),
});
/** GET /v1/treaties/{treaty}/pending. */
export const PendingAnswer = z.strictObject({
  treaty: z.string(), on: z.string(), horizon: Horizon.optional(),
  pending: z.array(z.strictObject({
    iso3: z.string(), name: z.string(), status: Status, kind: z.enum(['entry_into_force', 'withdrawal_effect', 'disputed_suspension', 'deposit_date_unknown']),
    effectiveOn: z.string().nullable(), label: z.string(), becomes: Status.optional(), rule: z.string().optional(), eventId: z.string(), note: z.string().optional(), sources: citations,
  })),
});
/** GET /v1/treaties/{treaty}/groups/{group}. */
export const GroupAnswer = z.strictObject({
  group: z.string(), treaty: z.string(), on: z.string(), counts: Counts, horizon: Horizon.optional(), outside: z.array(z.string()),
  members: z.array(z.strictObject({ iso3: z.string(), name: z.string(), status: Status, since: z.string().nullable(), verified: z.boolean(), sources: citations })),
});
/** GET /v1/states. */
export const StatesAnswer = z.strictObject({ states: z.array(State) });
/** GET /v1/states/{state}. */
export const StateAnswer = z.strictObject({
  state: State, on: z.string(), groups: z.array(z.strictObject({ groupId: z.string(), name: z.string(), joined: z.string() })), horizon: Horizon.optional(),
  treaties: z.array(z.strictObject({ treatyId: z.string(), treatyName: z.string(), status: StatusOnDate, periods: z.array(Period), events: z.array(Event), entryIntoForce: DerivedDate.optional(), withdrawalEffect: DerivedDate.optional(), deadlines: z.array(Deadline), unverified: z.array(UnverifiedMark).optional() })),
  otherEvents: z.array(Event),
}).meta({ id: 'StateProfile' });
const listed = Event.extend({ supersededBy: z.string().nullable() });
/** GET /v1/events. */
export const EventsAnswer = z.strictObject({ events: z.array(listed), total: z.int(), limit: z.int(), next: z.string().nullable().meta({ description: 'the next page, or null on the last' }) });
/** GET /v1/events/{id}. */
export const EventAnswer = z.strictObject({ event: Event, supersededBy: z.string().nullable(), current: z.string().meta({ description: 'the id of the newest version (this one when it stands)' }) });
/** POST /v1/events and its corrections. */
export const RecordedAnswer = z.strictObject({ recorded: z.array(Event) });
/** GET /v1/sources. */
export const SourcesAnswer = z.strictObject({ sources: z.array(Source) });
/** GET /v1/sources/{id}. */
export const SourceAnswer = z.strictObject({ source: Source, citedBy: z.array(z.string()) });
/** GET /v1/groups. */
export const GroupsAnswer = z.strictObject({ groups: z.array(Group) });
/** GET /v1/groups/{group}. */
export const GroupMembershipsAnswer = z.strictObject({
  group: Group,
  memberships: z.array(z.strictObject({ iso3: z.string(), name: z.string(), joined: z.string(), left: z.string().optional(), verified: z.boolean(), note: z.string().optional(), sources: citations })),
});
/** GET /v1/tokens. */
export const TokensAnswer = z.strictObject({ tokens: z.array(Token) });
/** POST /v1/tokens and the revocation. */
export const TokenAnswer = z.strictObject({ token: Token, secret: z.string().optional().meta({ description: 'the token itself, shown this once' }) });
/** GET /v1/health. */
export const HealthAnswer = z.strictObject({ status: z.literal('ok'), store: z.string(), recordVersion: z.int(), events: z.int(), today: z.string() });
