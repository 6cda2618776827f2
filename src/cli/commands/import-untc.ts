import { readFileSync } from 'node:fs';
import type { UntcImport } from '../../ingest/untc/import-untc.js';
import { FIXABLE } from '../../ingest/untc/untc-diff-types.js';
import { describeDifference } from '../../ingest/untc/untc-suggestions.js';
import { CliError, orFail } from '../cli-error.js';
import { type Format, out, printJson } from '../output.js';
import { recorder } from './add-event.js';
import { withIngestStores } from './ingest.js';
import { wrap } from './search.js';
import { inCwd } from '../io.js';

const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** `treatywatch import-untc <page.html>`: the depositary's status page against the record, each difference queued as a suggestion. */
export async function importUntcCommand(file: string, opts: { readonly by?: string; readonly format: Format }): Promise<void> {
  const html = readPage(file);
  const { importUntcPage } = await import('../../ingest/untc/import-untc.js');
  const result = await withIngestStores(async ({ record, suggestions }) => orFail(await importUntcPage({ record, suggestions }, html, { by: recorder(opts.by), at: new Date().toISOString() })));
  if (opts.format === 'json') printJson(asJson(result));
  else print(result);
}

function readPage(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(inCwd(file));
  } catch (e) {
    throw new CliError('unreadable_file', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, 'file');
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new CliError('file_too_large', `${file} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB: is it a status page?`, 'file');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) throw new CliError('invalid_encoding', `${file} is not valid UTF-8: save the page as UTF-8 (the UN Treaty Collection serves it so)`, 'file');
  return text;
}

function print({ page, diff, suggestions }: UntcImport): void {
  out(wrap(`${page.reference}  ${page.title}`, 78).join('\n'));
  out(`${wrap(`Status as at ${page.statusAsAt}: ${page.participants.length} participants read, compared with the record of ${diff.treatyId}.`, 78).join('\n')}\n`);
  out(`${`Counts on ${page.statusAsAt}`.padEnd(24)}  page   ours`);
  for (const [label, c] of [['Signatories', diff.counts.signatories], ['Parties', diff.counts.parties]] as const) {
    if (!c) continue; // the page gives no number of signatories
    out(`  ${label.padEnd(22)}  ${String(c.page).padStart(4)}  ${String(c.ours).padStart(5)}  ${c.page === c.ours ? 'agree' : 'DIFFER'}`);
  }
  out(wrap(`(ours: ${diff.counts.signatories ? `signatories = ${diff.counts.signatories.convention}; ` : ''}parties = ${diff.counts.parties.convention})`, 76).map((l) => `  ${l}`).join('\n'));
  const fixes = diff.differences.filter((d) => FIXABLE.includes(d.kind));
  const findings = diff.differences.filter((d) => !FIXABLE.includes(d.kind));
  out('');
  if (diff.differences.length === 0) out('No differences: the record agrees with the page, entry by entry and note by note.');
  if (fixes.length > 0) {
    out(`Differences (${fixes.length}), queued for review:`);
    for (const s of [...suggestions.added, ...suggestions.known]) {
      const state = s.status === 'pending' ? `suggestion ${s.id}` : `suggestion ${s.id}, ${s.status}${s.review?.reason ? `: ${s.review.reason}` : ''}`;
      out(wrap(`- ${s.summary} [${state}]${s.duplicateOf ? ` (recorded already as ${s.duplicateOf})` : ''}`, 76).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)).join('\n'));
    }
  }
  if (findings.length > 0) {
    out(`Findings to check (${findings.length}):`);
    for (const d of findings) out(wrap(`- ${describeDifference(d)}`, 76).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)).join('\n'));
  }
  for (const i of diff.ignored) out(`(${i.entries} ${i.action.replace(/_/g, ' ')} entries left out: the record does not hold that kind of action)`);
  if (suggestions.added.length > 0) out(`\n${suggestions.added.length} new suggestion(s): treatywatch suggestions, then accept or reject each.`);
  else if (suggestions.known.length > 0) out('\nNo new suggestions: each difference was queued by an earlier import (reviewed ones stay as reviewed).');
}

function asJson({ page, diff, suggestions }: UntcImport): unknown {
  return {
    page: { reference: page.reference, title: page.title, status_as_at: page.statusAsAt, counts: page.counts, participants: page.participants.length, columns: page.columns },
    treaty: diff.treatyId,
    counts: diff.counts,
    differences: diff.differences.map((d) => ({ ...d, fixable: FIXABLE.includes(d.kind), description: describeDifference(d) })),
    ignored: diff.ignored,
    suggestions: { added: suggestions.added.map((s) => s.id), known: suggestions.known.map((s) => ({ id: s.id, status: s.status })) },
  };
}
