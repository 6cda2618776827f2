import { resolveTreaty } from '../../domain/resolve.js';
import { indexRecord } from '../../domain/record-index.js';
import type { Treaty } from '../../domain/treaty.js';
import { type SyncOutcome, type SyncStores, parseBase, syncTreaties } from '../../ingest/sync/sync-treaty.js';
import { FIXABLE } from '../../ingest/untc/untc-diff-types.js';
import { describeDifference } from '../../ingest/untc/untc-suggestions.js';
import { MAX_DOCUMENT_BYTES } from '../../ingest/document-bytes.js';
import { openDocumentStore } from '../../store/kysely-document-store.js';
import { KyselyStore } from '../../store/kysely-store.js';
import { openSuggestionStore } from '../../store/kysely-suggestion-store.js';
import { openSyncStore } from '../../store/kysely-sync-store.js';
import { CliError, EXIT, orFail } from '../cli-error.js';
import { withStore } from '../context.js';
import { io } from '../io.js';
import { type Format, out, printJson } from '../output.js';
import { recorder } from './add-event.js';
import { wrap } from './search.js';

/** Options of `sync`. */
export interface SyncCommandOptions {
  readonly baseUrl?: string;
  readonly dryRun?: boolean;
  readonly timeout?: string;
  readonly retries?: string;
  readonly by?: string;
  readonly format: Format;
}

/** Where the status pages are read unless --base-url or TREATYWATCH_UNTC_BASE says otherwise. */
const DEFAULT_BASE = 'https://treaties.un.org';

/**
 * `treatywatch sync [treaty…]`: each treaty's depositary status page fetched, stored, imported as
 * suggestions; the horizon moved on a clean import of a newer page. Exit 0 also when nothing is new.
 */
export async function syncCommand(names: readonly string[], opts: SyncCommandOptions): Promise<void> {
  const outcomes = await runSync(names, opts, io().stderr.isTTY);
  if (opts.format === 'json') printJson({ dry_run: opts.dryRun === true, base: baseOf(opts), treaties: outcomes.map(asJson) });
  else print(outcomes, opts.dryRun === true);
  const refused = outcomes.filter((o) => o.kind === 'failed' && o.stage !== 'fetch');
  const unreachable = outcomes.filter((o) => o.kind === 'failed' && o.stage === 'fetch');
  const first = refused[0] ?? unreachable[0];
  if (first?.kind === 'failed') {
    const n = refused.length + unreachable.length;
    throw new CliError(first.error.code, `${n} of ${outcomes.length} treaties not synced (the record is unchanged for them); first: ${first.treatyId}: ${first.error.message}`, first.error.field, refused.length > 0 ? EXIT.pageRefused : EXIT.fetchFailed);
  }
}

/** Syncs the named treaties (all with a depositary page when none is named) on the store the environment names; flags checked first (bad ones throw as bad input). */
export async function runSync(names: readonly string[], opts: Omit<SyncCommandOptions, 'format'>, progress: boolean): Promise<SyncOutcome[]> {
  const base = baseOf(opts);
  const timeoutMs = seconds(opts.timeout ?? '30', 'timeout') * 1000;
  const retries = count(opts.retries ?? '2', 'retries');
  return withSyncStores(async (stores) => {
    const index = indexRecord(await stores.record.readDataset());
    const treaties: Treaty[] = names.length === 0 ? [...index.treaties.values()].filter((t) => t.untcNumber !== undefined) : names.map((n) => orFail(resolveTreaty(index, n)));
    const bar = progress ? await progressLine(treaties.length) : undefined;
    try {
      let done = 0;
      return await syncTreaties(stores, treaties, {
        base, dryRun: opts.dryRun === true, timeoutMs, retries, backoffMs: 1000, maxBytes: MAX_DOCUMENT_BYTES,
        recording: { by: recorder(opts.by), at: new Date().toISOString() },
        onStage: (treatyId, stage, detail) => {
          if (stage === 'fetching' && detail?.startsWith('retry') !== true) done += 1;
          bar?.update(done - 1, { treaty: treatyId, stage: detail?.startsWith('retry') ? detail : stage });
        },
      });
    } finally {
      bar?.stop();
    }
  });
}

/** One line per run for a log: what moved, what was not modified, what failed. */
export function syncSummary(outcomes: readonly SyncOutcome[]): string {
  const moved = outcomes.flatMap((o) => (o.kind === 'imported' && o.newer ? [`${o.treatyId} → ${o.page.statusAsAt}`] : []));
  const queued = outcomes.reduce((n, o) => n + (o.kind === 'imported' ? (o.suggestions?.added.length ?? 0) : 0), 0);
  const failed = outcomes.flatMap((o) => (o.kind === 'failed' ? [`${o.treatyId} [${o.error.code}]`] : []));
  const same = outcomes.length - moved.length - failed.length;
  return [`${outcomes.length} treaties`, moved.length ? `horizon moved: ${moved.join(', ')}` : 'no newer page', `${same} unchanged`, `${queued} new suggestion(s)`, ...(failed.length ? [`not synced: ${failed.join(', ')}`] : [])].join('; ');
}

function baseOf(opts: { readonly baseUrl?: string | undefined }): string {
  return orFail(parseBase(opts.baseUrl ?? io().env.TREATYWATCH_UNTC_BASE ?? DEFAULT_BASE));
}

async function withSyncStores<T>(fn: (stores: SyncStores) => Promise<T>): Promise<T> {
  return withStore((record) => {
    if (!(record instanceof KyselyStore)) throw new CliError('unsupported_store', 'sync needs the SQL store', undefined, EXIT.internal);
    return fn({ record, documents: openDocumentStore(record), suggestions: openSuggestionStore(record), sync: openSyncStore(record) });
  });
}

function seconds(text: string, field: string): number {
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || n <= 0 || n > 600) throw new CliError('invalid_input', `--${field} must be a number of seconds from 0.001 to 600, not "${text}"`, field);
  return n;
}

function count(text: string, field: string): number {
  if (!/^\d$/.test(text)) throw new CliError('invalid_input', `--${field} must be a whole number from 0 to 9, not "${text}"`, field);
  return Number(text);
}

/** One line on stderr while the pages come in, when stderr is a terminal (quiet otherwise: logs and scripts). */
async function progressLine(total: number): Promise<{ update(n: number, payload: { treaty: string; stage: string }): void; stop(): void } | undefined> {
  const stream = io().stderr.stream;
  if (!io().stderr.isTTY || stream === undefined) return undefined;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ stream, format: 'syncing [{bar}] {value}/{total} {treaty}: {stage}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { treaty: '', stage: 'starting' });
  return bar;
}

function print(outcomes: readonly SyncOutcome[], dryRun: boolean): void {
  if (dryRun) out('Dry run: nothing is written.\n');
  for (const o of outcomes) {
    const lines = describe(o);
    out(wrap(`${o.treatyId}: ${lines[0] ?? ''}`, 78).join('\n    '));
    for (const l of lines.slice(1)) out(wrap(l, 76).map((w, i) => (i === 0 ? `  ${w}` : `    ${w}`)).join('\n'));
  }
  const queued = outcomes.reduce((n, o) => n + (o.kind === 'imported' ? (o.suggestions?.added.length ?? 0) : 0), 0);
  if (queued > 0) out(`\n${queued} new suggestion(s) from the depositary: treatywatch suggestions --origin depositary, then accept or reject each.`);
}

function describe(o: SyncOutcome): string[] {
  switch (o.kind) {
    case 'not_modified':
      return [`not modified since the last sync (HTTP 304); the record is complete to ${o.horizon ?? 'an unknown date'}.`];
    case 'failed':
      return [`NOT SYNCED [${o.error.code}] ${o.error.message}`, 'Nothing was written for this treaty.'];
    case 'imported': {
      const fixes = o.diff.differences.filter((d) => FIXABLE.includes(d.kind)).length;
      const findings = o.diff.differences.length - fixes;
      const head = o.newer
        ? `status as at ${o.page.statusAsAt}, newer than the record (complete to ${o.horizonBefore ?? 'no date'}): ${o.dryRun ? 'the horizon would move' : 'the horizon moves'} to ${o.page.statusAsAt}.`
        : `status as at ${o.page.statusAsAt}, no newer than the record (complete to ${o.horizonBefore ?? 'no date'}): the horizon stays.`;
      const diffs = o.diff.differences.length === 0 ? 'The page agrees with the record.' : `${fixes} difference(s) ${o.dryRun ? 'would be queued' : 'queued'} for review${findings ? `, ${findings} finding(s) to check` : ''}.`;
      const stored = o.document ? `Stored as ${o.document.summary.id}${o.document.duplicate ? ' (the same text was stored before)' : ''}.` : '';
      const known = o.suggestions && o.suggestions.known.length > 0 ? `${o.suggestions.known.length} of them queued by an earlier import.` : '';
      return [head, [diffs, known, stored].filter(Boolean).join(' '), ...o.diff.differences.filter((d) => !FIXABLE.includes(d.kind)).slice(0, 5).map((d) => `- ${describeDifference(d)}`)];
    }
  }
}

function asJson(o: SyncOutcome): unknown {
  switch (o.kind) {
    case 'not_modified':
      return { treaty: o.treatyId, url: o.url, outcome: 'not_modified', horizon: o.horizon ?? null };
    case 'failed':
      return { treaty: o.treatyId, url: o.url, outcome: 'failed', stage: o.stage, error: o.error };
    case 'imported':
      return {
        treaty: o.treatyId, url: o.url, outcome: o.newer ? (o.dryRun ? 'would_advance' : 'advanced') : 'not_newer',
        status_as_at: o.page.statusAsAt, reference: o.page.reference, counts: o.page.counts,
        horizon: { before: o.horizonBefore ?? null, after: o.horizonAfter ?? null },
        source: o.source.id,
        document: o.document ? { id: o.document.summary.id, duplicate: o.document.duplicate } : null,
        differences: o.diff.differences.map((d) => ({ kind: d.kind, fixable: FIXABLE.includes(d.kind), description: describeDifference(d) })),
        suggestions: o.suggestions ? { added: o.suggestions.added.map((s) => s.id), known: o.suggestions.known.map((s) => ({ id: s.id, status: s.status })) } : null,
      };
  }
}
