import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importNotification } from '../../ingest/notification/import-notification.js';
import { CliError, orFail } from '../cli-error.js';
import { type Format, out, printJson } from '../output.js';
import { recorder } from './add-event.js';
import { withIngestStores } from './ingest.js';
import { wrap } from './search.js';

/** `treatywatch import-notification <file>`: a depositary notification's text stored as a document, and its event queued for review. */
export async function importNotificationCommand(file: string, opts: { readonly url?: string; readonly by?: string; readonly format: Format }): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === undefined ? 'invalid_encoding' : 'unreadable_file', code === undefined ? `${file} is not valid UTF-8: save the notice as text first` : `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, 'file');
  }
  const done = await withIngestStores(async (stores) => orFail(await importNotification(stores, text, { url: opts.url, name: basename(file) }, { by: recorder(opts.by), at: new Date().toISOString() })));
  const { notification: n, document, duplicate, suggestions } = done;
  const s = suggestions.added[0] ?? suggestions.known[0];
  if (opts.format === 'json') {
    printJson({ notification: n, document: { id: document.id, duplicate }, suggestion: s ? { id: s.id, status: s.status, new: suggestions.added.length > 0, summary: s.summary, duplicate_of: s.duplicateOf ?? null } : null });
    return;
  }
  out(wrap(`${n.symbol}: ${n.heading}`, 78).join('\n'));
  out(`  ${n.action} ${n.date}${n.effect ? `, effect ${n.effect}` : ''}${n.notificationDate ? `; notice dated ${n.notificationDate}` : ''}`);
  out(`  stored as ${document.id}${duplicate ? ' (the same text was stored before)' : ''}`);
  if (!s) return;
  const state = suggestions.added.length > 0 ? `queued as suggestion ${s.id}` : `queued before as suggestion ${s.id} (${s.status})`;
  out(wrap(`${state}${s.duplicateOf ? `; the record has it already as ${s.duplicateOf}` : ''}: treatywatch accept ${s.id} or reject ${s.id} --reason "…"`, 76).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)).join('\n'));
}
