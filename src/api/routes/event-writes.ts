import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { TreatyEvent } from '../../domain/event.js';
import { EventInputSchema } from '../../ingest/event-input.js';
import { type RawEvent, recordBatch } from '../../ingest/record-events.js';
import { eventJson } from '../../present/event-json.js';
import type { ApiToken } from '../../store/api-store.js';
import type { ApiContext } from '../api-context.js';
import { RecordedAnswer } from '../answers.js';
import { type AuthResult, authRoute } from '../auth-route.js';
import { newestVersion } from '../event-versions.js';
import { HttpError } from '../http-error.js';

const WRITE_ERRORS = [400, 401, 403, 409, 413, 415, 422, 429];

/** Recording and correcting events: validated exactly as the CLI validates them (one code path), a source required, nothing overwritten. */
export function eventWrites(app: FastifyInstance, ctx: ApiContext): void {
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/events', operationId: 'recordEvent', tag: 'events', role: 'editor', idempotent: true, status: 201,
    summary: 'Record an event, with its source',
    description: 'Validated against the rules like `treatywatch add-event`: a source is required; the state named exactly (an ISO code or a name the record holds, case and accents aside: else 400 unknown_state with up to three suggestions); a signature only inside the treaty\'s window (signature_window_closed, signature_not_provided), once (second_signature) and not after a deposit (signature_after_deposit); a ratification only by a signatory where the text says so (ratification_without_signature); a withdrawal needs a State Party; no act of a state before it existed (before_state_existed); no date in the future; no duplicate. Recorded under the name of the token.',
    params: z.strictObject({}), body: EventInputSchema, response: RecordedAnswer, errors: WRITE_ERRORS,
    handle: ({ body, token }) => record(ctx, token, { input: objectBody(body) }),
  });
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/events/{id}/corrections', operationId: 'correctEvent', tag: 'events', role: 'editor', idempotent: true, status: 201,
    summary: 'Correct an event: a new event supersedes it; the old one stays readable',
    description: 'Give what changes and the source of the correction; the other fields are taken from the event corrected. It is checked like a new event, against the record as it would stand with the correction in place of the event corrected. Only the newest version of an event can be corrected: when someone else corrected it first, the answer is 409 with the current version.',
    params: z.strictObject({ id: z.string().meta({ description: 'the id of the event to correct' }) }), body: EventInputSchema.partial(), response: RecordedAnswer, errors: [...WRITE_ERRORS, 404],
    handle: async ({ params, body, token }) => {
      if ((await ctx.store.getEvent(params.id)) === undefined) throw new HttpError(404, 'unknown_event', `no event has the id "${params.id.slice(0, 100)}" to correct`, 'id');
      try {
        return await record(ctx, token, { input: objectBody(body), supersedes: params.id });
      } catch (error) {
        throw await conflictWithCurrent(ctx, params.id, error);
      }
    },
  });
}

async function record(ctx: ApiContext, token: ApiToken, raw: RawEvent): Promise<AuthResult> {
  // Validated against the record held in memory once the store's counter says it is current: no re-read of the whole record.
  const held = await ctx.record.latest();
  const result = await recordBatch(ctx.store, [raw], { recordedBy: token.name, recordedAt: ctx.now().toISOString() }, ctx.today(), held);
  if (!result.ok) throw HttpError.fromDomain(result.error.field === 'event-id' ? { ...result.error, field: 'id' } : result.error);
  const snap = await ctx.record.written(held, result.value);
  const events: readonly TreatyEvent[] = result.value.map((b) => b.event);
  return { status: 201, value: { recorded: events.map((e) => eventJson(snap.index, e)) }, headers: { location: `/v1/events/${encodeURIComponent(events[0]?.id ?? '')}` } };
}

/**
 * When a correction is refused because its target was corrected meanwhile (found by the checks,
 * or by the store's UNIQUE(supersedes) when two editors race), answer 409 with the version that stands.
 */
async function conflictWithCurrent(ctx: ApiContext, id: string, error: unknown): Promise<unknown> {
  if (!(error instanceof HttpError) || (error.code !== 'already_superseded' && error.code !== 'duplicate_event')) return error;
  const snap = await ctx.record.refresh();
  const current = newestVersion(snap.dataset, id);
  if (current === undefined || current.id === id) return error;
  const message = `"${id}" has been corrected already, by "${current.id}" (recorded by ${current.recordedBy} at ${current.recordedAt}): read it, then correct that version if it still needs it`;
  return new HttpError(409, 'already_superseded', message, 'id', { current: eventJson(snap.index, current) });
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_input', 'the body must be a JSON object with the fields of an event', '(record)');
  return body as Record<string, unknown>;
}
