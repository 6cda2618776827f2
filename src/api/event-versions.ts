import type { Dataset } from '../domain/dataset.js';
import type { TreatyEvent } from '../domain/event.js';

/** Which event supersedes which: supersedes-id → the correcting event. */
export function supersededByMap(events: readonly TreatyEvent[]): Map<string, TreatyEvent> {
  return new Map(events.filter((e) => e.supersedes !== undefined).map((e) => [e.supersedes ?? '', e]));
}

/** The newest version of an event: follows its corrections to the one that stands (itself when uncorrected). */
export function newestVersion(dataset: Dataset, id: string): TreatyEvent | undefined {
  const by = supersededByMap(dataset.events);
  let current = dataset.events.find((e) => e.id === id);
  // The store's UNIQUE(supersedes) keeps the chain a chain; the bound guards against a cycle anyway.
  for (let hops = 0; current && by.has(current.id) && hops < dataset.events.length; hops += 1) current = by.get(current.id);
  return current;
}
