import { addDays } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Citation } from '../domain/source.js';
import type { Status, StatusPeriod } from '../domain/status.js';
import { citationsOut } from './citations.js';

/** A Popolo link: where a fact comes from. */
export interface PopoloSource { readonly url?: string; readonly note: string }
/** A Popolo organization: a state, a treaty (its States Parties) or a group. */
export interface PopoloOrganization { readonly id: string; readonly name: string; readonly classification: string; readonly other_names?: readonly { name: string }[]; readonly identifiers?: readonly { scheme: string; identifier: string }[] }
/** A Popolo membership of one organization (a state) in another (a treaty, a group), with dates and sources. */
export interface PopoloMembership { readonly id: string; readonly label: string; readonly role: string; readonly member: { readonly type: 'organization'; readonly id: string }; readonly organization_id: string; readonly start_date: string; readonly end_date?: string; readonly sources: readonly PopoloSource[] }
/** Memberships as Popolo JSON (https://www.popoloproject.com/specs/membership.html). */
export interface PopoloExport { readonly organizations: readonly PopoloOrganization[]; readonly memberships: readonly PopoloMembership[]; readonly meta: Readonly<Record<string, string>> }

// Statuses grouped into the roles a membership can have; a run of periods in one role is one membership.
const ROLE: Readonly<Record<Status, string | undefined>> = { not_joined: undefined, signatory: 'signatory', deposited: 'instrument deposited, not yet in force', party: 'State Party', withdrawal_pending: 'State Party', suspension_notified: 'State Party', withdrawn: undefined };
const SLUG: Readonly<Record<string, string>> = { signatory: 'signatory', 'instrument deposited, not yet in force': 'deposited', 'State Party': 'party' };

/** States as members of treaties (signatory, deposited, State Party: one membership per run) and of groups, with dates and sources. */
export function popoloExport(index: RecordIndex, generatedOn: string): PopoloExport {
  const sources = (c: readonly Citation[]): PopoloSource[] => citationsOut(index, c).map((s) => ({ ...(s.url ? { url: s.url } : {}), note: [s.publisher, s.title, s.date].filter(Boolean).join(', ') || s.id }));
  const organizations: PopoloOrganization[] = [
    ...index.stateList.map((s) => ({ id: `state/${s.iso3}`, name: s.name, classification: 'state', identifiers: [{ scheme: 'ISO 3166-1 alpha-3', identifier: s.iso3 }, { scheme: 'ISO 3166-1 alpha-2', identifier: s.iso2 }] })),
    ...[...index.treaties.values()].map((t) => ({ id: `treaty/${t.id}`, name: t.fullName, classification: 'treaty', other_names: [t.shortName, ...t.aliases].map((name) => ({ name })) })),
    ...[...index.groups.values()].map((g) => ({ id: `group/${g.id}`, name: g.name, classification: 'group', other_names: g.aliases.map((name) => ({ name })) })),
  ];
  const memberships: PopoloMembership[] = [];
  for (const [treatyId, timelines] of index.timelines) {
    for (const t of timelines.values()) {
      const name = index.states.get(t.iso3)?.name ?? t.iso3;
      runs(t.periods).forEach(({ role, first, next }) => {
        const cited = [first, next].flatMap((p) => (p ? index.events.get(p.eventId)?.sources ?? [] : []));
        memberships.push({
          id: `${treatyId}/${t.iso3}/${SLUG[role] ?? 'member'}/${first.from}`, label: `${name}: ${role} of the ${index.treaties.get(treatyId)?.shortName ?? treatyId}`, role,
          member: { type: 'organization', id: `state/${t.iso3}` }, organization_id: `treaty/${treatyId}`,
          start_date: dateOf(first), ...(next ? { end_date: addDays(next.from, -1) } : {}), sources: sources(cited),
        });
      });
    }
  }
  for (const [groupId, list] of index.memberships) {
    for (const m of list) {
      memberships.push({
        id: `${groupId}/${m.iso3}/${m.joined}`, label: `${index.states.get(m.iso3)?.name ?? m.iso3}: member of ${index.groups.get(groupId)?.name ?? groupId}`, role: 'member',
        member: { type: 'organization', id: `state/${m.iso3}` }, organization_id: `group/${groupId}`, start_date: m.joined, ...(m.left ? { end_date: m.left } : {}), sources: sources(m.sources),
      });
    }
  }
  const meta = { generated_on: generatedOn, dates: 'start_date is the first day in the role, end_date the last; a date known only to the month or year is given as such' };
  return { organizations, memberships, meta };
}

/** Runs of consecutive periods with one role, each with the period that ends it. */
function runs(periods: readonly StatusPeriod[]): { role: string; first: StatusPeriod; next?: StatusPeriod }[] {
  const out: { role: string; first: StatusPeriod; next?: StatusPeriod }[] = [];
  periods.forEach((p, i) => {
    const role = ROLE[p.status];
    const before = periods[i - 1];
    if (role === undefined || (before && ROLE[before.status] === role)) return;
    const next = periods.slice(i + 1).find((q) => ROLE[q.status] !== role);
    out.push({ role, first: p, ...(next ? { next } : {}) });
  });
  return out;
}

// A label such as "2026" or "2008-12" is a Popolo (ISO 8601, truncated) date; "between …" is not.
function dateOf(p: StatusPeriod): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.fromLabel) ? p.fromLabel : p.from;
}
