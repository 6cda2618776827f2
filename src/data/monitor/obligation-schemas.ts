import { z } from 'zod';
import { parsePartialDate } from '../../domain/calendar-date.js';
import { FINDING_CONFIDENCE, FINDING_KINDS } from '../../domain/monitor/obligation-event.js';

// data/monitor/obligations.json as it is written by hand: flat records, dates as text. The loader
// turns them into the domain's ObligationEvent (dates with their precision, the citation nested).

const text = z.string().min(1);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a day that exists. */
const partialDate = z.string().superRefine((value, ctx) => {
  const r = parsePartialDate(value);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message, params: { code: 'invalid_date' } });
});

const year = z.number().int().min(1990).max(2100);

const common = {
  state: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code is three capital letters, e.g. KHM'),
  treaty: text,
  obligation: text,
  date: partialDate.exactOptional(),
  sourceId: text,
  quote: text,
  note: text.exactOptional(),
  disputed: z.boolean().exactOptional(),
};

/** One hand-written obligation event. */
export const obligationEventFileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.enum(['completed', 'no_obligation', 'in_breach', 'contamination_found']) }),
  z.strictObject({ ...common, kind: z.literal('extension_requested'), deadline: partialDate.exactOptional() }),
  z.strictObject({ ...common, kind: z.literal('extension_granted'), deadline: partialDate, grantedBy: text.exactOptional() }),
  z.strictObject({ ...common, kind: z.literal('retained'), count: z.number().int().nonnegative(), year }),
  z.strictObject({ ...common, kind: z.literal('report_submitted'), year: year.exactOptional() }),
  z.strictObject({ ...common, kind: z.literal('finding'), finding: z.enum(FINDING_KINDS), confidence: z.enum(FINDING_CONFIDENCE), year, by: text.exactOptional() }),
]);
/** obligations.json's events as written. */
export type ObligationEventFile = z.output<typeof obligationEventFileSchema>;

/** A source of obligation facts: always with its address. */
export const obligationSourceSchema = z.strictObject({ id: text, url: z.url(), title: text, publisher: text, date: partialDate.exactOptional() });

/** The whole file. */
export const obligationsFileSchema = z.strictObject({
  about: text,
  sources: z.array(obligationSourceSchema),
  events: z.array(obligationEventFileSchema),
});
