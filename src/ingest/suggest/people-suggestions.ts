import type { RecordIndex } from '../../domain/record-index.js';
import type { NewSuggestion } from '../../store/suggestion-store.js';
import type { TextReading } from '../../text/index.js';
import { mentionsOf } from '../../text/index.js';
import type { StatementProposal, VoteProposal } from '../people-proposal.js';
import type { EventCandidate } from './event-candidate.js';
import { readStatements } from '../../text/statements/read-statements.js';
import { fold } from '../../text/statements/speakers.js';

const LEAVING = /\b(?:withdraw\w*|leav(?:e|ing)|exit\w*|quit\w*|denounc\w*)\b/iu;

// The stance on the question "should <state> leave <treaty>?", in words for the review queue.
const STANCE_WORDS = { supports: 'for', opposes: 'against', undecided: 'undecided on' } as const;

/** Statement and vote suggestions of a document: statements from the text reader's reading, votes from the parliamentary votes it reports with a result. */
export function peopleSuggestions(index: RecordIndex, reading: TextReading, events: readonly EventCandidate[], doc: { id: string; published?: string }, recording: { by: string; at: string }): NewSuggestion[] {
  const base = { origin: 'document' as const, documentId: doc.id, createdBy: recording.by, createdAt: recording.at };
  const out: NewSuggestion[] = [];
  const keys = new Set<string>();
  const date = doc.published !== undefined && /^\d{4}(?:-\d{2}){0,2}$/.test(doc.published) ? doc.published : undefined;
  for (const s of readStatements(reading)) {
    const key = `doc|${doc.id}|statement|${fold(s.speaker)}|${s.start}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const proposal: StatementProposal = {
      speaker: s.speaker, stance: s.stance, quote: s.quote, quoteKind: s.quoteKind,
      ...(s.iso3 ? { iso3: s.iso3 } : {}), ...(s.treatyId ? { treatyId: s.treatyId } : {}), ...(date ? { date } : {}),
    };
    const question = s.iso3 && s.treatyId ? `${index.states.get(s.iso3)?.name ?? s.iso3} leaving the ${index.treaties.get(s.treatyId)?.shortName ?? s.treatyId}` : 'leaving the treaty';
    out.push({ ...base, key, type: 'statement', summary: `${s.speaker}: ${STANCE_WORDS[s.stance]} ${question} (${s.quoteKind === 'direct' ? 'quoted' : 'reported'}${date ? `, by ${date}` : ', undated'})`, proposal, quote: s.quote, span: { start: s.start, end: s.end } });
  }
  for (const v of events) {
    if (v.kind !== 'parliamentary_vote' || !v.details || v.date?.precision !== 'day') continue;
    const key = `doc|${doc.id}|vote|${v.iso3}|${v.treatyId ?? '-'}|${v.date.value}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const d = v.details;
    const counts: VoteProposal['counts'] = {
      ...(typeof d.yes === 'number' ? { yes: d.yes } : {}), ...(typeof d.no === 'number' ? { no: d.no } : {}),
      ...(typeof d.abstain === 'number' ? { abstain: d.abstain } : {}), ...(typeof d.absent === 'number' ? { absent: d.absent } : {}),
    };
    const state = index.states.get(v.iso3)?.name ?? v.iso3;
    const treaty = v.treatyId === null ? undefined : index.treaties.get(v.treatyId)?.shortName;
    const stage = /\bfinal (?:reading|vote)\b/iu.test(v.quote) ? 'final' : /\b(?:first|second) reading\b/iu.test(v.quote) ? 'preliminary' : undefined;
    const proposal: VoteProposal = {
      iso3: v.iso3, ...(v.treatyId === null ? {} : { treatyId: v.treatyId }), body: bodyOf(reading, v) ?? 'parliament', date: v.date.value,
      motion: treaty && LEAVING.test(v.quote) ? `Withdrawal of ${state} from the ${treaty}` : v.quote, ...(stage ? { stage } : {}),
      counts, ...(d.unanimous === true ? { unanimous: true } : {}), quote: v.quote,
    };
    const told = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'counts not given';
    out.push({ ...base, key, type: 'vote', summary: `${state}: vote of ${proposal.body} on ${v.date.value} — ${d.unanimous === true ? 'unanimous' : told}${stage ? ` (${stage})` : ''}`, proposal, quote: v.quote, span: { start: v.start, end: v.end } });
  }
  return out;
}

/** The legislature named in the vote's sentence ("the Seimas"), if any. */
function bodyOf(reading: TextReading, v: EventCandidate): string | undefined {
  const sentence = reading.sentences.find((s) => s.start <= v.start && v.start < s.end);
  return sentence ? mentionsOf(sentence.mentions, 'body').find((b) => b.iso3 === v.iso3)?.name : undefined;
}
