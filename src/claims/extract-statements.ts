import type { RecordIndex } from '../domain/record-index.js';
import { type DateMention, type TextReading, mentionsOf } from '../text/index.js';
import { sentenceAt } from '../text/statements/question-state.js';
import { readStatements } from '../text/statements/read-statements.js';
import type { FoundClaim } from './claim.js';
import { claimedDate } from './extract-context.js';

/**
 * Finds what a text says people said on leaving a treaty: "Prime Minister Paluckas said Lithuania
 * should withdraw from the Ottawa Convention". The speaker is kept as written (a name or a post);
 * the checker resolves it against the workspace. A day or month written in the passage dates it.
 */
export function extractStatements(reading: TextReading, index: RecordIndex, yearsKnown = true): FoundClaim[] {
  const out: FoundClaim[] = [];
  for (const c of readStatements(reading)) {
    if (c.stance === 'undecided') continue;
    const i = sentenceAt(reading, c.start);
    const date = dateIn(reading, i, c.start, c.end);
    const claim = { kind: 'statement' as const, speaker: c.speaker, stance: c.stance, ...(c.iso3 ? { iso3: c.iso3 } : {}), ...(c.treatyId ? { treatyId: c.treatyId } : {}), ...(date ? { date: claimedDate(date, yearsKnown) } : {}) };
    out.push({ claim, start: c.start, end: c.end, sentence: i, claimed: claimedWords(index, c.speaker, c.stance, c.iso3, c.treatyId) });
  }
  return out;
}

// "Tamar Gabelnick opposes Lithuania withdrawing from the APMBC", in the record's names.
function claimedWords(index: RecordIndex, speaker: string, stance: 'supports' | 'opposes', iso3: string | undefined, treatyId: string | undefined): string {
  const state = iso3 === undefined ? '' : `${index.states.get(iso3)?.name ?? iso3} `;
  const treaty = treatyId === undefined ? '' : ` from the ${index.treaties.get(treatyId)?.shortName ?? treatyId}`;
  return `${speaker} ${stance} ${state}withdrawing${treaty}`;
}

// A day or month (not "today", not a bare year) written inside the passage.
function dateIn(reading: TextReading, first: number, start: number, end: number): DateMention | undefined {
  for (let i = first; i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < end; i += 1) {
    const d = mentionsOf(reading.sentences[i]?.mentions ?? [], 'date').find((m) => m.start >= start && m.end <= end && (m.precision === 'day' || m.precision === 'month') && !m.relative);
    if (d) return d;
  }
  return undefined;
}
