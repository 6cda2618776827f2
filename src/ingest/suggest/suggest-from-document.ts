import { DEPOSIT_KINDS } from '../../domain/event.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { Gazetteer, TextReading } from '../../text/index.js';
import { mentionsOf, readText } from '../../text/index.js';
import type { NewSuggestion } from '../../store/suggestion-store.js';
import type { EventProposal } from '../proposal.js';
import { duplicateOf } from '../suggestion-duplicates.js';
import { label } from '../untc/untc-suggestions.js';
import type { EventCandidate } from './event-candidate.js';
import { peopleSuggestions } from './people-suggestions.js';
import { readEvents } from './read-events.js';

/** What the suggester needs of a document. */
export interface SuggestableDocument {
  readonly id: string;
  readonly body: string;
  /** Its date as stored (given, from metadata or its dateline), if any. */
  readonly published?: string;
}

/**
 * The events a document reports, as suggestions for review: each with the sentence it was read
 * from, the recorded event it would repeat (if any), and what the record says where it differs.
 * Relative dates ("in March") are read against the document's date, else the latest full date it gives.
 */
export function suggestFromDocument(index: RecordIndex, gazetteer: Gazetteer, doc: SuggestableDocument, recording: { by: string; at: string }): NewSuggestion[] {
  const { reading, events } = readDocumentEvents(index, gazetteer, doc);
  const candidates = foldEffects(events);
  const seen = new Set<string>();
  const out: NewSuggestion[] = [];
  for (const c of candidates) {
    const when = c.date?.value ?? `effect ${c.effect?.value ?? ''}`;
    const key = `doc|${doc.id}|${c.iso3}|${c.treatyId ?? '-'}|${c.kind}|${when}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const proposal = proposalOf(c);
    const dup = duplicateOf(index, proposal);
    out.push({
      key,
      origin: 'document',
      documentId: doc.id,
      type: 'event',
      summary: summaryOf(index, c, dup),
      proposal,
      quote: c.quote,
      span: { start: c.start, end: c.end },
      ...(dup ? { duplicateOf: dup } : {}),
      createdBy: recording.by,
      createdAt: recording.at,
    });
  }
  // Statements (speaker, stance, quote) and vote results, read from the same reading.
  out.push(...peopleSuggestions(index, reading, events, doc, recording));
  return out;
}

/** The candidate events of a document (exported for the quality measurement). */
export function eventCandidates(index: RecordIndex, gazetteer: Gazetteer, doc: SuggestableDocument): EventCandidate[] {
  return readDocumentEvents(index, gazetteer, doc).events;
}

/** The document read once: the text reader's reading and the events it reports. */
function readDocumentEvents(index: RecordIndex, gazetteer: Gazetteer, doc: SuggestableDocument): { reading: TextReading; events: EventCandidate[] } {
  const dated = doc.published !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) ? doc.published : undefined;
  let reading = readText(doc.body, gazetteer, dated ? { reference: dated } : {});
  let latest = dated ?? reading.dateline?.date;
  if (latest === undefined) {
    // Undated: the latest full date the text gives stands in for its date ("in March" after "on 8 May 2025").
    const days = reading.sentences.flatMap((s) => mentionsOf(s.mentions, 'date')).filter((d) => d.precision === 'day' && !d.relative).map((d) => d.value);
    latest = days.sort().at(-1);
    if (latest !== undefined) reading = readText(doc.body, gazetteer, { reference: latest });
  }
  return { reading, events: readEvents(reading, index, latest) };
}

/**
 * A document that dates a withdrawal's deposit in one sentence and its effect in another reports
 * one withdrawal: the effect goes to the dated one (a text rarely reports two by the same state).
 */
function foldEffects(candidates: readonly EventCandidate[]): EventCandidate[] {
  const out = [...candidates];
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const c = out[i];
    if (!c || c.date !== undefined || c.effect === undefined) continue;
    const j = out.findIndex((o) => o.date !== undefined && o.iso3 === c.iso3 && o.treatyId === c.treatyId && o.kind === c.kind);
    const dated = out[j];
    if (!dated) continue;
    if (dated.effect === undefined) out[j] = { ...dated, effect: c.effect };
    out.splice(i, 1);
  }
  return out;
}

function proposalOf(c: EventCandidate): EventProposal {
  const input: Record<string, unknown> = { state: c.iso3, kind: c.kind, quote: c.quote };
  if (c.treatyId !== null) input.treaty = c.treatyId;
  if (c.date) input.date = c.date.value;
  if (c.effect?.precision === 'day') input.effect_date = c.effect.value;
  if (c.details) input.details = c.details;
  return { input, ...(c.effect ? { effect: c.effect.value } : {}) };
}

const VOTE_WORDS: Readonly<Record<string, string>> = { yes: 'for', no: 'against', abstain: 'abstained', absent: 'absent' };

function summaryOf(index: RecordIndex, c: EventCandidate, dup: string | undefined): string {
  const state = index.states.get(c.iso3)?.name ?? c.iso3;
  const treaty = c.treatyId === null ? '' : ` (${index.treaties.get(c.treatyId)?.shortName ?? c.treatyId})`;
  const when = c.date ? c.date.value : `took effect ${c.effect?.value ?? '?'} (the text gives no deposit date)`;
  const votes = c.details ? ` — ${Object.entries(c.details).map(([k, v]) => (v === true ? k : `${String(v)} ${VOTE_WORDS[k] ?? k}`)).join(', ')}` : '';
  let differs = '';
  if (!dup && c.date) {
    const deposits: readonly string[] = DEPOSIT_KINDS;
    const family = (k: string) => (deposits.includes(k) ? 'deposit' : k);
    const other = (index.eventsByState.get(c.iso3) ?? []).find((e) => e.treatyId === c.treatyId && family(e.kind) === family(c.kind));
    if (other) differs = ` (the record has ${other.kind.replace(/_/g, ' ')} on ${other.date.value}: ${other.id})`;
  }
  return `${state}: ${label(c.kind).toLowerCase()}${treaty}, ${when}${votes}${differs}`;
}
