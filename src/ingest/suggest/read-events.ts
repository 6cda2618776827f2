import type { PartialDate } from '../../domain/calendar-date.js';
import { DEPOSIT_KINDS, TREATY_EVENT_KINDS } from '../../domain/event.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { DateMention, Mention, SentenceReading, StateMention, TextReading } from '../../text/index.js';
import { mentionsOf } from '../../text/index.js';
import type { EventCandidate } from './event-candidate.js';
import { EVENT_CUES, type EventCue, UNREAL } from './event-cues.js';

// Words that make a state adjective the subject ("the Lithuanian parliament"), not a modifier of something else ("Norwegian People's Aid").
const ACTOR_AFTER_ADJECTIVE = /^\s+(?:parliament|government|cabinet|president|prime minister|lawmakers|legislators|MPs|authorities|state|side|defen[cs]e minist|foreign minist)/iu;
const REFERS_BACK = /^\W*(?:the|this|that|its|their) (?:decision|vote|bill|law|motion|move|step|measure|resolution|denunciation)\b/iu;
const PRONOUN_BEFORE = /\b(?:its|their|the country['’]s|it|they)\s+(?:\w+\s+){0,2}$/iu;

/** What the reading carries from sentence to sentence: the state and treaty last talked about, and the last date. */
interface Context {
  topicState?: string;
  lastTreaty?: string;
  /** The last date of the sentence just before (only that one is carried over), and its paragraph. */
  lastDate?: { date: PartialDate; paragraph: number } | undefined;
}

/**
 * Finds the events a text reports, sentence by sentence: an event phrase (event-cues.ts), its
 * subject state (or every state named, for a joint statement), the treaty (named in the sentence
 * or the one last talked about) and the date (in the phrase's clause, else the sentence before).
 * Negated, hypothetical and future phrases are left out, and so is anything without a date.
 */
export function readEvents(reading: TextReading, index: RecordIndex, latest: string | undefined): EventCandidate[] {
  const out: EventCandidate[] = [];
  const ctx: Context = {};
  const paragraphs = paragraphStarts(reading.text);
  for (const [i, s] of reading.sentences.entries()) {
    const paragraph = paragraphOf(paragraphs, s.start);
    if (ctx.lastDate && ctx.lastDate.paragraph !== paragraph) ctx.lastDate = undefined;
    const { found, undatedVotes } = sentenceEvents(s, index, ctx, latest);
    out.push(...merged(found));
    for (const v of undatedVotes) addCounts(out, v, reading.sentences[Math.max(0, i - 2)]?.start ?? 0);
    const subject = mentionsOf(s.mentions, 'state').find((m) => m.form !== 'adjective') ?? mentionsOf(s.mentions, 'body')[0];
    if (subject) ctx.topicState = subject.iso3;
    const treaty = mentionsOf(s.mentions, 'treaty').filter((t) => t.treatyId !== null).at(-1);
    if (treaty?.treatyId) ctx.lastTreaty = treaty.treatyId;
    const date = usableDates(s.mentions, latest).at(-1);
    ctx.lastDate = date ? { date: toPartial(date), paragraph } : undefined;
  }
  return out;
}

/** "The Riigikogu backed the bill by 81 votes to one": counts in an undated sentence go to the same state's dated vote just before, if it has none. */
function addCounts(out: EventCandidate[], vote: { iso3: string; details: EventCandidate['details'] }, since: number): void {
  const k = out.findLastIndex((c) => c.kind === 'parliamentary_vote' && c.iso3 === vote.iso3 && c.start >= since);
  const target = out[k];
  if (target && target.details === undefined && vote.details) out[k] = { ...target, details: vote.details };
}

/** One sentence that dates a withdrawal's deposit and its effect gives one event, with both dates. */
function merged(found: readonly EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const c of found) {
    const twin = out.findIndex((o) => o.iso3 === c.iso3 && o.treatyId === c.treatyId && o.kind === c.kind && (o.date === undefined) !== (c.date === undefined));
    const t = out[twin];
    if (t) out[twin] = { ...t, ...c, ...(t.date ? { date: t.date } : {}), ...(t.effect ? { effect: t.effect } : {}) };
    else out.push(c);
  }
  return out;
}

function sentenceEvents(s: SentenceReading, index: RecordIndex, ctx: Context, latest: string | undefined): { found: EventCandidate[]; undatedVotes: { iso3: string; details: EventCandidate['details'] }[] } {
  const text = s.text;
  const taken: { start: number; end: number }[] = [];
  const hits: { cue: EventCue; start: number; end: number }[] = [];
  for (const cue of EVENT_CUES) {
    const re = new RegExp(cue.re.source, cue.re.flags.includes('g') ? cue.re.flags : `${cue.re.flags}g`);
    for (const m of text.matchAll(re)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      if (UNREAL.test(lead) || cue.notAfter?.test(lead)) continue;
      if (cue.treatyObject && !treatyIsObject(s, start + m[0].length)) continue;
      taken.push({ start, end });
      hits.push({ cue, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const out: EventCandidate[] = [];
  const undatedVotes: { iso3: string; details: EventCandidate['details'] }[] = [];
  for (const [h, hit] of hits.entries()) {
    const clauseEnd = hits[h + 1]?.start ?? s.end;
    const clauseStart = hits[h - 1]?.end ?? s.start;
    const date = dateFor(s, hit, clauseStart, clauseEnd, ctx, latest);
    if (!date) {
      const iso3 = hit.cue.kind === 'parliamentary_vote' ? subjectOf(s, hit, ctx) : undefined;
      const details = iso3 === undefined ? undefined : voteDetails(s, hit);
      if (iso3 !== undefined && details) undatedVotes.push({ iso3, details });
      continue;
    }
    const treatyId = treatyFor(s, hit, ctx);
    const needsTreaty = TREATY_EVENT_KINDS.includes(hit.cue.kind) || hit.cue.kind === 'parliamentary_vote' || hit.cue.kind === 'joint_statement' || hit.cue.kind === 'government_decision' || hit.cue.kind === 'statement_of_intent' || hit.cue.kind === 'head_of_state_signature';
    if (needsTreaty && treatyId === undefined) continue;
    const states = hit.cue.states === 'all' ? [...new Set(mentionsOf(s.mentions, 'state').map((m) => m.iso3))] : [subjectOf(s, hit, ctx)].filter((x): x is string => x !== undefined);
    for (const iso3 of states) {
      const kind = hit.cue.anyDeposit ? depositKind(index, iso3, treatyId ?? null) : hit.cue.kind;
      const details = hit.cue.kind === 'parliamentary_vote' ? voteDetails(s, hit) : undefined;
      out.push({
        iso3,
        treatyId: treatyId ?? null,
        kind,
        ...(hit.cue.date === 'effect' ? { effect: date } : { date }),
        ...(details ? { details } : {}),
        quote: s.text.trim(),
        start: s.start,
        end: s.end,
      });
    }
  }
  return { found: out, undatedVotes };
}

/** Whether the words right after a phrase name a treaty ("signed the Mine Ban Convention") or point back to one ("ratified it"). */
function treatyIsObject(s: SentenceReading, at: number): boolean {
  const rest = s.text.slice(at - s.start);
  if (/^\s+(?:it|them|the (?:convention|treaty|ban treaty))\b/iu.test(rest)) return true;
  return mentionsOf(s.mentions, 'treaty').some((t) => t.start >= at && t.start - at <= 12);
}

/** Dates that can date an event: to the day, month or year (not "the 1990s"), not after the text's latest date. */
function usableDates(mentions: readonly Mention[], latest: string | undefined): DateMention[] {
  return mentionsOf(mentions, 'date').filter((d) => (d.precision === 'day' || d.precision === 'month' || d.precision === 'year') && !d.relative && (latest === undefined || d.earliest <= latest));
}

function dateFor(s: SentenceReading, hit: { start: number }, clauseStart: number, clauseEnd: number, ctx: Context, latest: string | undefined): PartialDate | undefined {
  const dates = usableDates(s.mentions, latest);
  const after = dates.find((d) => d.start >= hit.start && d.start < clauseEnd);
  const before = dates.filter((d) => d.end <= hit.start && d.start >= clauseStart).at(-1);
  const found = after ?? before;
  if (found) return toPartial(found);
  // "… on 8 May 2025. The decision was passed by the Seimas …": a sentence that refers back to the one
  // before it ("The decision", "The vote") takes that sentence's date (same paragraph only).
  return dates.length === 0 && ctx.lastDate && REFERS_BACK.test(s.text) ? ctx.lastDate.date : undefined;
}

function toPartial(d: DateMention): PartialDate {
  return { value: d.value, precision: d.precision as PartialDate['precision'] };
}

function treatyFor(s: SentenceReading, hit: { start: number; end: number }, ctx: Context): string | undefined {
  const treaties = mentionsOf(s.mentions, 'treaty').filter((t) => t.treatyId !== null);
  const after = treaties.find((t) => t.start >= hit.start);
  const before = treaties.filter((t) => t.end <= hit.end).at(-1);
  return after?.treatyId ?? before?.treatyId ?? ctx.lastTreaty;
}

/** The state the phrase is about: named right after it (when the cue says so), else the nearest one before it that acts, else one after, else the one last talked about. */
function subjectOf(s: SentenceReading, hit: { cue: EventCue; start: number; end: number }, ctx: Context): string | undefined {
  const acting = (m: StateMention) => m.form !== 'adjective' || ACTOR_AFTER_ADJECTIVE.test(s.text.slice(m.end - s.start));
  const states = mentionsOf(s.mentions, 'state');
  const bodies = mentionsOf(s.mentions, 'body');
  if (hit.cue.stateAfter) {
    const next = states.find((m) => m.start >= hit.end && m.start - hit.end <= 4);
    if (next) return next.iso3;
  }
  const before = [...states.filter((m) => m.end <= hit.start && acting(m)), ...bodies.filter((b) => b.end <= hit.end)].sort((a, b) => a.start - b.start).at(-1);
  const lead = s.text.slice(0, hit.start - s.start);
  if (PRONOUN_BEFORE.test(lead) && (!before || /\b(?:its|their|it|they)\s+(?:\w+\s+){0,2}$/iu.test(lead.slice(before.end - s.start)))) {
    return before?.iso3 ?? ctx.topicState;
  }
  if (before) return before.iso3;
  const inside = bodies.find((b) => b.start >= hit.start && b.end <= hit.end + 40);
  if (inside) return inside.iso3;
  return states.find((m) => m.start >= hit.end && acting(m))?.iso3 ?? ctx.topicState;
}

function depositKind(index: RecordIndex, iso3: string, treatyId: string | null): EventCandidate['kind'] {
  const deposits: readonly string[] = DEPOSIT_KINDS;
  const recorded = (index.eventsByState.get(iso3) ?? []).find((e) => e.treatyId === treatyId && deposits.includes(e.kind));
  return recorded?.kind ?? 'accession';
}

function voteDetails(s: SentenceReading, hit: { start: number }): Record<string, number | boolean> | undefined {
  const tally = mentionsOf(s.mentions, 'tally').sort((a, b) => Math.abs(a.start - hit.start) - Math.abs(b.start - hit.start))[0];
  if (!tally) return undefined;
  const d: Record<string, number | boolean> = {};
  if (tally.for !== undefined) d.yes = tally.for;
  if (tally.against !== undefined) d.no = tally.against;
  if (tally.abstain !== undefined) d.abstain = tally.abstain;
  if (tally.absent !== undefined) d.absent = tally.absent;
  if (tally.unanimous) d.unanimous = true;
  return Object.keys(d).length > 0 ? d : undefined;
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphOf(starts: readonly number[], at: number): number {
  let p = 0;
  while (p + 1 < starts.length && (starts[p + 1] ?? Infinity) <= at) p += 1;
  return p;
}
