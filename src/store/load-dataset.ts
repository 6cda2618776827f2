import type { Dataset } from '../domain/dataset.js';
import { citationRows, eventToRow } from './event-rows.js';
import { batches, reserveSeq } from './record-sequence.js';
import { groupToRow, membershipToRow, sourceToRow, stateAliasRows, stateToRow, treatyToRow } from './record-rows.js';
import { checkDatasetReferences } from './dataset-references.js';
import { findUnstorable } from './storable-value.js';
import { StoreError } from './store-error.js';
import type { StoreDb } from './store-schema.js';
import type { LoadReport } from './treaty-store.js';

/**
 * Loads a dataset insert-if-absent, all in one transaction: rows whose key is stored already are
 * left untouched (with their aliases and citations), so a second load reports zeros. Any error
 * rolls the whole load back.
 */
export async function loadDataset(db: StoreDb, dataset: Dataset): Promise<LoadReport> {
  const unstorable = findUnstorable(dataset, '');
  if (unstorable) throw new StoreError(unstorable);
  const total =
    dataset.states.length + dataset.treaties.length + dataset.groups.length +
    dataset.memberships.length + dataset.sources.length + dataset.events.length;
  return db.transaction().execute(async (trx) => {
    let seq = await reserveSeq(trx, Math.max(total, 1));
    const next = () => seq++;

    let states = 0;
    for (const batch of batches(dataset.states)) {
      const added = await trx.insertInto('states').values(batch.map((s) => stateToRow(s, next())))
        .onConflict((oc) => oc.column('iso3').doNothing()).returning('iso3').execute();
      const fresh = new Set(added.map((r) => r.iso3));
      const aliases = batch.filter((s) => fresh.has(s.iso3)).flatMap(stateAliasRows);
      for (const rows of batches(aliases)) await trx.insertInto('state_aliases').values(rows).execute();
      states += added.length;
    }
    const treaties = await insertAbsent(dataset.treaties.map((t) => treatyToRow(t, next())), (rows) =>
      trx.insertInto('treaties').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute());
    const groups = await insertAbsent(dataset.groups.map((g) => groupToRow(g, next())), (rows) =>
      trx.insertInto('groups').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute());
    const sources = await insertAbsent(dataset.sources.map((s) => sourceToRow(s, next())), (rows) =>
      trx.insertInto('sources').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute());

    // Referential checks run here, half way, so their errors name the record and path at fault
    // (the foreign keys would only say "constraint failed"); throwing rolls back what came before.
    const refused = await checkDatasetReferences(trx, dataset);
    if (refused) throw new StoreError(refused);

    const memberships = await insertAbsent(dataset.memberships.map((m) => membershipToRow(m, next())), (rows) =>
      trx.insertInto('group_memberships').values(rows)
        .onConflict((oc) => oc.columns(['group_id', 'iso3', 'joined_on']).doNothing()).returning('iso3').execute());

    let events = 0;
    for (const batch of batches(dataset.events)) {
      const added = await trx.insertInto('events').values(batch.map((e) => eventToRow(e, next())))
        .onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
      const fresh = new Set(added.map((r) => r.id));
      const citations = batch.filter((e) => fresh.has(e.id)).flatMap(citationRows);
      for (const rows of batches(citations)) await trx.insertInto('event_citations').values(rows).execute();
      events += added.length;
    }
    return { states, treaties, groups, sources, events, memberships };
  });
}

/** Inserts rows in batches with `insert` (which skips conflicts) and counts those actually added. */
async function insertAbsent<R>(rows: readonly R[], insert: (batch: R[]) => Promise<readonly unknown[]>): Promise<number> {
  let added = 0;
  for (const batch of batches(rows)) added += (await insert(batch)).length;
  return added;
}

