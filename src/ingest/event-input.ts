import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parsePartialDate, parseIsoDate } from '../domain/calendar-date.js';
import { EVENT_KINDS, type TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveState, resolveTreaty } from '../domain/resolve.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';

const MAX_TEXT = 20_000;
// PostgreSQL text cannot hold NUL, and no real source needs control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'must not contain control characters');

/** An event as a user gives it (CLI flags, a CSV row, a JSON object, an API body): the same fields everywhere. */
export const EventInputSchema = z.strictObject({
  state: text(200),
  treaty: text(100).optional(),
  kind: z.enum(EVENT_KINDS, { error: () => `must be one of: ${EVENT_KINDS.join(', ')}` }),
  date: text(10),
  effect_date: text(10).optional(),
  source_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
  source_title: text(500),
  publisher: text(200),
  source_date: text(10).optional(),
  quote: text(MAX_TEXT).optional(),
  note: text(MAX_TEXT).optional(),
  notification: text(100).optional(),
});
/** The parsed input. */
export type EventInput = z.infer<typeof EventInputSchema>;

/** Columns of the CSV that `import` accepts, in this order. */
export const EVENT_CSV_COLUMNS = ['state', 'treaty', 'kind', 'date', 'effect_date', 'source_url', 'source_title', 'publisher', 'source_date', 'quote', 'note', 'notification'] as const;

/** Who records, and when (the clock is read at the edge, not here). */
export interface Recording {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Validates raw input with zod; the first problem is reported with its field. */
export function parseEventInput(raw: unknown, where = ''): Result<EventInput> {
  const parsed = EventInputSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || '(record)';
  const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : `${field} ${issue?.message ?? 'is invalid'}`;
  return err(domainError('invalid_input', `${where}${message}`, field));
}

/** Turns valid input into an event and the source it cites (reusing a stored source with the same address). */
export function toEvent(index: RecordIndex, input: EventInput, recording: Recording, supersedes?: TreatyEvent): Result<{ event: TreatyEvent; source?: Source }> {
  const state = resolveState(index, input.state);
  if (!state.ok) return state;
  const treaty = input.treaty === undefined ? undefined : resolveTreaty(index, input.treaty);
  if (treaty && !treaty.ok) return treaty;
  const date = parsePartialDate(input.date, 'date');
  if (!date.ok) return date;
  const effect = input.effect_date === undefined ? undefined : parseIsoDate(input.effect_date, 'effect_date');
  if (effect && !effect.ok) return effect;
  const sourceDate = input.source_date === undefined ? undefined : parsePartialDate(input.source_date, 'source_date');
  if (sourceDate && !sourceDate.ok) return sourceDate;
  const existing = [...index.sources.values()].find((s) => s.url === input.source_url);
  const source: Source | undefined = existing ? undefined : {
    id: `src-${createHash('sha256').update(input.source_url).digest('hex').slice(0, 12)}`,
    publisher: input.publisher,
    title: input.source_title,
    kind: 'reference',
    url: input.source_url,
    ...(sourceDate ? { date: sourceDate.value.value } : {}),
  };
  const sourceId = existing?.id ?? source?.id ?? '';
  const treatyId = treaty ? treaty.value.id : null;
  const citation = { sourceId, ...(input.quote ? { quote: input.quote } : {}) };
  const baseId = `${treatyId ?? 'state'}-${state.value.iso3}-${input.kind}-${date.value.value}`;
  const event: TreatyEvent = {
    id: supersedes ? `${baseId}-corr-${recording.recordedAt.replace(/\D/g, '').slice(0, 14)}` : baseId,
    iso3: state.value.iso3,
    treatyId,
    kind: input.kind,
    date: date.value,
    ...(effect ? (input.kind === 'succession' ? { effectiveFrom: effect.value } : { statedEffect: { date: effect.value, sources: [citation] } }) : {}),
    ...(input.notification ? { details: { notification: input.notification } } : {}),
    sources: [citation],
    verified: true,
    ...(input.note ? { note: input.note } : {}),
    recordedBy: recording.recordedBy,
    recordedAt: recording.recordedAt,
    ...(supersedes ? { supersedes: supersedes.id } : {}),
  };
  return ok({ event, ...(source ? { source } : {}) });
}
