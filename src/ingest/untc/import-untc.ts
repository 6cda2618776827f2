import { type RecordIndex, indexRecord } from '../../domain/record-index.js';
import { type Result, ok } from '../../domain/result.js';
import type { AddedSuggestions, NewSuggestion, SuggestionStore } from '../../store/suggestion-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { duplicateOf } from '../suggestion-duplicates.js';
import { EventProposalSchema } from '../proposal.js';
import { parseUntcPage } from './parse-untc-page.js';
import type { UntcDiff } from './untc-diff-types.js';
import { diffUntcPage } from './untc-diff.js';
import type { UntcPage } from './untc-page.js';
import { type PageSource, untcSuggestions } from './untc-suggestions.js';

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
  const plan = planUntcImport(indexRecord(await stores.record.readDataset()), html);
  if (!plan.ok) return plan;
  const added = await stores.suggestions.addMany(plan.value.suggestions(recording));
  if (!added.ok) return added;
  return ok({ page: plan.value.page, diff: plan.value.diff, suggestions: added.value });
}

/** An import read and compared, nothing written yet: the suggestions are made once the page's source (and document) are known. */
export interface UntcImportPlan {
  readonly page: UntcPage;
  readonly diff: UntcDiff;
  suggestions(recording: { by: string; at: string }, cite?: PageSource, documentId?: string): NewSuggestion[];
}

/** Reads a status page and compares it with the record, writing nothing: refused (`not_untc_page`, `untc_layout_changed`, …) or a plan. */
export function planUntcImport(index: RecordIndex, html: string): Result<UntcImportPlan> {
  const page = parseUntcPage(html);
  if (!page.ok) return page;
  const diff = diffUntcPage(index, page.value);
  if (!diff.ok) return diff;
  const read = page.value;
  const compared = diff.value;
  return ok({
    page: read,
    diff: compared,
    suggestions: (recording, cite, documentId) => untcSuggestions(index, read, compared, recording, cite, documentId).map((s) => {
      const p = EventProposalSchema.safeParse(s.proposal);
      const dup = p.success ? duplicateOf(index, p.data) : undefined;
      return dup === undefined ? s : { ...s, duplicateOf: dup };
    }),
  });
}
