import { writeFileSync } from 'node:fs';
import { eventLogCsv, eventLogJson } from '../../present/event-log.js';
import { CliError } from '../cli-error.js';
import { withStore } from '../context.js';
import { out } from '../output.js';
import { inCwd } from '../io.js';

/** `treatywatch export --format json|csv [--out FILE]`: the whole event log with its sources (JSON re-imports as a dataset). */
export async function exportCommand(opts: { readonly format: string; readonly out?: string }): Promise<void> {
  if (opts.format !== 'json' && opts.format !== 'csv') throw new CliError('invalid_format', `--format must be json or csv, not "${opts.format}"`, 'format');
  await withStore(async (store) => {
    const ds = await store.readDataset();
    const text = opts.format === 'json' ? eventLogJson(ds) : eventLogCsv(ds);
    if (opts.out) writeFileSync(inCwd(opts.out), text);
    else out(text);
  });
}
