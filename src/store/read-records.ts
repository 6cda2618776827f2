import type { Dataset } from '../domain/dataset.js';
import type { TreatyEvent } from '../domain/event.js';
import type { Citation } from '../domain/source.js';
import { rowToCitation, rowToEvent } from './event-rows.js';
import { rowToGroup, rowToMembership, rowToSource, rowToState, rowToTreaty } from './record-rows.js';
import type { StoreDb } from './store-schema.js';
import type { EventFilter } from './treaty-store.js';

/** The ids of the events a filter selects, as a subquery (so the filter is written once for events and citations). */
function matchingIds(db: StoreDb, filter: EventFilter) {
  let q = db.selectFrom('events as e').select('e.id');
  if (filter.iso3 !== undefined) q = q.where('e.iso3', '=', filter.iso3);
  if (filter.treatyId === null) q = q.where('e.treaty_id', 'is', null);
  else if (filter.treatyId !== undefined) q = q.where('e.treaty_id', '=', filter.treatyId);
  if (filter.kind !== undefined) q = q.where('e.kind', '=', filter.kind);
  if (filter.standingOnly === true) {
    q = q.where((eb) =>
      eb.not(eb.exists(eb.selectFrom('events as s').select('s.id').whereRef('s.supersedes', '=', 'e.id'))),
    );
  }
  return q;
}

/** The events a filter selects with their citations, in recording order. */
export async function readEvents(db: StoreDb, filter: EventFilter = {}): Promise<TreatyEvent[]> {
  // No filter (the whole record, read on every CLI run): no subquery, which would only match every
  // id against the table itself (a third of the read on SQLite). A citation's event always exists (foreign key).
  const all = filter.iso3 === undefined && filter.treatyId === undefined && filter.kind === undefined && filter.standingOnly !== true;
  let events = db.selectFrom('events').selectAll();
  if (!all) events = events.where('id', 'in', matchingIds(db, filter));
  const rows = await events.orderBy('seq').execute();
  if (rows.length === 0) return [];
  let cited = db.selectFrom('event_citations').select(['event_id', 'source_id', 'quote']);
  if (!all) cited = cited.where('event_id', 'in', matchingIds(db, filter));
  const citations = await cited.orderBy('event_id').orderBy('position').execute();
  const byEvent = new Map<string, Citation[]>();
  for (const c of citations) {
    const list = byEvent.get(c.event_id) ?? [];
    list.push(rowToCitation(c));
    byEvent.set(c.event_id, list);
  }
  return rows.map((r) => rowToEvent(r, byEvent.get(r.id) ?? []));
}

/** One event by id, or undefined. */
export async function readEvent(db: StoreDb, id: string): Promise<TreatyEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const citations = await db
    .selectFrom('event_citations')
    .select(['source_id', 'quote'])
    .where('event_id', '=', id)
    .orderBy('position')
    .execute();
  return rowToEvent(row, citations.map(rowToCitation));
}

/** The whole record, each table in recording order; run it in one snapshot so the parts agree. */
export async function readDataset(db: StoreDb): Promise<Dataset> {
  const [treaties, states, aliases, groups, memberships, sources, events] = await Promise.all([
    db.selectFrom('treaties').selectAll().orderBy('seq').execute(),
    db.selectFrom('states').selectAll().orderBy('seq').execute(),
    db.selectFrom('state_aliases').selectAll().orderBy('iso3').orderBy('position').execute(),
    db.selectFrom('groups').selectAll().orderBy('seq').execute(),
    db.selectFrom('group_memberships').selectAll().orderBy('seq').execute(),
    db.selectFrom('sources').selectAll().orderBy('seq').execute(),
    readEvents(db),
  ]);
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliases) {
    const list = aliasesOf.get(a.iso3) ?? [];
    list.push(a.alias);
    aliasesOf.set(a.iso3, list);
  }
  return {
    treaties: treaties.map(rowToTreaty),
    states: states.map((s) => rowToState(s, aliasesOf.get(s.iso3) ?? [])),
    groups: groups.map(rowToGroup),
    memberships: memberships.map(rowToMembership),
    sources: sources.map(rowToSource),
    events,
  };
}
