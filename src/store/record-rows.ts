import type { Group, GroupMembership } from '../domain/group.js';
import type { Citation, Source, SourceKind } from '../domain/source.js';
import type { State } from '../domain/state.js';
import type { Treaty, UnverifiedMark } from '../domain/treaty.js';
import { fromJson, toJson, toJsonOrNull } from './json-column.js';
import type { GroupRow, MembershipRow, SourceRow, StateAliasRow, StateRow, TreatyRow } from './store-schema.js';

// Optional fields map to NULL and back to *absent* (never undefined), so a read deep-equals what was written.

/** A source as a row. */
export function sourceToRow(s: Source, seq: number): SourceRow {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    kind: s.kind,
    date: s.date ?? null,
    url: s.url ?? null,
    also_at: toJsonOrNull(s.alsoAt),
    quote: s.quote ?? null,
    notes: s.notes ?? null,
    retrieved: s.retrieved ?? null,
    seq,
  };
}

/** A row as a source. */
export function rowToSource(r: SourceRow): Source {
  return {
    id: r.id,
    publisher: r.publisher,
    title: r.title,
    kind: r.kind as SourceKind,
    ...(r.date !== null && { date: r.date }),
    ...(r.url !== null && { url: r.url }),
    ...(r.also_at !== null && { alsoAt: fromJson<string[]>(r.also_at) }),
    ...(r.quote !== null && { quote: r.quote }),
    ...(r.notes !== null && { notes: r.notes }),
    ...(r.retrieved !== null && { retrieved: r.retrieved }),
  };
}

/** A state as a row (its aliases go to stateAliasRows). */
export function stateToRow(s: State, seq: number): StateRow {
  return { iso3: s.iso3, iso2: s.iso2, name: s.name, official_name: s.officialName ?? null, seq };
}

/** A state's aliases as rows, keeping their order. */
export function stateAliasRows(s: State): StateAliasRow[] {
  return s.aliases.map((alias, position) => ({ iso3: s.iso3, position, alias }));
}

/** A row and its aliases (already in order) as a state. */
export function rowToState(r: StateRow, aliases: readonly string[]): State {
  return {
    iso3: r.iso3,
    iso2: r.iso2,
    name: r.name,
    ...(r.official_name !== null && { officialName: r.official_name }),
    aliases: [...aliases],
  };
}

/** A treaty as a row: names in columns, milestones and rules as JSON. */
export function treatyToRow(t: Treaty, seq: number): TreatyRow {
  return {
    id: t.id,
    short_name: t.shortName,
    full_name: t.fullName,
    depositary: t.depositary,
    untc_number: t.untcNumber ?? null,
    aliases: toJson(t.aliases),
    adopted: toJson(t.adopted),
    // The column is NOT NULL since 0001; JSON null says the instrument was never open for signature.
    opened_for_signature: toJson(t.openedForSignature ?? null),
    entry_into_force: toJson(t.entryIntoForce ?? null),
    rules: toJson(t.rules),
    sources: toJson(t.sources),
    seq,
    parent_treaty_id: t.parentTreatyId ?? null,
    unverified: toJsonOrNull(t.unverified),
  };
}

/** A row as a treaty. */
export function rowToTreaty(r: TreatyRow): Treaty {
  return {
    id: r.id,
    shortName: r.short_name,
    fullName: r.full_name,
    aliases: fromJson<string[]>(r.aliases),
    depositary: r.depositary,
    ...(r.untc_number !== null && { untcNumber: r.untc_number }),
    adopted: fromJson<Treaty['adopted']>(r.adopted),
    ...optionalJson<NonNullable<Treaty['openedForSignature']>>('openedForSignature', r.opened_for_signature),
    ...optionalJson<NonNullable<Treaty['entryIntoForce']>>('entryIntoForce', r.entry_into_force),
    ...(r.parent_treaty_id !== null && { parentTreatyId: r.parent_treaty_id }),
    ...(r.unverified !== null && { unverified: fromJson<(string | UnverifiedMark)[]>(r.unverified).map(markOf) }),
    rules: fromJson<Treaty['rules']>(r.rules),
    sources: fromJson<Citation[]>(r.sources),
  };
}

/** A stored mark; a database written before marks carried their reason holds a bare path. */
function markOf(m: string | UnverifiedMark): UnverifiedMark {
  return typeof m === 'string' ? { path: m, reason: 'no stored source confirms it (no reason recorded)' } : m;
}

/** A group as a row. */
export function groupToRow(g: Group, seq: number): GroupRow {
  return { id: g.id, name: g.name, aliases: toJson(g.aliases), seq };
}

/** A row as a group. */
export function rowToGroup(r: GroupRow): Group {
  return { id: r.id, name: r.name, aliases: fromJson<string[]>(r.aliases) };
}

/** A membership as a row. */
export function membershipToRow(m: GroupMembership, seq: number): MembershipRow {
  return {
    group_id: m.groupId,
    iso3: m.iso3,
    joined_on: m.joined,
    left_on: m.left ?? null,
    sources: toJson(m.sources),
    verified: m.verified ? 1 : 0,
    note: m.note ?? null,
    seq,
  };
}

/** A row as a membership. */
export function rowToMembership(r: MembershipRow): GroupMembership {
  return {
    groupId: r.group_id,
    iso3: r.iso3,
    joined: r.joined_on,
    ...(r.left_on !== null && { left: r.left_on }),
    sources: fromJson<Citation[]>(r.sources),
    verified: r.verified === 1,
    ...(r.note !== null && { note: r.note }),
  };
}

/** A JSON column that may hold null (an absent optional field): spread it to leave the field out. */
function optionalJson<T>(key: string, text: string): Record<string, T> {
  const value = fromJson<T | null>(text);
  return value === null ? {} : { [key]: value };
}
