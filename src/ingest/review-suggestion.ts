import { parsePartialDate } from '../domain/calendar-date.js';
import type { TreatyEvent } from '../domain/event.js';
import { indexRecord } from '../domain/record-index.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import type { DocumentStore } from '../store/document-store.js';
import type { Suggestion, SuggestionStore } from '../store/suggestion-store.js';
import type { TreatyStore } from '../store/treaty-store.js';
import { checkUrl } from './document-meta.js';
import type { Recording } from './event-input.js';
import { EventProposalSchema, pageSource } from './proposal.js';
import { recordEvents } from './record-events.js';
import { duplicateOf } from './suggestion-duplicates.js';

/** The stores a review touches. */
export interface ReviewStores {
  readonly record: TreatyStore;
  readonly documents: DocumentStore;
  readonly suggestions: SuggestionStore;
}

/** Fields a reviewer may change before accepting: the event's, its source's, and a vote's counts. */
export const EDITABLE = ['state', 'treaty', 'kind', 'date', 'effect_date', 'quote', 'note', 'notification', 'publisher', 'source_title', 'source_url', 'source_date', 'yes', 'no', 'abstain', 'absent'] as const;
const SOURCE_FIELDS = new Set(['publisher', 'source_title', 'source_url', 'source_date']);
const COUNT_FIELDS = new Set(['yes', 'no', 'abstain', 'absent']);

/**
 * Accepts a pending suggestion: writes its event (with the reviewer's edits) through the one
 * validated write path, citing its document or page, recorded as the reviewer, and marks the
 * suggestion accepted with the event's id in the same transaction. A refused event leaves the
 * suggestion pending; a suggestion decided by someone else meanwhile (`already_reviewed`) writes no event.
 */
export async function acceptSuggestion(stores: ReviewStores, id: string, edits: Readonly<Record<string, string>>, recording: Recording, today: string): Promise<Result<{ suggestion: Suggestion; event: TreatyEvent }>> {
  const bad = Object.keys(edits).find((k) => !(EDITABLE as readonly string[]).includes(k));
  if (bad !== undefined) return err(domainError('invalid_edit', `"${bad}" cannot be edited: use one of ${EDITABLE.join(', ')}`, 'edit'));
  const s = await stores.suggestions.get(id);
  if (!s) return err(domainError('unknown_suggestion', `there is no suggestion ${id}: list them with treatywatch suggestions`, 'id'));
  if (s.status !== 'pending') return err(domainError('already_reviewed', `suggestion ${id} was ${s.status} by ${s.review?.by ?? 'someone'}${s.review?.eventId ? ` (event ${s.review.eventId})` : ''}${s.review?.reason ? ` ("${s.review.reason}")` : ''}`, 'id'));
  const proposal = EventProposalSchema.safeParse(s.proposal);
  if (!proposal.success) return err(domainError('not_acceptable', `suggestion ${id} (${s.type}) does not propose an event that can be recorded: review it by hand and reject it with a reason`, 'id'));
  const index = indexRecord(await stores.record.readDataset());
  const dup = Object.keys(edits).some((k) => !SOURCE_FIELDS.has(k)) ? undefined : duplicateOf(index, proposal.data);
  if (dup !== undefined) {
    return err(domainError('duplicate_event', `suggestion ${id} repeats the recorded event ${dup}: reject it (treatywatch reject ${id} --reason "recorded already"), or correct ${dup} if the record is wrong`, 'id'));
  }
  const source = await sourceOf(stores.documents, s, proposal.data.page === undefined ? undefined : pageSource(proposal.data.page), edits, index.sources);
  if (!source.ok) return source;
  const input: Record<string, unknown> = { ...proposal.data.input };
  const details: Record<string, unknown> = { ...(input.details as Record<string, unknown> | undefined) };
  for (const [k, v] of Object.entries(edits)) {
    if (COUNT_FIELDS.has(k)) {
      if (!/^\d{1,6}$/.test(v)) return err(domainError('invalid_edit', `${k} must be a whole number of votes`, k));
      details[k] = Number(v);
    } else if (!SOURCE_FIELDS.has(k)) input[k] = v;
  }
  if (Object.keys(details).length > 0) input.details = details;
  const raw = { input, source: source.value, where: `suggestion ${id}: `, ...(proposal.data.supersedes ? { supersedes: proposal.data.supersedes } : {}) };
  let marked: Suggestion | undefined;
  const written = await recordEvents(stores.record, [raw], recording, today, {
    alsoInTransaction: async (trx, [event]) => {
      const accepted = await stores.suggestions.acceptIn(trx, id, { by: recording.recordedBy, at: recording.recordedAt, ...(event ? { eventId: event.id } : {}), ...(Object.keys(edits).length > 0 ? { edits } : {}) });
      marked = accepted.ok ? accepted.value : undefined;
      return accepted.ok ? undefined : accepted.error;
    },
  });
  if (!written.ok) return written.error.code === 'duplicate_event' ? err({ ...written.error, message: `${written.error.message}; if the suggestion repeats it, reject it: treatywatch reject ${id} --reason "recorded already"` }) : written;
  const event = written.value[0] as TreatyEvent;
  if (marked === undefined) throw new Error(`suggestion ${id}: the store wrote the event without running the acceptance in its transaction`);
  return ok({ suggestion: marked, event });
}

/** Rejects a pending suggestion, keeping the reason (so the same suggestion does not come back). */
export async function rejectSuggestion(stores: ReviewStores, id: string, reason: string, by: string, at: string): Promise<Result<Suggestion>> {
  const why = reason.trim();
  if (why === '' || why.length > 2000) return err(domainError('invalid_input', 'give a reason of 1–2000 characters: --reason "…"', 'reason'));
  return stores.suggestions.reject(id, { by, at, reason: why });
}

/**
 * Pending suggestions with the recorded event each would repeat, checked against the record as it
 * stands now. A read: nothing is written (the stored mark is the one found when the suggestion was queued).
 */
export async function withCurrentDuplicates(stores: Pick<ReviewStores, 'record'>, pending: readonly Suggestion[]): Promise<Suggestion[]> {
  if (pending.length === 0) return [];
  const index = indexRecord(await stores.record.readDataset());
  return pending.map((s) => {
    const proposal = EventProposalSchema.safeParse(s.proposal);
    const dup = proposal.success ? duplicateOf(index, proposal.data) : undefined;
    const { duplicateOf: _old, ...rest } = s;
    return dup === undefined ? rest : { ...rest, duplicateOf: dup };
  });
}

/** The source an accepted suggestion cites: its page, or its document (whose publisher the reviewer may have to give). */
async function sourceOf(documents: DocumentStore, s: Suggestion, page: Source | undefined, edits: Readonly<Record<string, string>>, stored: ReadonlyMap<string, Source>): Promise<Result<Source>> {
  const override = {
    ...(edits.publisher ? { publisher: edits.publisher } : {}),
    ...(edits.source_title ? { title: edits.source_title } : {}),
    ...(edits.source_url ? { url: edits.source_url } : {}),
    ...(edits.source_date ? { date: edits.source_date } : {}),
  };
  const url = override.url === undefined ? undefined : checkUrl(override.url, 'source_url');
  if (url && !url.ok) return url;
  if (override.date !== undefined) {
    const d = parsePartialDate(override.date, 'source_date');
    if (!d.ok) return d;
  }
  if (page) return ok({ ...page, ...override });
  // A document cited before is a source already: cite it as stored (sources are never overwritten).
  const cited = s.documentId === undefined ? undefined : stored.get(s.documentId);
  if (cited) return ok(cited);
  const doc = s.documentId === undefined ? undefined : await documents.get(s.documentId);
  if (!doc) return err(domainError('unknown_document', `suggestion ${s.id} names no stored document`, 'id'));
  const publisher = override.publisher ?? doc.publisher;
  if (publisher === undefined) {
    return err(domainError('publisher_required', `document ${doc.id} ("${doc.title.slice(0, 60)}") has no publisher: accept with --edit publisher="…"`, 'publisher'));
  }
  return ok({
    id: doc.id,
    publisher,
    title: override.title ?? doc.title,
    kind: doc.kind,
    ...(override.date ?? doc.published ? { date: override.date ?? doc.published } : {}),
    ...(override.url ?? doc.url ? { url: override.url ?? doc.url } : {}),
    notes: `stored document ${doc.id} (sha256 ${doc.sha256.slice(0, 16)}…), ingested ${doc.ingestedAt.slice(0, 10)} by ${doc.ingestedBy}`,
  });
}
