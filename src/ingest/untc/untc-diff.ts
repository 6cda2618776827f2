import { rangeOf } from '../../domain/calendar-date.js';
import { countsOn } from '../../domain/counts.js';
import { DEPOSIT_KINDS, EVENT_KINDS, type TreatyEvent } from '../../domain/event.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveStateExactly } from '../../domain/resolve.js';
import { type Result, domainError, err, ok } from '../../domain/result.js';
import { statusOn } from '../../domain/status-on.js';
import type { Treaty } from '../../domain/treaty.js';
import type { UntcDiff, UntcDifference } from './untc-diff-types.js';
import type { UntcAction, UntcEndNote, UntcEntry, UntcPage, UntcParticipant } from './untc-page.js';

const DEPOSITS: readonly string[] = DEPOSIT_KINDS;
const KNOWN_KINDS: readonly string[] = EVENT_KINDS;

/** Which recorded events an entry is compared with: signatures with signatures, instruments with deposits of any kind. */
function sameFamily(action: UntcAction, kind: string): boolean {
  if (action === 'signature' || action === 'provisional_application') return kind === action;
  return DEPOSITS.includes(kind);
}

/**
 * Compares a status page with the record of the treaty whose UN Treaty Collection number it bears:
 * entry by entry, end note by end note, and the page's counts against ours (countsOn, on the
 * page's "status as at" date). Never changes anything: the caller turns differences into suggestions.
 */
export function diffUntcPage(index: RecordIndex, page: UntcPage): Result<UntcDiff> {
  const treaty = [...index.treaties.values()].find((t) => t.untcNumber === page.reference);
  if (!treaty) {
    const known = [...index.treaties.values()].flatMap((t) => (t.untcNumber ? [`${t.untcNumber} (${t.id})`] : []));
    return err(domainError('unknown_treaty', `the page is for chapter ${page.reference}, which no treaty in the record bears (known: ${known.join(', ')}): add the treaty first`, 'page'));
  }
  const differences: UntcDifference[] = [];
  const ignored = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of page.participants) {
    const state = resolveStateExactly(index, p.name);
    if (!state.ok) {
      differences.push({ kind: 'unknown_participant', name: p.name });
      continue;
    }
    const at = { name: p.name, iso3: state.value.iso3 };
    seen.add(at.iso3);
    const events = (index.eventsByState.get(at.iso3) ?? []).filter((e) => e.treatyId === treaty.id);
    const entries = p.entries.filter((e) => {
      if (KNOWN_KINDS.includes(e.action)) return true;
      ignored.set(e.action, (ignored.get(e.action) ?? 0) + 1);
      return false;
    });
    if (events.length === 0 && entries.length > 0) differences.push({ ...at, kind: 'new_participant', entries });
    else for (const entry of entries) differences.push(...compareEntry(at, entry, events));
    differences.push(...compareNotes(index, treaty, at, p, page.endNotes, events));
    differences.push(...notOnPage(at, p, events, page.statusAsAt));
  }
  for (const state of index.stateList) {
    if (seen.has(state.iso3)) continue;
    const events = (index.eventsByState.get(state.iso3) ?? []).filter((e) => e.treatyId === treaty.id);
    differences.push(...notOnPage({ name: state.name, iso3: state.iso3 }, undefined, events, page.statusAsAt));
  }
  return ok({
    treatyId: treaty.id,
    reference: page.reference,
    statusAsAt: page.statusAsAt,
    participants: page.participants.length,
    differences,
    counts: countChecks(index, treaty, page),
    ignored: [...ignored].map(([action, entries]) => ({ action, entries })),
  });
}

function compareEntry(at: { name: string; iso3: string }, entry: UntcEntry, events: readonly TreatyEvent[]): UntcDifference[] {
  const family = events.filter((e) => sameFamily(entry.action, e.kind));
  if (family.some((e) => e.date.precision === 'day' && e.date.value === entry.date && e.kind === entry.action)) return [];
  const sameDay = family.find((e) => e.date.value === entry.date);
  if (sameDay) return [{ ...at, kind: 'changed_kind', entry, eventId: sameDay.id, recordedKind: sameDay.kind }];
  // The closest recorded date is the one the page corrects (or makes precise: "2026" → a day in 2026).
  const closest = [...family].sort((a, b) => distance(a, entry.date) - distance(b, entry.date))[0];
  if (closest) return [{ ...at, kind: 'changed_date', entry, eventId: closest.id, recorded: closest.date }];
  return [{ ...at, kind: 'missing_entry', entry }];
}

function distance(e: TreatyEvent, date: string): number {
  const r = rangeOf(e.date);
  if (date >= r.earliest && date <= r.latest) return 0;
  return Math.abs(Date.parse(date < r.earliest ? r.earliest : r.latest) - Date.parse(date));
}

function compareNotes(index: RecordIndex, treaty: Treaty, at: { name: string; iso3: string }, p: UntcParticipant, notes: readonly UntcEndNote[], events: readonly TreatyEvent[]): UntcDifference[] {
  const out: UntcDifference[] = [];
  for (const note of notes.filter((n) => p.notes.includes(n.number))) {
    const notification = note.notifications[0];
    const withN = notification ? { notification } : {};
    for (const action of note.actions) {
      if (!KNOWN_KINDS.includes(action.kind)) continue;
      const recorded = events.filter((e) => e.kind === action.kind);
      const same = recorded.find((e) => e.date.precision === 'day' && e.date.value === action.date);
      if (!same) {
        const other = recorded[0];
        out.push(other ? { ...at, kind: 'note_action_date', action, note: note.number, eventId: other.id, recorded: other.date, ...withN } : { ...at, kind: 'missing_note_action', action, note: note.number, ...withN });
        continue;
      }
      const number = typeof same.details?.notification === 'string' ? same.details.notification : undefined;
      if (notification && (number === undefined || core(number) !== core(notification.symbol))) {
        out.push({ ...at, kind: 'notification', action, note: note.number, eventId: same.id, notification, ...(number === undefined ? {} : { recorded: number }) });
      }
      const derived = action.kind === 'withdrawal' ? index.timelines.get(treaty.id)?.get(at.iso3)?.withdrawalEffect : undefined;
      if (action.effect !== undefined && derived !== undefined && derived.date !== action.effect) {
        out.push({ ...at, kind: 'effect_differs', action, eventId: same.id, derived: derived.label });
      }
    }
  }
  const explained = out.length > 0 || notes.some((n) => p.notes.includes(n.number) && n.actions.length > 0) || events.some((e) => e.kind === 'withdrawal');
  const bracketed = p.entries.find((e) => e.bracketed);
  if (bracketed && !explained) out.push({ ...at, kind: 'bracketed_unexplained', entry: bracketed });
  return out;
}

/** The record's signatures and instruments, surely dated on or before the page's date, that the page does not show for this participant. */
function notOnPage(at: { name: string; iso3: string }, p: UntcParticipant | undefined, events: readonly TreatyEvent[], asAt: string): UntcDifference[] {
  return events
    .filter((e) => (e.kind === 'signature' || DEPOSITS.includes(e.kind)) && rangeOf(e.date).latest <= asAt)
    .filter((e) => !(p?.entries ?? []).some((x) => sameFamily(x.action, e.kind)))
    .map((e) => ({ ...at, kind: 'not_on_page' as const, eventId: e.id, eventKind: e.kind, date: e.date.value }));
}

function core(symbol: string): string {
  return /C\.N\.\d+\.\d{4}/.exec(symbol)?.[0] ?? symbol;
}

/** The page's counts against ours on its date: Parties as the UN counts them (from the deposit), signatories as states that signed and have not withdrawn. */
function countChecks(index: RecordIndex, treaty: Treaty, page: UntcPage): UntcDiff['counts'] {
  const counts = countsOn(index, treaty.id, page.statusAsAt);
  const timelines = index.timelines.get(treaty.id);
  let signatories = 0;
  for (const [iso3, list] of index.eventsByState) {
    if (!list.some((e) => e.treatyId === treaty.id && e.kind === 'signature')) continue;
    if (statusOn(timelines?.get(iso3), page.statusAsAt).status !== 'withdrawn') signatories += 1;
  }
  return {
    ...(page.counts.signatories === undefined ? {} : { signatories: { page: page.counts.signatories, ours: signatories, convention: 'states that signed and have not withdrawn' } }),
    parties: { page: page.counts.parties, ours: counts.parties_deposited, convention: 'parties_deposited: from the deposit of the instrument until a withdrawal takes effect' },
  };
}
