import { z } from 'zod';
import { parseIsoDate } from '../domain/calendar-date.js';
import { STATUSES } from '../domain/status.js';

/** A calendar day `YYYY-MM-DD`, checked against the calendar (2025-02-30 is refused) with the CLI's own message. */
export function dayParam(description: string) {
  return z
    .string()
    .meta({ format: 'date', description, examples: ['2025-03-26'] })
    .superRefine((value, ctx) => {
      const r = parseIsoDate(value);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message, params: { code: r.error.code } });
    });
}

/** `?on=`: the day the answer is for; today when absent. */
export const onParam = dayParam('the day the answer is for (default: today)').optional();

/** A treaty in the path: its id or any name in use ("apmbc", "Ottawa Convention"). */
export const treatyPath = z.string().meta({ description: 'treaty id or any name in use: apmbc, ccm, "Ottawa Convention"', examples: ['apmbc'] });
/** A state in the path: an ISO code or any name in use. */
export const statePath = z.string().meta({ description: 'ISO 3166 code (LTU, LT) or any name in use ("Lithuania", "U.S.")', examples: ['LTU'] });
/** A group in the path. */
export const groupPath = z.string().meta({ description: 'group id or name: eu, nato', examples: ['nato'] });

/** A status filter. */
export const statusParam = z.enum(STATUSES).meta({ description: 'only states with this status' });

/** Paths with one treaty. */
export const TreatyParams = z.strictObject({ treaty: treatyPath });
/** `?on=` alone. */
export const OnQuery = z.strictObject({ on: onParam });
/** No query parameters. */
export const NoQuery = z.strictObject({});
