import { indexRecord } from '../../domain/record-index.js';
import type { Result } from '../../domain/result.js';
import type { DocumentStore } from '../../store/document-store.js';
import type { AddedSuggestions, NewSuggestion, SuggestionStore } from '../../store/suggestion-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { buildGazetteer } from '../../text/index.js';
import { suggestFromDocument } from './suggest-from-document.js';

/**
 * Reads the events each stored document reports and queues them for review, keyed by document, so
 * running it again adds only what is missing and a rejected suggestion does not come back.
 */
export async function queueSuggestions(
  stores: { readonly record: TreatyStore; readonly documents: DocumentStore; readonly suggestions: SuggestionStore },
  documentIds: readonly string[],
  recording: { by: string; at: string },
  onProgress?: (done: number, total: number) => void,
): Promise<Result<AddedSuggestions>> {
  const index = indexRecord(await stores.record.readDataset());
  const gazetteer = buildGazetteer(index);
  const all: NewSuggestion[] = [];
  for (const [i, id] of documentIds.entries()) {
    const doc = await stores.documents.get(id);
    if (doc) all.push(...suggestFromDocument(index, gazetteer, doc, recording));
    onProgress?.(i + 1, documentIds.length);
  }
  return stores.suggestions.addMany(all);
}
