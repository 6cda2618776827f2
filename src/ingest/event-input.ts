import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parsePartialDate, parseIsoDate } from '../domain/calendar-date.js';
import { EVENT_KINDS, type TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveStateExactly, resolveTreaty } from '../domain/resolve.js';
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
  /** Further facts about the event, e.g. a vote's counts: `{ "yes": 107, "no": 0, "abstain": 3 }`. */
  details: z.record(z.string().regex(/^[a-z][A-Za-z0-9_]{0,39}$/, 'keys are words starting in lower case'), z.union([text(500), z.number().finite(), z.boolean()])).optional(),
});
/** The parsed input. */
export type EventInput = z.infer<typeof EventInputSchema>;

/** The same input when the source is given whole (a stored document, the depositary's page): the source fields may then be left out. */
export const SourcedEventInputSchema = EventInputSchema.partial({ source_url: true, source_title: true, publisher: true });
/** The parsed sourced input. */
export type SourcedEventInput = z.infer<typeof SourcedEventInputSchema>;

/** Columns of the CSV that `import` accepts, in this order. */
export const EVENT_CSV_COLUMNS = ['state', 'treaty', 'kind', 'date', 'effect_date', 'source_url', 'source_title', 'publisher', 'source_date', 'quote', 'note', 'notification'] as const;

/** Who records, and when (the clock is read at the edge, not here). */
export interface Recording {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Validates raw input with zod; the first problem is reported with its field. */
export function parseEventInput(raw: unknown, where = ''): Result<EventInput> {
  return parseWith(EventInputSchema, raw, where);
}

/** Validates input whose source is given whole (source_url, source_title and publisher optional). */
export function parseSourcedEventInput(raw: unknown, where = ''): Result<SourcedEventInput> {
  return parseWith(SourcedEventInputSchema, raw, where);
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, where: string): Result<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || '(record)';
  const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : `${field} ${issue?.message ?? 'is invalid'}`;
  return err(domainError('invalid_input', `${where}${message}`, field));
}

/**
 * Turns valid input into an event and the source it cites (reusing a stored source with the same
 * address). With `cite`, the event cites that source (stored already, or returned to be written with it).
 */
export function toEvent(index: RecordIndex, input: SourcedEventInput, recording: Recording, supersedes?: TreatyEvent, cite?: Source): Result<{ event: TreatyEvent; source?: Source }> {
  const state = resolveStateExactly(index, input.state);
  if (!state.ok) return state;
  const treaty = input.treaty === undefined ? undefined : resolveTreaty(index, input.treaty);
  if (treaty && !treaty.ok) return treaty;
  const date = parsePartialDate(input.date, 'date');
  if (!date.ok) return date;
  const effect = input.effect_date === undefined ? undefined : parseIsoDate(input.effect_date, 'effect_date');
  if (effect && !effect.ok) return effect;
  const sourceDate = input.source_date === undefined ? undefined : parsePartialDate(input.source_date, 'source_date');
  if (sourceDate && !sourceDate.ok) return sourceDate;
  const cited = citedSource(index, input, cite, sourceDate?.value.value);
  if (!cited.ok) return cited;
  const { existing, source } = cited.value;
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
    ...(input.notification || input.details ? { details: { ...input.details, ...(input.notification ? { notification: input.notification } : {}) } } : {}),
    sources: [citation],
    verified: true,
    ...(input.note ? { note: input.note } : {}),
    recordedBy: recording.recordedBy,
    recordedAt: recording.recordedAt,
    ...(supersedes ? { supersedes: supersedes.id } : {}),
  };
  return ok({ event, ...(source ? { source } : {}) });
}

/** The source an event cites: `cite` (or the stored source with its id or address), else one made from the input's source fields. */
function citedSource(index: RecordIndex, input: SourcedEventInput, cite: Source | undefined, sourceDate: string | undefined): Result<{ existing?: Source; source?: Source }> {
  if (cite) {
    // A depositary status page keeps its address from one status date to the next: by address, it is the same page only on the same date.
    const samePage = (s: Source) => s.url === cite.url && (cite.kind !== 'depositary' || cite.date === undefined || s.date === cite.date);
    const stored = index.sources.get(cite.id) ?? (cite.url === undefined ? undefined : [...index.sources.values()].find(samePage));
    return ok(stored ? { existing: stored } : { source: cite });
  }
  const { source_url: url, source_title: title, publisher } = input;
  if (url === undefined || title === undefined || publisher === undefined) {
    const field = url === undefined ? 'source_url' : title === undefined ? 'source_title' : 'publisher';
    return err(domainError('invalid_input', `${field} is required: give the source's address, title and publisher`, field));
  }
  const existing = [...index.sources.values()].find((s) => s.url === url);
  if (existing) return ok({ existing });
  return ok({
    source: {
      id: `src-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`,
      publisher,
      title,
      kind: 'reference',
      url,
      ...(sourceDate ? { date: sourceDate } : {}),
    },
  });
}
