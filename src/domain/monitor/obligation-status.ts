import { type IsoDate, addDays, rangeOf } from '../calendar-date.js';
import { applyDelay } from '../delay.js';
import type { RecordIndex } from '../record-index.js';
import { IN_FORCE_STATUSES } from '../status.js';
import { statusOn } from '../status-on.js';
import type { DeadlineRule } from '../treaty.js';
import type { ObligationCitation, ObligationEvent, ObligationSource } from './obligation-event.js';

/**
 * Where an obligation stands on a date. `met`: completed (or its report filed); `missed`: a source
 * says the deadline passed unfulfilled; `no_obligation`: a source says there was nothing to do;
 * `pending`: the current deadline is still ahead; `unknown`: the record cannot say — never read a
 * passed deadline with no later event as missed.
 */
export const OBLIGATION_STATUSES = ['met', 'missed', 'no_obligation', 'pending', 'unknown'] as const;
/** One of OBLIGATION_STATUSES. */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** One sourced event in an obligation's history, as the engine read it. */
export interface ObligationStep {
  readonly eventId: string;
  readonly kind: ObligationEvent['kind'];
  /** The event's date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD), or null when none does. */
  readonly date: string | null;
  /** The day from which the engine counts the event: its date's last day, or (undated) what `dateNote` says. */
  readonly knownFrom: IsoDate;
  /** Why `knownFrom` is not the event's own date (an undated grant, an undated completion). */
  readonly dateNote?: string;
  /** An extension's deadline (granted or requested). */
  readonly deadline?: string;
  readonly grantedBy?: string;
  /** The year a report covers, or of retained mines or a finding. */
  readonly year?: number;
  readonly disputed?: boolean;
  readonly note?: string;
  readonly citation: ObligationCitation;
  readonly source?: ObligationSource;
}

/** An obligation of one state under one treaty on one date, with its history. */
export interface ObligationState {
  readonly iso3: string;
  readonly treatyId: string;
  readonly ruleId: string;
  readonly label: string;
  readonly article: string;
  /** From the treaty's rule and the state's entry into force (annual reports: the next 30 April). */
  readonly originalDeadline: IsoDate;
  /** Extensions granted and known by the date, in order. */
  readonly extensions: readonly ObligationStep[];
  /** The latest extension granted, else the original deadline. */
  readonly currentDeadline: string;
  readonly status: ObligationStatus;
  /** When the status began (as precise as its source), null when the record cannot say. */
  readonly since: string | null;
  /** A source in the record disputes what this status rests on. */
  readonly disputed: boolean;
  /** Plain-words caveats: "grant date not recorded", "reopened: new contamination found 2016". */
  readonly notes: readonly string[];
  /** The citations the status rests on (empty when the record holds nothing). */
  readonly sources: readonly ObligationStep[];
  /** Every event known by the date, in order. */
  readonly history: readonly ObligationStep[];
}

/** The note an undated grant carries: it is counted from the deadline it extends. */
export const GRANT_DATE_NOT_RECORDED = 'grant date not recorded';

/** Every deadline a state owes under a treaty on a date (none when the treaty is not in force for it then). */
export function obligationsOf(index: RecordIndex, iso3: string, treatyId: string, on: IsoDate): ObligationState[] {
  const treaty = index.treaties.get(treatyId);
  const timeline = index.timelines.get(treatyId)?.get(iso3);
  const eif = timeline?.entryIntoForce?.date ?? null;
  if (!treaty || eif === null || eif > on) return [];
  if (!IN_FORCE_STATUSES.includes(statusOn(timeline, on).status)) return [];
  const events = (index.obligationEvents.get(iso3) ?? []).filter((e) => e.treatyId === treatyId);
  return treaty.rules.deadlines.map((rule) =>
    obligationState(index, iso3, treatyId, rule, eif, events.filter((e) => e.obligation === rule.id), on),
  );
}

/** One obligation on a date, from its rule, the state's entry into force and its sourced events. Pure. */
export function obligationState(
  index: Pick<RecordIndex, 'obligationSources'>,
  iso3: string,
  treatyId: string,
  rule: DeadlineRule,
  eif: IsoDate,
  events: readonly ObligationEvent[],
  on: IsoDate,
): ObligationState {
  const original = rule.kind === 'once' ? applyDelay(eif, rule.period) : nextAnnual(on, rule.month, rule.day);
  const history = orderedSteps(index, events, original, eif).filter((s) => s.knownFrom <= on);
  let deadline = original;
  let status: ObligationStatus | null = null;
  let since: string | null = null;
  let behind: ObligationStep[] = [];
  const notes: string[] = [];
  const extensions: ObligationStep[] = [];
  for (const step of history) {
    const when = step.date ?? step.knownFrom;
    switch (step.kind) {
      case 'extension_granted':
        extensions.push(step);
        deadline = step.deadline ?? deadline;
        if (step.dateNote === GRANT_DATE_NOT_RECORDED && !notes.includes(GRANT_DATE_NOT_RECORDED)) notes.push(GRANT_DATE_NOT_RECORDED);
        // A grant after a breach puts the state back on a deadline.
        if (status === 'missed' || status === null) [status, since, behind] = [null, when, [step]];
        break;
      case 'completed':
        if (status === 'met') behind.push(step);
        else [status, since, behind] = ['met', when, [step]];
        break;
      case 'report_submitted':
        // The annual report due on 30 April covers the calendar year before it.
        if (rule.kind === 'once' || step.year === Number(original.slice(0, 4)) - 1) [status, since, behind] = ['met', when, [step]];
        break;
      case 'no_obligation':
        [status, since, behind] = ['no_obligation', when, [step]];
        break;
      case 'in_breach':
        if (status === 'missed') behind.push(step);
        else if (status !== 'met') [status, since, behind] = ['missed', when, [step]];
        break;
      case 'contamination_found':
        if (status === 'met') {
          notes.push(`reopened: new contamination found ${when}`);
          [status, since, behind] = [null, when, [step]];
        } else behind.push(step);
        break;
      case 'extension_requested':
      case 'retained':
      case 'finding':
        break;
    }
  }
  const disputed = behind.some((s) => s.disputed === true);
  if (status === null) {
    const passed = rangeOf(partialOf(deadline)).latest < on;
    // A rule that binds only some States Parties (those with mined areas) says nothing of a state the record is silent on.
    const silent = history.length === 0 && rule.kind === 'once' && rule.appliesTo !== undefined;
    if (silent) {
      status = 'unknown';
      since = null;
      notes.push(`the record does not say whether this applies (${rule.kind === 'once' ? (rule.appliesTo ?? '') : ''})`);
    } else if (!passed) {
      status = 'pending';
      since ??= eif;
    } else {
      status = 'unknown';
      since = addDays(rangeOf(partialOf(deadline)).latest, 1);
      notes.push(`deadline ${deadline} passed; the record holds no later event`);
    }
  }
  return {
    iso3, treatyId, ruleId: rule.id, label: rule.label, article: rule.article,
    originalDeadline: original, extensions, currentDeadline: deadline,
    status, since, disputed, notes, sources: behind, history,
  };
}

/** Events as steps, each with the day it counts from, in that order (ties: as written). */
function orderedSteps(index: Pick<RecordIndex, 'obligationSources'>, events: readonly ObligationEvent[], original: IsoDate, eif: IsoDate): ObligationStep[] {
  const dated: ObligationStep[] = [];
  const undatedGrants: ObligationEvent[] = [];
  for (const e of events) {
    if (e.date) dated.push(step(index, e, rangeOf(e.date).latest));
    else if (e.kind === 'extension_granted') undatedGrants.push(e);
    else {
      // Undated otherwise: counted from its source's publication, the first day it is known to be true.
      const published = index.obligationSources.get(e.citation.sourceId)?.date;
      dated.push(step(index, e, published ? rangeOf(partialOf(published)).latest : eif, published ? `date not recorded: known from the source (${published})` : 'date not recorded'));
    }
  }
  dated.sort((a, b) => (a.knownFrom < b.knownFrom ? -1 : a.knownFrom > b.knownFrom ? 1 : 0));
  // An undated grant is in force from the deadline it extends: chain them by their deadlines,
  // each counted from the deadline before it (the original, then the previous grant's).
  const chain = [...undatedGrants].sort((a, b) => (deadlineOf(a) < deadlineOf(b) ? -1 : 1));
  const steps = [...dated];
  for (const g of chain) {
    const before = steps.filter((s) => s.kind === 'extension_granted' && s.deadline !== undefined && s.deadline < deadlineOf(g)).map((s) => s.deadline ?? '').sort().at(-1) ?? original;
    steps.push(step(index, g, rangeOf(partialOf(before)).latest, GRANT_DATE_NOT_RECORDED));
  }
  return steps.sort((a, b) => (a.knownFrom < b.knownFrom ? -1 : a.knownFrom > b.knownFrom ? 1 : 0));
}

function step(index: Pick<RecordIndex, 'obligationSources'>, e: ObligationEvent, knownFrom: IsoDate, dateNote?: string): ObligationStep {
  const source = index.obligationSources.get(e.citation.sourceId);
  const deadline = e.kind === 'extension_granted' || e.kind === 'extension_requested' ? e.deadline?.value : undefined;
  return {
    eventId: e.id, kind: e.kind, date: e.date?.value ?? null, knownFrom,
    ...(dateNote === undefined ? {} : { dateNote }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(e.kind === 'extension_granted' && e.grantedBy !== undefined ? { grantedBy: e.grantedBy } : {}),
    ...((e.kind === 'report_submitted' || e.kind === 'retained' || e.kind === 'finding') && e.year !== undefined ? { year: e.year } : {}),
    ...(e.disputed === undefined ? {} : { disputed: e.disputed }),
    ...(e.note === undefined ? {} : { note: e.note }),
    citation: e.citation,
    ...(source === undefined ? {} : { source }),
  };
}

function deadlineOf(e: ObligationEvent): string {
  return e.kind === 'extension_granted' ? e.deadline.value : '';
}

/** A date text of any precision as a PartialDate (the loader has checked it). */
function partialOf(text: string): { value: string; precision: 'day' | 'month' | 'year' } {
  return { value: text, precision: text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day' };
}

/** The next `month`/`day` on or after a date. */
function nextAnnual(on: IsoDate, month: number, day: number): IsoDate {
  const year = Number(on.slice(0, 4));
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const thisYear = `${year}-${mmdd}`;
  return thisYear >= on ? thisYear : `${year + 1}-${mmdd}`;
}
