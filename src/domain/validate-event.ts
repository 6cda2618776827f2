import { rangeOf } from './calendar-date.js';
import { currentEvents } from './dataset.js';
import { type TreatyEvent, TREATY_EVENT_KINDS } from './event.js';
import type { RecordIndex } from './record-index.js';
import { type Result, domainError, err, ok } from './result.js';
import { buildTimeline } from './timeline.js';
import { conflictSpans } from './armed-conflict.js';
import { checkSequenceRules } from './sequence-rules.js';
import { checkStateExisted } from './state-existence.js';

/**
 * Checks a new (or correcting) event against the record and the treaty's rules before it is written:
 * the state and treaty exist, the date is not in the future of `today` nor before the treaty opened,
 * it cites a source, it is not a duplicate, the state existed, the treaty was open for what it does
 * (signature window, ratification by signatories), and the state's history stays one the treaty allows.
 * A correction is checked against the record as it would stand after it (the event it corrects left out).
 */
export function validateNewEvent(index: RecordIndex, event: TreatyEvent, today: string): Result<TreatyEvent> {
  if (!index.states.has(event.iso3)) return err(domainError('unknown_state', `no state has the code ${event.iso3}`, 'state'));
  if (event.sources.length === 0) return err(domainError('source_required', 'every event needs a source: give --source-url, --source-title and --publisher', 'sources'));
  if (TREATY_EVENT_KINDS.includes(event.kind) && event.treatyId === null) return err(domainError('treaty_required', `a ${event.kind} needs a treaty`, 'treaty'));
  const treaty = event.treatyId === null ? undefined : index.treaties.get(event.treatyId);
  if (event.treatyId !== null && !treaty) return err(domainError('unknown_treaty', `no treaty has the id ${event.treatyId}`, 'treaty'));
  if (rangeOf(event.date).earliest > today) return err(domainError('date_in_future', `${event.date.value} is after today (${today}): record events once they have happened`, 'date'));
  const standing = currentEvents(index.dataset.events).filter((e) => e.id !== event.supersedes);
  if (event.supersedes !== undefined) {
    const old = index.events.get(event.supersedes);
    if (!old) return err(domainError('unknown_event', `there is no event ${event.supersedes} to correct`, 'supersedes'));
    if (!currentEvents(index.dataset.events).some((e) => e.id === old.id)) return err(domainError('already_superseded', `event ${old.id} has already been corrected; correct the newest version instead`, 'supersedes'));
  }
  if (index.events.has(event.id)) return err(domainError('duplicate_event', `an event with id ${event.id} already exists`, 'id'));
  const twin = standing.find((e) => e.iso3 === event.iso3 && e.treatyId === event.treatyId && e.kind === event.kind && e.date.value === event.date.value);
  if (twin) return err(domainError('duplicate_event', `${event.iso3} already has a ${event.kind} on ${event.date.value} (event ${twin.id}); to change it, correct that event`, 'date'));
  const own = [...standing.filter((e) => e.iso3 === event.iso3), event];
  const existed = checkStateExisted(own, event);
  if (!existed.ok) return existed;
  if (!treaty) return ok(event);
  const underTreaty = own.filter((e) => e.treatyId === treaty.id);
  const before = (index.eventsByState.get(event.iso3) ?? []).filter((e) => e.treatyId === treaty.id);
  const sequence = checkSequenceRules(treaty, before, underTreaty, event);
  if (!sequence.ok) return sequence;
  const timeline = buildTimeline(treaty, event.iso3, underTreaty, conflictSpans(own));
  return timeline.ok ? ok(event) : timeline;
}
