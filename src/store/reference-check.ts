import type { TreatyEvent } from '../domain/event.js';
import { type DomainError, domainError } from '../domain/result.js';
import type { Citation } from '../domain/source.js';

/** The ids a record may refer to: what the store holds plus what arrives with it. */
export interface KnownIds {
  readonly states: ReadonlySet<string>;
  readonly treaties: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/** The first citation whose source is unknown, as an `unknown_source` error at `path[i].sourceId`. */
export function findUnknownSource(citations: readonly Citation[], sources: ReadonlySet<string>, path: string): DomainError | undefined {
  for (const [i, c] of citations.entries()) {
    if (!sources.has(c.sourceId)) {
      return domainError(
        'unknown_source',
        `no source has the id "${c.sourceId}": add the source (with its publisher, title and kind) or cite one that is stored`,
        `${path}[${i}].sourceId`,
      );
    }
  }
  return undefined;
}

/** The first reference of an event to a state, treaty or source that is not known; `prefix` is its path (e.g. `events[3].`). */
export function findEventReferenceError(e: TreatyEvent, known: KnownIds, prefix = ''): DomainError | undefined {
  if (!known.states.has(e.iso3)) {
    return domainError('unknown_state', `no state has the code "${e.iso3}": use an ISO 3166-1 alpha-3 code of a stored state, e.g. LTU`, `${prefix}iso3`);
  }
  if (e.treatyId !== null && !known.treaties.has(e.treatyId)) {
    return domainError('unknown_treaty', `no treaty has the id "${e.treatyId}": use a stored treaty id (e.g. apmbc), or null for an event of the state alone`, `${prefix}treatyId`);
  }
  return (
    findUnknownSource(e.sources, known.sources, `${prefix}sources`) ??
    (e.statedEffect === undefined ? undefined : findUnknownSource(e.statedEffect.sources, known.sources, `${prefix}statedEffect.sources`))
  );
}

/** Every source id an event cites, its stated effect included. */
export function citedSourceIds(e: TreatyEvent): string[] {
  return [...e.sources, ...(e.statedEffect?.sources ?? [])].map((c) => c.sourceId);
}
