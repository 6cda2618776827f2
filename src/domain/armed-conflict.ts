import { type IsoDate, rangeOf } from './calendar-date.js';
import type { TreatyEvent } from './event.js';

/** A sourced armed conflict in which a state is engaged, from its beginning to its end (open if still running). */
export interface ConflictSpan {
  readonly began: IsoDate;
  readonly ended?: IsoDate;
  readonly eventIds: readonly string[];
}

/** Pairs a state's `armed_conflict_began` / `armed_conflict_ended` events into spans, in order. */
export function conflictSpans(events: readonly TreatyEvent[]): ConflictSpan[] {
  const ordered = events
    .filter((e) => e.kind === 'armed_conflict_began' || e.kind === 'armed_conflict_ended')
    .sort((a, b) => rangeOf(a.date).earliest.localeCompare(rangeOf(b.date).earliest));
  const spans: ConflictSpan[] = [];
  let open: TreatyEvent | undefined;
  for (const e of ordered) {
    if (e.kind === 'armed_conflict_began') {
      open ??= e;
    } else if (open) {
      spans.push({ began: rangeOf(open.date).earliest, ended: rangeOf(e.date).latest, eventIds: [open.id, e.id] });
      open = undefined;
    }
  }
  if (open) spans.push({ began: rangeOf(open.date).earliest, eventIds: [open.id] });
  return spans;
}

/** The conflict a state is engaged in on a date, if any (Art. 20(3): "on the expiry of that six-month period"). */
export function conflictOn(spans: readonly ConflictSpan[], date: IsoDate): ConflictSpan | undefined {
  return spans.find((s) => s.began <= date && (s.ended === undefined || date < s.ended));
}
