import { z } from 'zod';
import { Counts, Horizon, Status, UnverifiedMark, WaitingFor } from './answer-parts.js';

// The answer of GET /v1/matrix, as a zod schema: it produces the OpenAPI document's response schema,
// and the tests hold real answers against it.

const cell = z.strictObject({
  status: Status,
  since: z.string().nullable().meta({ description: 'first day of the status, as precisely as known; null if never joined' }),
  possibly: Status.optional().meta({ description: 'set when a date known only to the month or year means the state may already be in this status' }),
  verified: z.boolean().meta({ description: 'false when the event behind the status rests on an unverified value' }),
  eventId: z.string().nullable(),
});

const column = z.strictObject({
  id: z.string(), shortName: z.string(), parentTreatyId: z.string().optional(),
  inForce: z.boolean().meta({ description: 'the treaty itself is in force on the date (the CTBT is not)' }),
  unverified: z.array(UnverifiedMark), counts: Counts,
  waitingFor: WaitingFor.optional(),
});

/** GET /v1/matrix: every state × the treaties on a date. */
export const MatrixAnswer = z.strictObject({
  on: z.string(), conventions: z.string(), horizon: Horizon.optional(), treaties: z.array(column),
  states: z.array(z.strictObject({ iso3: z.string(), name: z.string(), statuses: z.record(z.string(), cell).meta({ description: "the state's cell per treaty id" }) })),
}).meta({ id: 'StatusMatrix' });
