import { shippedDataset } from '../context.js';
import { openStore } from '../../store/open-store.js';
import { type Format, out, printJson } from '../output.js';

/** `treatywatch init`: creates the schema and loads the shipped dataset (idempotent, one transaction). */
export async function initCommand(opts: { readonly format: Format }): Promise<void> {
  const dataset = await shippedDataset();
  const store = await openStore(process.env);
  try {
    const report = await store.loadDataset(dataset);
    if (opts.format === 'json') printJson({ loaded: report });
    else out(`treatywatch: dataset loaded — new: ${report.states} states, ${report.treaties} treaties, ${report.sources} sources, ${report.events} events, ${report.memberships} group memberships`);
  } finally {
    await store.close();
  }
}
