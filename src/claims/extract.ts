import type { RecordIndex } from '../domain/record-index.js';
import { type Gazetteer, type Mention, type TextReading, mentionsOf } from '../text/index.js';
import type { FoundClaim } from './claim.js';
import type { Extractor, SentenceView } from './extract-context.js';
import { extractCounts } from './extract-counts.js';
import { extractGroupClaims } from './extract-groups.js';
import { extractCasualties, extractCasualtyTotals, extractMineUse, extractProcess, extractVotes } from './extract-other.js';
import { extractEffect, extractTreatyDates } from './extract-rules.js';
import { extractStateClaims } from './extract-state.js';
import { extractStatements } from './extract-statements.js';
import { extractOrdinals } from './extract-ordinals.js';

/** Every extractor, in the order their claims are listed when two start together. */
export const EXTRACTORS: readonly Extractor[] = [extractCounts, extractGroupClaims, extractStateClaims, extractEffect, extractTreatyDates, extractVotes, extractCasualties, extractCasualtyTotals, extractMineUse, extractProcess, extractOrdinals];

/** Finds every checkable claim in a text that has been read. */
export function extractClaims(reading: TextReading, index: RecordIndex, gazetteer: Gazetteer, yearsKnown = true): FoundClaim[] {
  const all = reading.sentences.flatMap((s) => s.mentions);
  const mainTreaty = mostOften(mentionsOf(all, 'treaty').map((t) => t.treatyId));
  const mainState = mostOften(mentionsOf(all, 'state').map((s) => s.iso3));
  // Counted once per sentence ("the United States (US)" is one mention of it), and only when no other state is named as often.
  const soleMainState = mostOften(reading.sentences.flatMap((s) => [...new Set(mentionsOf(s.mentions, 'state').map((m) => m.iso3))]), true);
  let prevSoleState: string | undefined;
  const out: FoundClaim[] = [];
  let lastTreaty: string | undefined;
  let prevState: string | undefined;
  // Two extractors may find the same claim; a claim is kept once (looked up by its typed form, not compared with every other).
  const seen = new Map<string, FoundClaim[]>();
  // The latest full date of each sentence, for "… will take effect in six months" said of a step dated just before.
  const days = reading.sentences.map((s) => mentionsOf(s.mentions, 'date').filter((d) => d.precision === 'day' && !d.relative).pop()?.earliest);
  reading.sentences.forEach((s, i) => {
    // A sentence that names nothing the record knows and has no number, date or share holds no claim.
    if (s.mentions.length === 0) return;
    const recentDate = days[i] ?? days[i - 1] ?? days[i - 2];
    const v: SentenceView = { s, lower: s.text.toLowerCase(), prev: reading.sentences[i - 1], lastTreaty, mainTreaty, mainState, prevState, index, gazetteer, yearsKnown, recentDate, textDate: reading.reference, prevSoleState, soleMainState };
    for (const extract of EXTRACTORS) {
      for (const c of extract(v)) {
        const key = JSON.stringify(c.claim);
        const same = seen.get(key) ?? [];
        if (same.some((o) => o.start < c.end && c.start < o.end)) continue;
        same.push(c);
        seen.set(key, same);
        out.push(c);
      }
    }
    lastTreaty = lastTreatyIn(s.mentions) ?? lastTreaty;
    prevState = mentionsOf(s.mentions, 'state').find((m) => m.form !== 'adjective')?.iso3 ?? mentionsOf(s.mentions, 'body')[0]?.iso3 ?? prevState;
    const named = new Set([...mentionsOf(s.mentions, 'state').map((m) => m.iso3), ...mentionsOf(s.mentions, 'body').map((m) => m.iso3)]);
    prevSoleState = named.size === 1 ? [...named][0] : named.size > 1 ? undefined : prevSoleState;
  });
  // Statements span sentences (a quotation and its attribution): read once over the whole text.
  out.push(...extractStatements(reading, index, yearsKnown));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function lastTreatyIn(mentions: readonly Mention[]): string | undefined {
  return mentionsOf(mentions, 'treaty').filter((t) => t.treatyId !== null).pop()?.treatyId ?? undefined;
}

function mostOften(ids: readonly (string | null)[], sole = false): string | undefined {
  const n = new Map<string, number>();
  for (const id of ids) if (id !== null) n.set(id, (n.get(id) ?? 0) + 1);
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  if (sole && ranked.length > 1 && ranked[0]?.[1] === ranked[1]?.[1]) return undefined;
  return ranked[0]?.[0];
}
