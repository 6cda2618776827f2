import { shippedDataset, storeEnv } from '../context.js';
import { openStore } from '../../store/open-store.js';
import { type Format, out, printJson } from '../output.js';

/** `treatywatch init`: creates the schema and loads the shipped dataset (idempotent, one transaction). */
export async function initCommand(opts: { readonly format: Format }): Promise<void> {
  const dataset = await shippedDataset();
  const store = await openStore(storeEnv());
  try {
    const report = await store.loadDataset(dataset);
    const people = await (await import('./people-context.js')).loadShippedPeople(store, dataset);
    if (opts.format === 'json') printJson({ loaded: report, people });
    else out(`treatywatch: dataset loaded — new: ${report.states} states, ${report.treaties} treaties, ${report.sources} sources, ${report.events} events, ${report.memberships} group memberships`);
    if (opts.format !== 'json') out(`treatywatch: campaign workspace loaded — new: ${people.persons} people, ${people.posts} posts, ${people.statements} statements, ${people.votes} votes, ${people.engagements} engagements, ${people.casualtyFigures} casualty figures`);
  } finally {
    await store.close();
  }
}
