import { indexRecord } from '../../domain/record-index.js';
import { type Result, ok } from '../../domain/result.js';
import type { AddedSuggestions, SuggestionStore } from '../../store/suggestion-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { duplicateOf } from '../suggestion-duplicates.js';
import { EventProposalSchema } from '../proposal.js';
import { parseUntcPage } from './parse-untc-page.js';
import type { UntcDiff } from './untc-diff-types.js';
import { diffUntcPage } from './untc-diff.js';
import type { UntcPage } from './untc-page.js';
import { untcSuggestions } from './untc-suggestions.js';

/** What an import found: the page, its differences from the record, and the suggestions queued (new, or known from before). */
export interface UntcImport {
  readonly page: UntcPage;
  readonly diff: UntcDiff;
  readonly suggestions: AddedSuggestions;
}

/**
 * Imports a depositary status page as a diff: reads it, compares it with the record, and queues
 * each proposed change as a suggestion for review. The record itself is never changed here. A
 * difference reviewed before (accepted or rejected) is not queued again.
 */
export async function importUntcPage(stores: { readonly record: TreatyStore; readonly suggestions: SuggestionStore }, html: string, recording: { by: string; at: string }): Promise<Result<UntcImport>> {
  const page = parseUntcPage(html);
  if (!page.ok) return page;
  const index = indexRecord(await stores.record.readDataset());
  const diff = diffUntcPage(index, page.value);
  if (!diff.ok) return diff;
  const proposed = untcSuggestions(index, page.value, diff.value, recording).map((s) => {
    const p = EventProposalSchema.safeParse(s.proposal);
    const dup = p.success ? duplicateOf(index, p.data) : undefined;
    return dup === undefined ? s : { ...s, duplicateOf: dup };
  });
  const added = await stores.suggestions.addMany(proposed);
  if (!added.ok) return added;
  return ok({ page: page.value, diff: diff.value, suggestions: added.value });
}
