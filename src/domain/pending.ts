import type { IsoDate } from './calendar-date.js';
import type { RecordIndex } from './record-index.js';
import type { Status } from './status.js';
import { statusOn } from './status-on.js';

/** What is still to happen to a state whose status is in motion on a date. */
export type PendingKind = 'entry_into_force' | 'withdrawal_effect' | 'disputed_suspension' | 'deposit_date_unknown';

/** A change already set in motion on the date, with when it takes effect. */
export interface PendingChange {
  readonly iso3: string;
  readonly name: string;
  readonly status: Status;
  readonly kind: PendingKind;
  /** The day it takes effect, or null when open (armed conflict) or not knowable (no effect, imprecise date). */
  readonly effectiveOn: IsoDate | null;
  /** The effect date as precisely as known: `2025-12-27`, `between …`, `open`, `none`. */
  readonly label: string;
  readonly becomes?: Status;
  readonly rule?: string;
  readonly eventId: string;
  readonly note?: string;
}

/** Pending changes on a date under a treaty, soonest first (open ones last). */
export function pendingChanges(index: RecordIndex, treatyId: string, on: IsoDate): PendingChange[] {
  const timelines = index.timelines.get(treatyId);
  const treaty = index.treaties.get(treatyId);
  const out: PendingChange[] = [];
  for (const state of index.stateList) {
    const t = timelines?.get(state.iso3);
    const s = statusOn(t, on);
    const base = { iso3: state.iso3, name: state.name, status: s.status };
    if (s.status === 'deposited' && t?.entryIntoForce) {
      const d = t.entryIntoForce;
      out.push({ ...base, kind: 'entry_into_force', effectiveOn: d.date, label: d.label, becomes: 'party', rule: d.rule, eventId: d.fromEventId });
    } else if (s.status === 'withdrawal_pending' && t?.withdrawalEffect) {
      const d = t.withdrawalEffect;
      out.push({ ...base, kind: 'withdrawal_effect', effectiveOn: d.date, label: d.label, becomes: 'withdrawn', rule: d.rule, eventId: d.fromEventId, ...(d.heldBack ? { note: d.heldBack } : {}) });
    } else if (s.status === 'suspension_notified' && s.eventId !== undefined) {
      const note = `disputed: the ${treaty?.shortName ?? treatyId} provides for no suspension; still a State Party`;
      out.push({ ...base, kind: 'disputed_suspension', effectiveOn: null, label: 'none', eventId: s.eventId, note });
    } else if (s.possibly !== undefined) {
      const next = t?.periods.find((p) => p.status === s.possibly);
      if (next) {
        const note = `its ${next.cause.replace(/_/g, ' ')} is known only as ${next.fromLabel}: on ${on} the record cannot tell whether it has happened`;
        out.push({ ...base, kind: 'deposit_date_unknown', effectiveOn: null, label: next.fromLabel, becomes: s.possibly, eventId: next.eventId, note });
      }
    }
  }
  return out.sort((a, b) => (a.effectiveOn ?? '9999') .localeCompare(b.effectiveOn ?? '9999') || a.name.localeCompare(b.name, 'en'));
}
