import { conflictSpans, type ConflictSpan } from './armed-conflict.js';
import { type Dataset, currentEvents } from './dataset.js';
import type { TreatyEvent } from './event.js';
import type { Group, GroupMembership } from './group.js';
import type { DomainError } from './result.js';
import type { Source } from './source.js';
import { type State, normaliseName } from './state.js';
import type { Timeline } from './status.js';
import { LazyTimelines } from './lazy-timelines.js';
import { type ObligationEvent, type ObligationRecord, type ObligationSource, EMPTY_OBLIGATIONS } from './monitor/obligation-event.js';
import { buildTimeline } from './timeline.js';
import type { Treaty } from './treaty.js';

/** The record, indexed once: states and treaties by every name, events by id, and each state's timeline per treaty. */
export interface RecordIndex {
  readonly dataset: Dataset;
  readonly treaties: ReadonlyMap<string, Treaty>;
  readonly states: ReadonlyMap<string, State>;
  /** Every state in name order. */
  readonly stateList: readonly State[];
  readonly groups: ReadonlyMap<string, Group>;
  readonly memberships: ReadonlyMap<string, readonly GroupMembership[]>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TreatyEvent>;
  /** The standing events (not superseded), per state. */
  readonly eventsByState: ReadonlyMap<string, readonly TreatyEvent[]>;
  readonly conflicts: ReadonlyMap<string, readonly ConflictSpan[]>;
  /** treatyId → iso3 → timeline (states that never acted have none). */
  readonly timelines: ReadonlyMap<string, ReadonlyMap<string, Timeline>>;
  /** Sequences the rules refuse, found while indexing (the shipped dataset has none); reading it builds every timeline. */
  readonly problems: readonly DomainError[];
  readonly stateNames: ReadonlyMap<string, string>;
  readonly treatyNames: ReadonlyMap<string, string>;
  readonly groupNames: ReadonlyMap<string, string>;
  /** The Monitor's obligation record (data/monitor/obligations.json), empty when not loaded. */
  readonly obligations: ObligationRecord;
  /** Its events per state, in file order. */
  readonly obligationEvents: ReadonlyMap<string, readonly ObligationEvent[]>;
  readonly obligationSources: ReadonlyMap<string, ObligationSource>;
}

/** Indexes a dataset (and the Monitor's obligation record, kept beside it): the one place timelines are built. */
export function indexRecord(dataset: Dataset, obligations: ObligationRecord = EMPTY_OBLIGATIONS): RecordIndex {
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const standing = currentEvents(dataset.events);
  const eventsByState = groupBy(standing, (e) => e.iso3);
  const conflicts = new Map([...eventsByState].map(([iso3, list]) => [iso3, conflictSpans(list)]));
  const byTreaty = groupBy(standing.filter((e) => e.treatyId !== null), (e) => e.treatyId ?? '');
  const timelines = new LazyTimelines(dataset.treaties, (treaty, problems) => {
    const perState = new Map<string, Timeline>();
    for (const [iso3, own] of groupBy(byTreaty.get(treaty.id) ?? [], (e) => e.iso3)) {
      const t = buildTimeline(treaty, iso3, own, conflicts.get(iso3) ?? []);
      if (t.ok) perState.set(iso3, t.value);
      else problems.push(t.error);
    }
    return perState;
  });
  return {
    dataset,
    treaties: new Map(dataset.treaties.map((t) => [t.id, t])),
    states: new Map(dataset.states.map((s) => [s.iso3, s])),
    stateList: [...dataset.states].sort((a, b) => ENGLISH.compare(a.name, b.name)),
    groups: new Map(dataset.groups.map((g) => [g.id, g])),
    memberships: groupBy(dataset.memberships, (m) => m.groupId),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    events,
    eventsByState,
    conflicts,
    timelines,
    get problems() {
      return timelines.allProblems();
    },
    stateNames: nameIndex(dataset.states.map((s) => [s.iso3, [s.iso3, s.iso2, s.name, ...(s.officialName ? [s.officialName] : []), ...s.aliases]])),
    treatyNames: nameIndex(dataset.treaties.map((t) => [t.id, [t.id, t.shortName, t.fullName, ...t.aliases]])),
    groupNames: nameIndex(dataset.groups.map((g) => [g.id, [g.id, g.name, ...g.aliases]])),
    obligations,
    obligationEvents: groupBy(obligations.events, (e) => e.iso3),
    obligationSources: new Map(obligations.sources.map((s) => [s.id, s])),
  };
}

// localeCompare(…, 'en') looks the collator up again on every call (a tenth of indexing in a cold run); one collator, the same order.
const ENGLISH = new Intl.Collator('en');

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function nameIndex(entries: readonly (readonly [string, readonly string[]])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, names] of entries) for (const n of names) out.set(normaliseName(n), id);
  return out;
}


/** The same index with the Monitor's obligation record attached; timelines already built are kept (getters copied, not called). */
export function withObligations(index: RecordIndex, obligations: ObligationRecord): RecordIndex {
  return Object.defineProperties({}, {
    ...Object.getOwnPropertyDescriptors(index),
    obligations: { value: obligations, enumerable: true },
    obligationEvents: { value: groupBy(obligations.events, (e) => e.iso3), enumerable: true },
    obligationSources: { value: new Map(obligations.sources.map((s) => [s.id, s])), enumerable: true },
  }) as RecordIndex;
}
