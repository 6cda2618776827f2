import type { Dataset } from '../domain/dataset.js';
import { type DomainError, domainError } from '../domain/result.js';
import { type KnownIds, findEventReferenceError, findUnknownSource } from './reference-check.js';
import type { StoreDb } from './store-schema.js';

/**
 * The first reference in a dataset to something neither it nor the store holds, or a correction
 * that cannot stand; records already stored are skipped (a reload must not trip over itself).
 * Call it after the dataset's states, treaties, groups and sources are inserted.
 */
export async function checkDatasetReferences(trx: StoreDb, dataset: Dataset): Promise<DomainError | undefined> {
  const [states, treaties, groups, sources, events] = await Promise.all([
    trx.selectFrom('states').select('iso3 as id').execute(),
    trx.selectFrom('treaties').select('id').execute(),
    trx.selectFrom('groups').select('id').execute(),
    trx.selectFrom('sources').select('id').execute(),
    trx.selectFrom('events').select(['id', 'supersedes']).execute(),
  ]);
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
  const known: KnownIds = { states: ids(states), treaties: ids(treaties), sources: ids(sources) };
  const groupIds = ids(groups);

  for (const [i, t] of dataset.treaties.entries()) {
    const p = `treaties[${i}]`;
    const found =
      findUnknownSource(t.sources, known.sources, `${p}.sources`) ??
      findUnknownSource(t.adopted.sources, known.sources, `${p}.adopted.sources`) ??
      findUnknownSource(t.openedForSignature?.sources ?? [], known.sources, `${p}.openedForSignature.sources`) ??
      findUnknownSource(t.entryIntoForce?.sources ?? [], known.sources, `${p}.entryIntoForce.sources`);
    if (found) return found;
  }
  for (const [i, m] of dataset.memberships.entries()) {
    const p = `memberships[${i}]`;
    if (!groupIds.has(m.groupId)) return domainError('unknown_group', `no group has the id "${m.groupId}": add the group to the dataset`, `${p}.groupId`);
    if (!known.states.has(m.iso3)) return domainError('unknown_state', `no state has the code "${m.iso3}": add the state to the dataset`, `${p}.iso3`);
    const found = findUnknownSource(m.sources, known.sources, `${p}.sources`);
    if (found) return found;
  }
  return checkEvents(dataset, known, events);
}

function checkEvents(dataset: Dataset, known: KnownIds, stored: readonly { id: string; supersedes: string | null }[]): DomainError | undefined {
  const storedIds = new Set(stored.map((e) => e.id));
  const seen = new Set(storedIds);
  const correctedBy = new Map<string, string>();
  for (const e of stored) if (e.supersedes !== null) correctedBy.set(e.supersedes, e.id);
  for (const [i, e] of dataset.events.entries()) {
    const p = `events[${i}].`;
    if (storedIds.has(e.id)) continue;
    const found = findEventReferenceError(e, known, p);
    if (found) return found;
    if (e.supersedes !== undefined) {
      if (!seen.has(e.supersedes)) {
        return domainError('unknown_event', `corrects "${e.supersedes}", which is neither stored nor earlier in the dataset: fix the id or move the correction after its target`, `${p}supersedes`);
      }
      const by = correctedBy.get(e.supersedes);
      if (by !== undefined) return domainError('already_superseded', `"${e.supersedes}" is already corrected by "${by}": supersede "${by}" instead`, `${p}supersedes`);
      correctedBy.set(e.supersedes, e.id);
    }
    seen.add(e.id);
  }
  return undefined;
}
