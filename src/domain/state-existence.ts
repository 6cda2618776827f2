import { type IsoDate, rangeOf } from './calendar-date.js';
import type { TreatyEvent } from './event.js';
import { type Result, domainError, err, ok } from './result.js';

/** The day a successor state came into being, where its record gives it: the date a succession it deposited takes effect from (Montenegro, 2006-06-03). */
export function existedFrom(own: readonly TreatyEvent[]): { readonly date: IsoDate; readonly eventId: string } | undefined {
  let first: { date: IsoDate; eventId: string } | undefined;
  for (const e of own) {
    if (e.kind !== 'succession' || e.effectiveFrom === undefined) continue;
    if (first === undefined || e.effectiveFrom < first.date) first = { date: e.effectiveFrom, eventId: e.id };
  }
  return first;
}

/**
 * A state cannot act before it exists: with the new event in `own` (the state's standing events
 * under every treaty), no event may fall wholly before the day its succession says it came into
 * being. Checks the record as it would stand, so a succession dating the state later than an
 * action already recorded is refused too.
 */
export function checkStateExisted(own: readonly TreatyEvent[], event: TreatyEvent): Result<TreatyEvent> {
  const from = existedFrom(own);
  if (from === undefined) return ok(event);
  const early = own.find((e) => rangeOf(e.date).latest < from.date && (e.id === event.id || from.eventId === event.id));
  if (!early) return ok(event);
  const what = early.id === event.id ? `a ${event.kind} dated ${event.date.value}` : `its ${early.kind} of ${early.date.value} (event ${early.id})`;
  return err(domainError('before_state_existed', `${event.iso3} came into being on ${from.date} (the succession ${from.eventId} takes effect from that day): ${what} would be before the state existed`, 'date'));
}
