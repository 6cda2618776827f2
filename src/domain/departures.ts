import { type IsoDate, rangeOf } from './calendar-date.js';
import type { EventKind, TreatyEvent } from './event.js';
import type { RecordIndex } from './record-index.js';
import type { DerivedDate } from './status.js';

/** The actions by which a state leaves a treaty or steps back from it. */
export const DEPARTURE_KINDS: readonly EventKind[] = ['withdrawal', 'ratification_withdrawn', 'intent_not_to_become_party', 'suspension_notice'];

/** One state leaving, or stepping back from, one treaty. */
export interface Departure {
  readonly iso3: string;
  readonly name: string;
  readonly treatyId: string;
  readonly treatyName: string;
  readonly event: TreatyEvent;
  /** For a withdrawal, when it takes (took) effect under the treaty's rule. */
  readonly effect?: DerivedDate;
}

/**
 * Every withdrawal, withdrawal of a ratification, notice of intent not to become a party and notice
 * of "suspension" dated within [from, to] (a date known only to the month or year counts if it may
 * fall within), under the given treaties (all by default), oldest first.
 */
export function departures(index: RecordIndex, from: IsoDate, to: IsoDate, treatyIds?: readonly string[]): Departure[] {
  const wanted = new Set(treatyIds ?? index.treaties.keys());
  const out: Departure[] = [];
  for (const [iso3, events] of index.eventsByState) {
    for (const e of events) {
      if (e.treatyId === null || !wanted.has(e.treatyId) || !DEPARTURE_KINDS.includes(e.kind)) continue;
      const r = rangeOf(e.date);
      if (r.latest < from || r.earliest > to) continue;
      const treaty = index.treaties.get(e.treatyId);
      const effect = index.timelines.get(e.treatyId)?.get(iso3)?.withdrawalEffect;
      out.push({
        iso3,
        name: index.states.get(iso3)?.name ?? iso3,
        treatyId: e.treatyId,
        treatyName: treaty?.shortName ?? e.treatyId,
        event: e,
        ...(effect?.fromEventId === e.id ? { effect } : {}),
      });
    }
  }
  return out.sort((a, b) => rangeOf(a.event.date).earliest.localeCompare(rangeOf(b.event.date).earliest) || a.name.localeCompare(b.name, 'en'));
}
