import { rangeOf } from '../calendar-date.js';
import type { RecordIndex } from '../record-index.js';
import { type CitedSource, cited } from './cited.js';
import type { Engagement, Party } from './engagement.js';
import { dateLabel, byFactDate } from './fact-date.js';
import { holderOn } from './office-holders.js';
import type { PeopleRecord } from './people-record.js';

/** A party in words: a person (and for whom), or a post with whoever held it that day. */
export function partyLabel(people: PeopleRecord, party: Party, on: string): string {
  const org = party.organizationId === undefined ? undefined : people.organizations.get(party.organizationId)?.name;
  if (party.personId !== undefined) {
    const name = people.persons.get(party.personId)?.name ?? party.personId;
    return org ? `${name} (${org})` : name;
  }
  if (party.postId !== undefined) {
    const h = holderOn(people, party.postId, on);
    const label = h?.post.label ?? party.postId;
    if (!h?.person) return label;
    return `${label} (${h.person.name}${h.certainty === 'last_seen' ? `, last seen in post ${h.lastSeen ?? ''}` : ''})`;
  }
  return org ?? '?';
}

/** A campaign-log entry with its parties resolved on its date. */
export interface EngagementView {
  readonly id: string;
  readonly date: string;
  readonly kinds: readonly string[];
  readonly status: string;
  readonly iso3?: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly place?: string;
  readonly summary: string;
  readonly followUps: readonly { readonly date: string; readonly text: string; readonly sources: readonly CitedSource[] }[];
  readonly replies: readonly { readonly date: string; readonly text: string; readonly sources: readonly CitedSource[] }[];
  readonly documents: readonly CitedSource[];
  readonly sources: readonly CitedSource[];
}

/** The campaign log, oldest first; optionally one state's entries only. */
export function engagementsView(index: RecordIndex, people: PeopleRecord, filter: { readonly iso3?: string } = {}): EngagementView[] {
  return [...people.data.engagements]
    .filter((e) => filter.iso3 === undefined || e.iso3 === filter.iso3)
    .sort(byFactDate)
    .map((e) => engagementView(index, people, e));
}

/** One entry, resolved. */
export function engagementView(index: RecordIndex, people: PeopleRecord, e: Engagement): EngagementView {
  const on = rangeOf(e.date).latest;
  const names = (list: readonly Party[]): string[] => list.map((p) => partyLabel(people, p, on));
  const follow = (list: Engagement['followUps']) => list.map((f) => ({ date: dateLabel(f.date), text: f.text, sources: cited(index, people, f.sources) }));
  return {
    id: e.id,
    date: dateLabel(e.date),
    kinds: e.kinds,
    status: e.status,
    ...(e.iso3 ? { iso3: e.iso3 } : {}),
    from: names(e.from),
    to: names(e.to),
    cc: names(e.cc),
    ...(e.place ? { place: e.place } : {}),
    summary: e.summary,
    followUps: follow(e.followUps),
    replies: follow(e.replies),
    documents: cited(index, people, e.documents),
    sources: cited(index, people, e.sources),
  };
}
