import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocumentMeta } from '../../ingest/document-meta.js';
import { type IngestItem, type IngestReport, ingestDocuments } from '../../ingest/ingest-documents.js';
import { formatOfName } from '../../ingest/read-document.js';
import type { DocumentStore } from '../../store/document-store.js';
import { openDocumentStore } from '../../store/kysely-document-store.js';
import { KyselyStore } from '../../store/kysely-store.js';
import { openSuggestionStore } from '../../store/kysely-suggestion-store.js';
import type { SuggestionStore } from '../../store/suggestion-store.js';
import type { TreatyStore } from '../../store/treaty-store.js';
import { CliError, EXIT, orFail } from '../cli-error.js';
import { withStore } from '../context.js';
import { type Format, out, printJson, renderTable } from '../output.js';
import { recorder } from './add-event.js';
import { inCwd, io } from '../io.js';

/** The stores the ingest commands use, all on the one database the environment names. */
export interface IngestStores {
  readonly record: TreatyStore;
  readonly documents: DocumentStore;
  readonly suggestions: SuggestionStore;
}

/** Opens the store (loading the shipped dataset on first use) with the document library and the review queue on it. */
export function withIngestStores<T>(fn: (stores: IngestStores) => Promise<T>): Promise<T> {
  return withStore((record) => {
    if (!(record instanceof KyselyStore)) throw new CliError('unsupported_store', 'documents need the SQL store', undefined, EXIT.internal);
    return fn({ record, documents: openDocumentStore(record), suggestions: openSuggestionStore(record) });
  });
}

/** Options of `ingest`. */
export interface IngestCommandOptions {
  readonly publisher?: string;
  readonly date?: string;
  readonly url?: string;
  readonly kind?: string;
  readonly title?: string;
  readonly skipInvalid?: boolean;
  readonly by?: string;
  readonly format: Format;
}

/** `treatywatch ingest <file|dir>…`: stores texts (plain, Markdown, HTML), de-duplicated, searchable. */
export async function ingestCommand(paths: readonly string[], opts: IngestCommandOptions): Promise<void> {
  const meta = orFail(parseDocumentMeta(opts));
  const { items, skipped } = collect(paths);
  if (items.length === 0) throw new CliError('no_documents', `no text, Markdown or HTML files in ${paths.join(', ')}${skipped.length ? ` (skipped: ${skipped.slice(0, 5).join(', ')})` : ''}`, 'path');
  if (items.length > 1 && (opts.url !== undefined || opts.title !== undefined)) {
    throw new CliError('invalid_input', '--url and --title describe one document: give them with a single file', opts.url !== undefined ? 'url' : 'title');
  }
  for (const s of skipped) io().stderr.write(`treatywatch: skipped ${s} (not a .txt, .md or .html file)\n`);
  const recording = { by: recorder(opts.by), at: new Date().toISOString() };
  const { report, queued } = await withIngestStores(async (stores) => {
    // One bar, two halves: storing the files, then reading the events they report.
    const bar = await progressBar(items.length * 2);
    try {
      const { readDateline } = await import('../../ingest/dateline.js');
      const done = orFail(await ingestDocuments(stores.documents, items, meta, { ...recording, dateline: readDateline }, {
        skipInvalid: opts.skipInvalid === true,
        onProgress: (n, total) => bar?.update(Math.round((n / total) * items.length), { phase: 'storing' }),
      }));
      if (!done.written) return { report: done, queued: 0 };
      // Documents stored twice are read again too: only suggestions missing for them are added.
      const { queueSuggestions } = await import('../../ingest/suggest/queue-suggestions.js');
      const ids = [...done.added, ...done.duplicates].map((d) => d.document.id);
      const added = orFail(await queueSuggestions(stores, ids, recording, (n, total) => bar?.update(items.length + Math.round((n / total) * items.length), { phase: 'reading events' })));
      return { report: done, queued: added.added.length };
    } finally {
      bar?.stop();
    }
  });
  const only = items.length === 1 ? report.refused[0]?.error : undefined;
  if (only) throw new CliError(only.code, only.message, only.field);
  print(report, queued, opts.format);
  if (!report.written) {
    const first = report.refused[0]?.error;
    const code = report.refused.length === 1 && first ? first.code : 'invalid_documents';
    throw new CliError(code, `${report.refused.length} of ${items.length} file(s) cannot be stored (listed above), so nothing was stored: fix them, or pass --skip-invalid to store the rest`, 'file');
  }
}

/** Files named, and the .txt/.md/.html files under directories named (hidden ones left out). */
function collect(paths: readonly string[]): { items: IngestItem[]; skipped: string[] } {
  const items: IngestItem[] = [];
  const skipped: string[] = [];
  const read = (file: string, name: string) => {
    try {
      items.push({ name, bytes: readFileSync(inCwd(file)) });
    } catch (e) {
      throw new CliError('unreadable_file', `cannot read ${file}: ${(e as Error).message}`, 'path');
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(inCwd(path)).isDirectory();
    } catch (e) {
      throw new CliError('unreadable_file', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`, 'path');
    }
    if (!isDir) {
      read(path, path);
      continue;
    }
    for (const file of walk(path)) {
      if (formatOfName(file) === undefined) skipped.push(file);
      else read(file, file);
    }
  }
  return { items, skipped };
}

function walk(dir: string): string[] {
  return readdirSync(inCwd(dir), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** A progress bar on stderr for many files, when stderr is a terminal (never on stdout: that is for results). */
async function progressBar(total: number): Promise<{ update(n: number, payload: { phase: string }): void; stop(): void } | undefined> {
  const stream = io().stderr.stream;
  if (total < 4 || !io().stderr.isTTY || stream === undefined) return undefined;
  // cli-progress is CommonJS: its exports arrive as the default export in ES modules (and in the bundle).
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ stream, format: 'ingesting [{bar}] {percentage}% {phase}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { phase: 'storing' });
  return bar;
}

function print(report: IngestReport, queued: number, format: Format): void {
  if (format === 'json') {
    printJson({
      added: report.added.map((a) => ({ file: a.name, ...a.document })),
      duplicates: report.duplicates.map((d) => ({ file: d.name, duplicate_of: d.document.id, title: d.document.title })),
      refused: report.refused.map((r) => ({ file: r.name, code: r.error.code, message: r.error.message })),
      written: report.written,
      suggestions_queued: queued,
    });
    return;
  }
  for (const r of report.refused) io().stderr.write(`treatywatch: refused ${r.name}: [${r.error.code}] ${r.error.message}\n`);
  if (!report.written) return;
  const rows = [
    ...report.added.map((a) => ({ what: 'added', ...a })),
    ...report.duplicates.map((d) => ({ what: 'duplicate', ...d })),
  ];
  if (rows.length > 0) {
    out(renderTable(rows, [
      { header: 'result', value: (r) => r.what },
      { header: 'document', value: (r) => r.document.id },
      { header: 'date', value: (r) => (r.document.published ? `${r.document.published}${r.document.dateOrigin === 'given' ? '' : ` (${r.document.dateOrigin ?? ''})`}` : 'undated') },
      { header: 'file', value: (r) => basename(r.name), flexible: true },
    ]));
  }
  const dup = report.duplicates.length;
  out(`\n${report.added.length} document(s) stored${dup ? `, ${dup} already stored (same text: nothing changed)` : ''}${report.refused.length ? `, ${report.refused.length} refused` : ''}.`);
  if (queued > 0) out(`${queued} suggested event(s) to review: treatywatch suggestions`);
  if (report.added.length > 0) out('Search them: treatywatch search "<words>"');
}
