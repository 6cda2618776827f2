import type { Kysely } from 'kysely';

// Row types as the database holds them. JSON columns are text in both engines (one code path);
// booleans are integers 0/1 for the same reason. `seq` orders rows as they were recorded.

/** A row of `sources`. */
export interface SourceRow {
  id: string;
  publisher: string;
  title: string;
  kind: string;
  date: string | null;
  url: string | null;
  also_at: string | null;
  quote: string | null;
  notes: string | null;
  retrieved: string | null;
  seq: number;
}

/** A row of `states`. */
export interface StateRow {
  iso3: string;
  iso2: string;
  name: string;
  official_name: string | null;
  seq: number;
}

/** A row of `state_aliases`: one alias, in the state's order. */
export interface StateAliasRow {
  iso3: string;
  position: number;
  alias: string;
}

/** A row of `treaties`: names as columns, milestones and rules as JSON text. */
export interface TreatyRow {
  id: string;
  short_name: string;
  full_name: string;
  depositary: string;
  untc_number: string | null;
  aliases: string;
  adopted: string;
  opened_for_signature: string;
  entry_into_force: string;
  rules: string;
  sources: string;
  seq: number;
  parent_treaty_id: string | null;
  /** JSON list of unverified marks ({ path, reason }; bare paths in older rows), or NULL. */
  unverified: string | null;
}

/** A row of `groups`. */
export interface GroupRow {
  id: string;
  name: string;
  aliases: string;
  seq: number;
}

/** A row of `group_memberships`. */
export interface MembershipRow {
  group_id: string;
  iso3: string;
  joined_on: string;
  left_on: string | null;
  sources: string;
  verified: number;
  note: string | null;
  seq: number;
}

/** A row of `events`, the append-only log. */
export interface EventRow {
  id: string;
  iso3: string;
  treaty_id: string | null;
  kind: string;
  date_value: string;
  date_precision: string;
  effective_from: string | null;
  stated_effect: string | null;
  details: string | null;
  verified: number;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
  supersedes: string | null;
  seq: number;
}

/** A row of `event_citations`: one citation, in the event's order. */
export interface CitationRow {
  event_id: string;
  position: number;
  source_id: string;
  quote: string | null;
}

/** A row of `store_sequence`: the counter that hands out `seq` values (and serialises writers). */
export interface SequenceRow {
  name: string;
  value: number;
}

/** The whole schema, for Kysely's typed queries. */
export interface StoreDatabase {
  sources: SourceRow;
  states: StateRow;
  state_aliases: StateAliasRow;
  treaties: TreatyRow;
  groups: GroupRow;
  group_memberships: MembershipRow;
  events: EventRow;
  event_citations: CitationRow;
  store_sequence: SequenceRow;
}

/** A Kysely instance (or transaction) over the store's schema. */
export type StoreDb = Kysely<StoreDatabase>;
