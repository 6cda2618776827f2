import { z } from 'zod';
import { parseIsoDate } from '../domain/calendar-date.js';
import { VERDICTS } from './verdict.js';

/** Longest text checked in one request (characters). */
export const MAX_TEXT_LENGTH = 1_000_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').refine((s) => parseIsoDate(s).ok, { message: 'must be a real date written YYYY-MM-DD' });

/** The body of `POST /v1/claims/check`: the text, and optionally its date. */
export const claimCheckRequestSchema = z.object({
  text: z.string().min(1, 'must not be empty').max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  date: isoDate.optional(),
  format: z.enum(['json', 'claimreview']).optional(),
}).strict();

/** A parsed request body. */
export type ClaimCheckRequest = z.infer<typeof claimCheckRequestSchema>;

const evidence = z.object({
  kind: z.enum(['event', 'rule', 'membership', 'count', 'treaty', 'region', 'figure']),
  description: z.string(),
  date: z.string().optional(),
  event_id: z.string().optional(),
  iso3: z.string().optional(),
  treaty: z.string().optional(),
  verified: z.boolean(),
  sources: z.array(z.object({ id: z.string(), publisher: z.string().optional(), title: z.string().optional(), date: z.string().optional(), url: z.string().optional(), quote: z.string().optional() })),
});
const verdict = z.enum(VERDICTS);
const value = z.union([z.string(), z.number(), z.null()]);

/** The response of `POST /v1/claims/check` (and of `treatywatch check --json`), for the OpenAPI document. */
export const claimCheckResultSchema = z.object({
  text_date: z.string(),
  text_date_source: z.enum(['given', 'dateline', 'today']),
  today: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  summary: z.record(verdict, z.number()),
  claims: z.array(z.object({
    id: z.number(),
    start: z.number().describe('offset of the claim in the text, in UTF-16 code units'),
    end: z.number().describe('end offset (exclusive)'),
    text: z.string(),
    sentence: z.string(),
    kind: z.string(),
    claimed: z.string(),
    claim: z.record(z.string(), z.unknown()),
    as_of: z.string(),
    verdict,
    reason: z.union([
      z.object({ code: z.literal('not_understood'), part: z.enum(['who', 'treaty', 'property', 'value', 'date']) }),
      z.object({ code: z.literal('not_in_record') }),
    ]).nullable().describe('why the verdict is unverifiable: a part of the claim not understood, or nothing in the record decides it; null for other verdicts'),
    value,
    convention: z.string().nullable(),
    explanation: z.string(),
    today: z.string(),
    verdict_today: verdict,
    value_today: value,
    explanation_today: z.string(),
    evidence: z.array(evidence),
  })),
});
