import { fromJson, toJson, toJsonOrNull } from './json-column.js';
import type { SuggestionRow } from './ingest-schema.js';
import type { NewSuggestion, Review, Suggestion, SuggestionOrigin, SuggestionStatus } from './suggestion-store.js';

/** A new suggestion as a pending row numbered `seq` (its id). */
export function suggestionToRow(s: NewSuggestion, seq: number): SuggestionRow {
  return {
    id: String(seq),
    key: s.key,
    origin: s.origin,
    document_id: s.documentId ?? null,
    type: s.type,
    status: 'pending',
    summary: s.summary,
    proposal: toJson(s.proposal),
    quote: s.quote ?? null,
    span_start: s.span?.start ?? null,
    span_end: s.span?.end ?? null,
    duplicate_of: s.duplicateOf ?? null,
    created_by: s.createdBy,
    created_at: s.createdAt,
    reviewed_by: null,
    reviewed_at: null,
    reason: null,
    edits: null,
    event_id: null,
    seq,
  };
}

/** A row as a suggestion; absent values stay absent. */
export function rowToSuggestion(r: SuggestionRow): Suggestion {
  const review: Review | undefined =
    r.reviewed_by === null || r.reviewed_at === null
      ? undefined
      : {
          by: r.reviewed_by,
          at: r.reviewed_at,
          ...(r.reason === null ? {} : { reason: r.reason }),
          ...(r.edits === null ? {} : { edits: fromJson<Record<string, string>>(r.edits) }),
          ...(r.event_id === null ? {} : { eventId: r.event_id }),
        };
  return {
    id: r.id,
    key: r.key,
    origin: r.origin as SuggestionOrigin,
    ...(r.document_id === null ? {} : { documentId: r.document_id }),
    type: r.type,
    status: r.status as SuggestionStatus,
    summary: r.summary,
    proposal: fromJson<Record<string, unknown>>(r.proposal),
    ...(r.quote === null ? {} : { quote: r.quote }),
    ...(r.span_start === null || r.span_end === null ? {} : { span: { start: Number(r.span_start), end: Number(r.span_end) } }),
    ...(r.duplicate_of === null ? {} : { duplicateOf: r.duplicate_of }),
    createdBy: r.created_by,
    createdAt: r.created_at,
    ...(review === undefined ? {} : { review }),
  };
}

/** The review columns of a row. */
export function reviewColumns(status: SuggestionStatus, review: Review): Partial<SuggestionRow> {
  return {
    status,
    reviewed_by: review.by,
    reviewed_at: review.at,
    reason: review.reason ?? null,
    edits: toJsonOrNull(review.edits),
    event_id: review.eventId ?? null,
  };
}
