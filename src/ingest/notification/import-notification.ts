import { parsePartialDate } from '../../domain/calendar-date.js';
import { indexRecord } from '../../domain/record-index.js';
import { type Result, domainError, err, ok } from '../../domain/result.js';
import type { DocumentStore, DocumentSummary } from '../../store/document-store.js';
import type { AddedSuggestions, NewSuggestion, SuggestionStore } from '../../store/suggestion-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { checkUrl } from '../document-meta.js';
import { ingestDocuments } from '../ingest-documents.js';
import { EventProposalSchema } from '../proposal.js';
import { duplicateOf } from '../suggestion-duplicates.js';
import { UNTC_PUBLISHER, label } from '../untc/untc-suggestions.js';
import { type DepositaryNotification, readNotification } from './read-notification.js';

/** What importing a notification did. */
export interface NotificationImport {
  readonly notification: DepositaryNotification;
  readonly document: DocumentSummary;
  /** Whether the same text was stored before. */
  readonly duplicate: boolean;
  readonly suggestions: AddedSuggestions;
}

/**
 * Imports a depositary notification's text: read (refused with a named reason when it is not one),
 * stored as a depositary document, and its event queued for review citing that document. The key is
 * the one the status page's import uses for the same fact, so the page and the notice queue it once.
 */
export async function importNotification(
  stores: { readonly record: TreatyStore; readonly documents: DocumentStore; readonly suggestions: SuggestionStore },
  text: string,
  meta: { readonly url?: string | undefined; readonly name?: string | undefined },
  recording: { readonly by: string; readonly at: string },
): Promise<Result<NotificationImport>> {
  const index = indexRecord(await stores.record.readDataset());
  const read = readNotification(index, text);
  if (!read.ok) return read;
  const n = read.value;
  const url = meta.url === undefined ? undefined : checkUrl(meta.url);
  if (url && !url.ok) return url;
  const dated = parsePartialDate(n.notificationDate ?? n.date);
  const stored = await ingestDocuments(stores.documents, [{ name: meta.name ?? `${n.symbol}.txt`, bytes: new TextEncoder().encode(text) }], {
    kind: 'depositary', publisher: UNTC_PUBLISHER, title: `Depositary notification ${n.symbol}: ${n.heading}`,
    ...(dated.ok ? { date: dated.value } : {}), ...(url ? { url: url.value } : {}),
  }, recording);
  if (!stored.ok) return stored;
  const refused = stored.value.refused[0];
  if (refused) return err(refused.error);
  const entry = stored.value.added[0] ?? stored.value.duplicates[0];
  if (!entry) return err(domainError('not_stored', 'the notification was not stored', 'text'));
  const treatyName = index.treaties.get(n.treatyId)?.shortName ?? n.treatyId;
  const proposal = {
    input: {
      state: n.iso3, treaty: n.treatyId, kind: n.action, date: n.date, notification: n.symbol, quote: n.quote,
      ...(n.effect ? { effect_date: n.effect } : {}),
      ...(n.notificationDate ? { details: { notificationDate: n.notificationDate } } : {}),
    },
  };
  const parsed = EventProposalSchema.safeParse(proposal);
  const dup = parsed.success ? duplicateOf(index, parsed.data) : undefined;
  const suggestion: NewSuggestion = {
    key: `untc|${n.treatyId}|${n.iso3}|${n.action}|${n.date}`,
    origin: 'depositary',
    documentId: entry.document.id,
    type: 'event',
    summary: `${index.states.get(n.iso3)?.name ?? n.iso3}: ${label(n.action)} ${n.action === 'withdrawal' ? 'under' : 'of'} the ${treatyName}, ${n.date}${n.effect ? `, effect ${n.effect}` : ''} (${n.symbol})`,
    proposal,
    quote: n.quote,
    ...(dup === undefined ? {} : { duplicateOf: dup }),
    createdBy: recording.by,
    createdAt: recording.at,
  };
  const queued = await stores.suggestions.addMany([suggestion]);
  if (!queued.ok) return queued;
  return ok({ notification: n, document: entry.document, duplicate: stored.value.added.length === 0, suggestions: queued.value });
}
