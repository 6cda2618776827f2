import type { IsoDate } from '../domain/calendar-date.js';
import type { TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { StatusPeriod, Timeline } from '../domain/status.js';
import type { Treaty } from '../domain/treaty.js';
import type { ChangeEntry, ChangeFilter } from './change-entry.js';
import { citationsOut } from './citations.js';
import { obligationChanges } from './obligation-changes.js';

export type { ChangeEntry, ChangeFilter } from './change-entry.js';

/**
 * The record's changes, newest first: every status change on the day it takes effect (deposits,
 * entries into force, withdrawals deposited and taking effect, suspension notices) up to `today`
 * — never one still to come — the recordings of events, one entry per batch recorded together, and
 * the Monitor record's obligations met and deadlines passed (present/obligation-changes.ts).
 */
export function changeLog(index: RecordIndex, today: IsoDate, now: string, filter: ChangeFilter = {}, limit = 100): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const treaty of index.treaties.values()) {
    if (filter.treatyId !== undefined && treaty.id !== filter.treatyId) continue;
    for (const timeline of index.timelines.get(treaty.id)?.values() ?? []) {
      if (filter.iso3 !== undefined && timeline.iso3 !== filter.iso3) continue;
      for (const p of timeline.periods) if (p.from <= today) out.push(statusEntry(index, treaty, timeline, p));
    }
  }
  out.push(...recordedEntries(index, now, filter));
  out.push(...obligationChanges(index, today, filter));
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id))).slice(0, limit);
}

function statusEntry(index: RecordIndex, treaty: Treaty, t: Timeline, p: StatusPeriod): ChangeEntry {
  const name = index.states.get(t.iso3)?.name ?? t.iso3;
  const event = index.events.get(p.eventId);
  const when = p.possiblyFrom === undefined ? p.fromLabel : `${p.fromLabel} (known only that closely; surely by ${p.from})`;
  const [title, summary] = describe(name, treaty, t, p, event, when);
  return {
    id: `urn:treatywatch:change:${encodeURIComponent(treaty.id)}:${t.iso3}:${p.cause}:${p.from}`,
    kind: 'status_change', at: `${p.from}T00:00:00.000Z`, title, summary: `${summary} Status from then: ${p.status.replace(/_/g, ' ')}.`,
    iso3: t.iso3, treatyId: treaty.id, author: event?.recordedBy ?? 'treatywatch', eventIds: [p.eventId], sources: citationsOut(index, event?.sources ?? []),
  };
}

function describe(name: string, treaty: Treaty, t: Timeline, p: StatusPeriod, event: TreatyEvent | undefined, when: string): [string, string] {
  const short = treaty.shortName;
  const rule = p.rule === undefined ? '' : ` under ${p.rule}`;
  switch (p.cause) {
    case 'signature':
      return [`${name} signs the ${short}`, `${name} signed the ${treaty.fullName} on ${when}.`];
    case 'deposit': {
      const eif = t.entryIntoForce;
      const then = eif && eif.fromEventId === p.eventId ? ` The treaty enters into force for it on ${eif.label} (${eif.rule}).` : '';
      return [`${name} deposits its instrument of ${event?.kind.replace(/_/g, ' ') ?? 'consent'} to the ${short}`, `Deposited with the depositary on ${when}.${then}`];
    }
    case 'entry_into_force':
      return [`The ${short} enters into force for ${name}`, `On ${when}${rule}, ${name} becomes a State Party.`];
    case 'withdrawal': {
      const effect = t.withdrawalEffect;
      const then = effect && effect.fromEventId === p.eventId ? ` It takes effect ${effect.date === null ? `at a date still open (${effect.label})` : `on ${effect.label}`} (${effect.rule})${effect.heldBack ? `: ${effect.heldBack}` : ''}.` : '';
      return [`${name} deposits an instrument of withdrawal from the ${short}`, `Deposited on ${when}; ${name} remains a State Party until the withdrawal takes effect.${then}`];
    }
    case 'withdrawal_effect':
      return [`${name}'s withdrawal from the ${short} takes effect`, `On ${when}${rule}, ${name} ceases to be a State Party.`];
    case 'suspension_notice':
      return [`${name} gives notice of "suspension" of the ${short}`, `Notice given on ${when}. The ${short} provides for no suspension: ${name} remains a State Party (disputed).`];
    case 'ratification_withdrawn':
      return [`${name} withdraws its instrument of ratification of the ${short}`, `Withdrawn on ${when}, before the treaty entered into force for ${name}.`];
    case 'intent_not_to_become_party':
      return [`${name} gives notice that it does not intend to become a party to the ${short}`, `Notice given on ${when}; its signature no longer binds it.`];
    default:
      return [`${name}: ${String(p.cause).replace(/_/g, ' ')} (${short})`, `On ${when}.`];
  }
}

function recordedEntries(index: RecordIndex, now: string, filter: ChangeFilter): ChangeEntry[] {
  const batches = new Map<string, TreatyEvent[]>();
  for (const e of index.dataset.events) {
    if ((filter.treatyId !== undefined && e.treatyId !== filter.treatyId) || (filter.iso3 !== undefined && e.iso3 !== filter.iso3)) continue;
    const time = Date.parse(e.recordedAt);
    if (Number.isNaN(time) || new Date(time).toISOString() > now) continue;
    const key = `${e.recordedAt}\u0000${e.recordedBy}`;
    batches.set(key, [...(batches.get(key) ?? []), e]);
  }
  return [...batches.values()].map((events): ChangeEntry => {
    const first = events[0] as TreatyEvent;
    const one = events.length === 1;
    const line = (e: TreatyEvent) => `${index.states.get(e.iso3)?.name ?? e.iso3}: ${e.kind.replace(/_/g, ' ')}${e.treatyId ? ` (${index.treaties.get(e.treatyId)?.shortName ?? e.treatyId})` : ''}, ${e.date.value}${e.supersedes ? `, correcting ${e.supersedes}` : ''}`;
    const title = one ? `${first.supersedes ? 'Corrected' : 'Recorded'}: ${line(first)}` : `${events.length} events recorded by ${first.recordedBy}`;
    const listed = events.slice(0, 20).map(line).join('; ');
    const summary = one ? `Recorded by ${first.recordedBy} at ${first.recordedAt} (event ${first.id}).` : `Recorded at ${first.recordedAt}: ${listed}${events.length > 20 ? `; and ${events.length - 20} more` : ''}.`;
    return {
      id: `urn:treatywatch:recorded:${encodeURIComponent(one ? first.id : `${first.recordedBy} ${first.recordedAt}`)}`,
      kind: 'recorded', at: new Date(Date.parse(first.recordedAt)).toISOString(), title, summary,
      ...(one ? { iso3: first.iso3, ...(first.treatyId ? { treatyId: first.treatyId } : {}) } : {}),
      author: first.recordedBy, eventIds: events.map((e) => e.id), sources: one ? citationsOut(index, first.sources) : [],
    };
  });
}
