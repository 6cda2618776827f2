import { parsePartialDate } from '../../domain/calendar-date.js';
import { treatyHorizon } from '../../domain/horizon.js';
import { type RecordIndex, indexRecord } from '../../domain/record-index.js';
import { type DomainError, type Result, domainError, err, ok } from '../../domain/result.js';
import type { Source } from '../../domain/source.js';
import type { Treaty } from '../../domain/treaty.js';
import type { DocumentStore, DocumentSummary } from '../../store/document-store.js';
import type { AddedSuggestions, SuggestionStore } from '../../store/suggestion-store.js';
import type { SyncState, SyncStore } from '../../store/sync-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { ingestDocuments } from '../ingest-documents.js';
import { planUntcImport } from '../untc/import-untc.js';
import type { UntcDiff } from '../untc/untc-diff-types.js';
import type { UntcPage } from '../untc/untc-page.js';
import { type PageSource, UNTC_PUBLISHER, untcPageUrl } from '../untc/untc-suggestions.js';
import { type FetchOptions, type Validators, fetchPage } from './fetch-page.js';

/** The stores a sync reads and writes: the record (read; one source written), the documents, the review queue, the bookkeeping. */
export interface SyncStores {
  readonly record: TreatyStore;
  readonly documents: DocumentStore;
  readonly suggestions: SuggestionStore;
  readonly sync: SyncStore;
}

/** How to sync. */
export interface SyncOptions extends FetchOptions {
  /** The depositary's address (the UN Treaty Collection's unless a mirror is named). */
  readonly base: string;
  /** Fetch, read and compare, but write nothing. */
  readonly dryRun: boolean;
  readonly recording: { readonly by: string; readonly at: string };
  /** Told what is being done, for a progress line. */
  readonly onStage?: (treatyId: string, stage: 'fetching' | 'reading' | 'storing', detail?: string) => void;
}

/** Where a failure happened: the answer (network, HTTP), the page (not one, its layout changed), or the store. */
export type SyncStage = 'fetch' | 'page' | 'store';

/** What a sync did for one treaty. */
export type SyncOutcome =
  /** The depositary says the page has not changed since the last sync (304). */
  | { readonly kind: 'not_modified'; readonly treatyId: string; readonly url: string; readonly horizon?: string }
  /** The page was read and compared; with `advanced`, the record's horizon moved to its date. */
  | {
      readonly kind: 'imported';
      readonly treatyId: string;
      readonly url: string;
      readonly page: UntcPage;
      readonly diff: UntcDiff;
      /** Whether the page's date is after the treaty's horizon (the horizon moves, or would in a dry run). */
      readonly newer: boolean;
      readonly horizonBefore?: string;
      readonly horizonAfter?: string;
      readonly dryRun: boolean;
      /** The stored page, and whether the same text was stored before. */
      readonly document?: { readonly summary: DocumentSummary; readonly duplicate: boolean };
      readonly suggestions?: AddedSuggestions;
      /** The source the page's suggestions cite. */
      readonly source: PageSource;
    }
  /** Nothing was written for this treaty. */
  | { readonly kind: 'failed'; readonly treatyId: string; readonly url: string; readonly stage: SyncStage; readonly error: DomainError };

/** Syncs each treaty in turn (one failure does not stop the others). */
export async function syncTreaties(stores: SyncStores, treaties: readonly Treaty[], options: SyncOptions): Promise<SyncOutcome[]> {
  const out: SyncOutcome[] = [];
  for (const t of treaties) out.push(await syncTreaty(stores, t, options));
  return out;
}

/**
 * Fetches the treaty's status page (conditionally), stores it as a dated document, imports it as
 * suggestions (never an overwrite) and, when it is newer than the treaty's horizon and was read
 * cleanly, records it as a new depositary source so that the horizon moves to its date. Any failure
 * before that leaves the record, the queue and the bookkeeping as they were.
 */
export async function syncTreaty(stores: SyncStores, treaty: Treaty, options: SyncOptions): Promise<SyncOutcome> {
  const number = treaty.untcNumber;
  const url = number === undefined ? '' : untcPageUrl(number, options.base);
  const failed = (stage: SyncStage, error: DomainError): SyncOutcome => ({ kind: 'failed', treatyId: treaty.id, url, stage, error });
  if (number === undefined) return failed('page', domainError('no_depositary_page', `${treaty.id} has no UN Treaty Collection number: there is no status page to sync`, 'treaty'));
  const prior = await stores.sync.get(treaty.id);
  const validators: Validators = prior?.url === url ? { etag: prior.etag, lastModified: prior.lastModified } : {};
  options.onStage?.(treaty.id, 'fetching', url);
  const fetched = await fetchPage(url, validators, { ...options, onRetry: (n, e, wait) => {
    options.onRetry?.(n, e, wait);
    options.onStage?.(treaty.id, 'fetching', `retry ${n} in ${Math.round(wait / 100) / 10} s after ${e.code}`);
  } });
  if (!fetched.ok) return failed('fetch', fetched.error);
  let index = indexRecord(await stores.record.readDataset());
  const before = treatyHorizon(index, treaty.id)?.completeTo;
  const checkedAt = options.recording.at;
  if (fetched.value.status === 'not_modified') {
    if (!options.dryRun && prior) await stores.sync.save({ ...prior, ...definedValidators(fetched.value.validators), checkedAt });
    return { kind: 'not_modified', treatyId: treaty.id, url, ...(before ? { horizon: before } : {}) };
  }
  const { html, bytes, validators: got } = fetched.value;
  options.onStage?.(treaty.id, 'reading');
  const plan = planUntcImport(index, html);
  if (!plan.ok) return failed('page', plan.error);
  const { page, diff } = plan.value;
  if (page.reference !== number) {
    return failed('page', domainError('wrong_page', `${url} is the status page of chapter ${page.reference}, not of ${number} (${treaty.shortName}): nothing was imported`, 'page'));
  }
  const newer = before === undefined || page.statusAsAt > before;
  const written = newPageSource(page, fetched.value.url, options.recording.at);
  const source: PageSource = newer ? withoutRetrieved(written) : citedPage(index, treaty.id, page, fetched.value.url, options.recording.at);
  const common = { kind: 'imported', treatyId: treaty.id, url, page, diff, newer, dryRun: options.dryRun, source, ...(before ? { horizonBefore: before } : {}) } as const;
  if (options.dryRun) return { ...common, ...(newer ? { horizonAfter: page.statusAsAt } : before ? { horizonAfter: before } : {}) };

  options.onStage?.(treaty.id, 'storing');
  const meta = { kind: 'depositary', publisher: UNTC_PUBLISHER, title: source.title, url: fetched.value.url, ...dateOf(page.statusAsAt) } as const;
  const stored = await ingestDocuments(stores.documents, [{ name: `${number}-status-${page.statusAsAt}.html`, bytes }], meta, options.recording);
  if (!stored.ok) return failed('store', stored.error);
  const refused = stored.value.refused[0];
  if (refused) return failed('store', refused.error);
  const entry = stored.value.added[0] ?? stored.value.duplicates[0];
  if (!entry) return failed('store', domainError('not_stored', `the page of ${treaty.id} was not stored`, 'page'));
  const document = { summary: entry.document, duplicate: stored.value.added.length === 0 };
  const state: SyncState = {
    treatyId: treaty.id,
    url,
    ...definedValidators(got),
    statusAsAt: page.statusAsAt,
    documentId: entry.document.id,
    checkedAt,
    changedAt: document.duplicate && prior?.changedAt ? prior.changedAt : checkedAt,
  };
  if (newer) {
    const advanced = await stores.sync.advance(state, { ...written, notes: `status page fetched by treatywatch sync from ${fetched.value.url}; stored as document ${entry.document.id}` });
    if (!advanced.ok) return failed('store', advanced.error);
    index = indexRecord(await stores.record.readDataset());
  } else {
    await stores.sync.save(state);
  }
  const queued = await stores.suggestions.addMany(plan.value.suggestions(options.recording, source, entry.document.id));
  if (!queued.ok) return failed('store', queued.error);
  const after = treatyHorizon(index, treaty.id)?.completeTo;
  return { ...common, document, suggestions: queued.value, ...(after ? { horizonAfter: after } : {}) };
}

/** A newer page's own source: same address as the earlier ones, its own id and date (the horizon reads these). */
function newPageSource(page: UntcPage, url: string, at: string): Source & { readonly date: string; readonly url: string } {
  return {
    id: `untc-${page.reference.toLowerCase()}-${page.statusAsAt}`,
    publisher: UNTC_PUBLISHER,
    title: `Chapter ${page.reference}: ${page.title}, status as at ${page.statusAsAt}`,
    kind: 'depositary',
    date: page.statusAsAt,
    url,
    retrieved: at.slice(0, 10),
  };
}

/** A page no newer than the horizon cites the record's source of that date when there is one, else a source of its own (written once a suggestion is accepted). */
function citedPage(index: RecordIndex, treatyId: string, page: UntcPage, url: string, at: string): PageSource {
  const h = treatyHorizon(index, treatyId);
  const same = h && h.completeTo === page.statusAsAt ? index.sources.get(h.sourceId) : undefined;
  if (same) return { id: same.id, publisher: same.publisher, title: same.title, kind: same.kind, ...(same.date ? { date: same.date } : {}), ...(same.url ? { url: same.url } : {}) };
  return withoutRetrieved(newPageSource(page, url, at));
}

/** The page source as a suggestion carries it (the retrieval date stays with the stored source). */
function withoutRetrieved(s: Source & { readonly date: string; readonly url: string }): PageSource {
  return { id: s.id, publisher: s.publisher, title: s.title, kind: s.kind, date: s.date, url: s.url };
}

function dateOf(statusAsAt: string): { date?: ReturnType<typeof parsePartialDate> extends Result<infer D> ? D : never } {
  const d = parsePartialDate(statusAsAt);
  return d.ok ? { date: d.value } : {};
}

function definedValidators(v: Validators): { etag?: string; lastModified?: string } {
  return { ...(v.etag ? { etag: v.etag } : {}), ...(v.lastModified ? { lastModified: v.lastModified } : {}) };
}

/** Checks a depositary base address: http(s), no query. */
export function parseBase(text: string): Result<string> {
  const u = URL.canParse(text) ? new URL(text) : undefined;
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.search !== '' || u.hash !== '') {
    return err(domainError('invalid_input', `"${text.slice(0, 80)}" is not a base address such as https://treaties.un.org`, 'base-url'));
  }
  return ok(text.replace(/\/+$/, ''));
}
