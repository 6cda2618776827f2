import type { Dataset } from '../domain/dataset.js';
import type { TreatyEvent } from '../domain/event.js';
import { type RecordIndex, indexRecord } from '../domain/record-index.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import { validateNewEvent } from '../domain/validate-event.js';
import type { WriteOptions } from '../store/store-transaction.js';
import type { AppendItem, TreatyStore } from '../store/treaty-store.js';
import { type Recording, parseEventInput, parseSourcedEventInput, toEvent, type EventInput } from './event-input.js';

/** The record as a caller already holds it, with its index. */
export interface HeldRecord {
  readonly dataset: Dataset;
  readonly index: RecordIndex;
}

/** One raw record to write: a new event, or a correction of `supersedes`. */
export interface RawEvent {
  readonly input: unknown;
  readonly supersedes?: string;
  /** How to name the record in errors, e.g. `row 3: `. */
  readonly where?: string;
  /** The source to cite, given whole (a stored document, the depositary's page): written with the event if not stored yet; the input's source fields may then be left out. */
  readonly source?: Source;
}

/**
 * Validates every record exactly as the CLI and the API must (one code path), each against the
 * record as it will stand after the ones before it, then writes them all in one transaction.
 * One bad record and nothing is written. `options.alsoInTransaction` runs in that transaction after the
 * events are written (e.g. marking the suggestion they came from accepted): its error writes nothing.
 */
export async function recordEvents(store: TreatyStore, raws: readonly RawEvent[], recording: Recording, today: string, options?: WriteOptions<readonly TreatyEvent[]>): Promise<Result<TreatyEvent[]>> {
  const written = await recordBatch(store, raws, recording, today, undefined, options);
  return written.ok ? ok(written.value.map((b) => b.event)) : written;
}

/**
 * As recordEvents, and says what was written with each event (its new sources). `base` is the record
 * as the caller holds it, when the caller knows it is current (the API server checks the store's
 * counter first): it spares reading the whole record again. The store's own checks, made under its
 * write lock, still catch a duplicate or a correction that raced this one.
 */
export async function recordBatch(store: TreatyStore, raws: readonly RawEvent[], recording: Recording, today: string, base?: HeldRecord, options?: WriteOptions<readonly TreatyEvent[]>): Promise<Result<AppendItem[]>> {
  let dataset: Dataset = base?.dataset ?? (await store.readDataset());
  const batch: AppendItem[] = [];
  for (const raw of raws) {
    const where = raw.where ?? '';
    const index = batch.length === 0 && base ? base.index : indexRecord(dataset);
    let input: unknown = raw.input;
    const old = raw.supersedes === undefined ? undefined : index.events.get(raw.supersedes);
    if (raw.supersedes !== undefined && !old) return err(domainError('unknown_event', `${where}there is no event ${raw.supersedes} to correct`, 'event-id'));
    if (old) input = { ...inputOf(old, index.sources), ...(raw.input as Record<string, unknown>) };
    const parsed = raw.source ? parseSourcedEventInput(input, where) : parseEventInput(input, where);
    if (!parsed.ok) return parsed;
    const made = toEvent(index, parsed.value, recording, old, raw.source);
    if (!made.ok) return err({ ...made.error, message: where + made.error.message });
    const valid = validateNewEvent(index, made.value.event, today);
    if (!valid.ok) return err({ ...valid.error, message: where + valid.error.message });
    const newSources = made.value.source ? [made.value.source] : [];
    batch.push({ event: made.value.event, newSources });
    dataset = { ...dataset, events: [...dataset.events, made.value.event], sources: [...dataset.sources, ...newSources] };
  }
  const written = await store.appendEvents(batch, options);
  return written.ok ? ok(batch) : written;
}

/** The fields of an event as input, so a correction need only give what changes (and its source). */
function inputOf(e: TreatyEvent, sources: ReadonlyMap<string, Source>): Partial<EventInput> {
  const effect = e.effectiveFrom ?? e.statedEffect?.date;
  void sources;
  return {
    state: e.iso3,
    ...(e.treatyId === null ? {} : { treaty: e.treatyId }),
    kind: e.kind,
    date: e.date.value,
    ...(effect === undefined ? {} : { effect_date: effect }),
  };
}
