import type { RecordIndex } from '../../domain/record-index.js';
import type { NewSuggestion } from '../../store/suggestion-store.js';
import type { EventProposal } from '../proposal.js';
import type { UntcDiff, UntcDifference } from './untc-diff-types.js';
import type { UntcEntry, UntcNoteAction, UntcNotification, UntcPage } from './untc-page.js';

/** Who publishes the status pages, as the record's depositary sources name them. */
export const UNTC_PUBLISHER = 'United Nations Treaty Collection (the Secretary-General as depositary)';
/** The UN Treaty Collection's address, where `treatywatch sync` reads the status pages unless told otherwise. */
export const UNTC_BASE = 'https://treaties.un.org';
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The page's address at the UN Treaty Collection (chapter XXVI-5 → mtdsg_no=XXVI-5&chapter=26), as the record cites it; `base` for a mirror. */
export function untcPageUrl(reference: string, base: string = UNTC_BASE): string {
  const roman = reference.split('-')[0] ?? '';
  let chapter = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const v = ROMAN[roman[i] ?? ''] ?? 0;
    chapter += v < (ROMAN[roman[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return `${base.replace(/\/+$/, '')}/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${reference}&chapter=${chapter}&clang=_en`;
}

/** The source a page's suggestions cite: the status page itself. */
export type PageSource = NonNullable<EventProposal['page']>;

/** The record's source for a status page (`untc-xxvi-5`): the one the shipped record cites for the pages as at 2026-02-03. */
export function untcPageSource(page: UntcPage): PageSource {
  return {
    id: `untc-${page.reference.toLowerCase()}`,
    publisher: UNTC_PUBLISHER,
    title: `Chapter ${page.reference}: ${page.title}, status as at ${page.statusAsAt}`,
    kind: 'depositary',
    date: page.statusAsAt,
    url: untcPageUrl(page.reference),
  };
}

/**
 * The differences that propose a change, as suggestions citing the page (the same difference always has
 * the same key). `cite` is the page's source when it is not the record's usual one (a page fetched by sync).
 */
export function untcSuggestions(index: RecordIndex, page: UntcPage, diff: UntcDiff, recording: { by: string; at: string }, cite?: PageSource, documentId?: string): NewSuggestion[] {
  const source = cite ?? untcPageSource(page);
  const treatyName = index.treaties.get(diff.treatyId)?.shortName ?? diff.treatyId;
  const make = (d: { name: string; iso3: string }, what: string, summary: string, proposal: Omit<EventProposal, 'page'>, quote: string): NewSuggestion => ({
    key: `untc|${diff.treatyId}|${d.iso3}|${what}`,
    origin: 'depositary',
    ...(documentId === undefined ? {} : { documentId }),
    type: proposal.supersedes === undefined ? 'event' : 'correction',
    summary: `${index.states.get(d.iso3)?.name ?? d.name}: ${summary}`,
    proposal: { ...proposal, page: source },
    quote,
    createdBy: recording.by,
    createdAt: recording.at,
  });
  const entryInput = (iso3: string, e: UntcEntry) => ({ state: iso3, treaty: diff.treatyId, kind: e.action, date: e.date, quote: `${page.participants.find((p) => p.entries.includes(e))?.name ?? ''}: ${e.text} (${e.column})` });
  const out: NewSuggestion[] = [];
  for (const d of diff.differences) {
    switch (d.kind) {
      case 'new_participant':
        for (const e of d.entries) out.push(make(d, `${e.action}|${e.date}`, `${label(e.action)} of the ${treatyName}, ${e.date} (a new participant)`, { input: entryInput(d.iso3, e) }, entryInput(d.iso3, e).quote));
        break;
      case 'missing_entry':
        out.push(make(d, `${d.entry.action}|${d.entry.date}`, `${label(d.entry.action)} of the ${treatyName}, ${d.entry.date} (not in the record)`, { input: entryInput(d.iso3, d.entry) }, entryInput(d.iso3, d.entry).quote));
        break;
      case 'changed_date':
        out.push(make(d, `${d.entry.action}|${d.entry.date}|date`, `${label(d.entry.action)} of the ${treatyName} on ${d.entry.date}, where the record has ${d.recorded.value}`, { input: { date: d.entry.date, quote: entryInput(d.iso3, d.entry).quote }, supersedes: d.eventId }, entryInput(d.iso3, d.entry).quote));
        break;
      case 'changed_kind':
        out.push(make(d, `${d.entry.action}|${d.entry.date}|kind`, `${label(d.entry.action)} (not ${d.recordedKind}) of the ${treatyName}, ${d.entry.date}`, { input: { kind: d.entry.action, quote: entryInput(d.iso3, d.entry).quote }, supersedes: d.eventId }, entryInput(d.iso3, d.entry).quote));
        break;
      case 'missing_note_action':
        out.push(make(d, `${d.action.kind}|${d.action.date}`, `${label(d.action.kind)} under the ${treatyName}, deposited ${d.action.date}${d.action.effect ? `, effect ${d.action.effect}` : ''}${d.notification ? ` (${d.notification.symbol})` : ''}`, { input: noteInput(d.iso3, diff.treatyId, d.action, d.notification) }, d.action.quote));
        break;
      case 'note_action_date':
        out.push(make(d, `${d.action.kind}|${d.action.date}|date`, `${label(d.action.kind)} under the ${treatyName} deposited ${d.action.date}, where the record has ${d.recorded.value}`, { input: noteInput(d.iso3, diff.treatyId, d.action, d.notification), supersedes: d.eventId }, d.action.quote));
        break;
      case 'notification':
        out.push(make(d, `${d.action.kind}|${d.action.date}|notification|${d.notification.symbol}`, `${label(d.action.kind)} under the ${treatyName}: depositary notification ${d.notification.symbol}${d.recorded ? ` (the record has ${d.recorded})` : ' (missing in the record)'}`, { input: { ...notificationFields(d.notification), quote: d.action.quote }, supersedes: d.eventId }, d.action.quote));
        break;
      case 'effect_differs':
      case 'bracketed_unexplained':
      case 'not_on_page':
      case 'unknown_participant':
        break; // findings to look at, not changes to make
    }
  }
  return out;
}

function noteInput(iso3: string, treatyId: string, a: UntcNoteAction, n: UntcNotification | undefined): Record<string, unknown> {
  return { state: iso3, treaty: treatyId, kind: a.kind, date: a.date, ...(a.effect ? { effect_date: a.effect } : {}), ...(n ? notificationFields(n) : {}), quote: a.quote };
}

function notificationFields(n: UntcNotification): Record<string, unknown> {
  const details = { ...(n.date ? { notificationDate: n.date } : {}), ...(n.url ? { notificationUrl: n.url } : {}) };
  return { notification: n.symbol, ...(Object.keys(details).length > 0 ? { details } : {}) };
}

/** A kind of action in words: `provisional_application` → "provisional application". */
export function label(kind: string): string {
  return kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Differences that are findings only, in words, for the diff's listing. */
export function describeDifference(d: UntcDifference): string {
  switch (d.kind) {
    case 'unknown_participant':
      return `${d.name}: no state in the record has this name (add it as an alias)`;
    case 'not_on_page':
      return `${d.name}: the record has a ${d.eventKind} on ${d.date} (${d.eventId}) that the page does not show`;
    case 'bracketed_unexplained':
      return `${d.name}: the page brackets "${d.entry.text}" (no longer counted) but gives no reason and the record has no withdrawal`;
    case 'effect_differs':
      return `${d.name}: the page says the ${d.action.kind} takes effect on ${d.action.effect ?? '?'}, the record's rule gives ${d.derived} (${d.eventId})`;
    case 'new_participant':
      return `${d.name}: a new participant (${d.entries.map((e) => `${e.action} ${e.date}`).join(', ')})`;
    case 'missing_entry':
      return `${d.name}: ${d.entry.action} ${d.entry.date} is not in the record`;
    case 'changed_date':
      return `${d.name}: ${d.entry.action} on ${d.entry.date} on the page, ${d.recorded.value} in the record (${d.eventId})`;
    case 'changed_kind':
      return `${d.name}: ${d.entry.action} on the page, ${d.recordedKind} in the record (${d.eventId})`;
    case 'missing_note_action':
      return `${d.name}: end note ${d.note} reports a ${d.action.kind} deposited ${d.action.date} that the record lacks`;
    case 'note_action_date':
      return `${d.name}: end note ${d.note} dates the ${d.action.kind} ${d.action.date}, the record ${d.recorded.value} (${d.eventId})`;
    case 'notification':
      return `${d.name}: end note ${d.note} cites ${d.notification.symbol}; the record ${d.recorded ? `has ${d.recorded}` : 'has no notification number'} (${d.eventId})`;
  }
}
