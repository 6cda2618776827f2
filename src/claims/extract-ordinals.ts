import type { FoundClaim } from './claim.js';
import { type SentenceView, after, all, before, claimedDate, found, local, stateName, treatyFor, treatyName } from './extract-context.js';

// "the 50th state to ratify", "the 166th State Party", "its 50th ratification", "the fiftieth instrument of ratification".
const WHAT = /^\s*(?:(?:UN\s+)?member\s+)?(?:states?(?:\s+part(?:y|ies))?|country|nation|part(?:y|ies)|ratifications?|instruments?)\b/iu;
const WORD_ORDINALS: Readonly<Record<string, number>> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100 };
const WORD_ORDINAL = /\b(twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b/giu;

/** Finds ordinals of joining: "Honduras became the 50th state to ratify", "the fiftieth instrument … on 24 October 2020". */
export function extractOrdinals(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  const ordinals = [
    ...all(v, 'number').filter((n) => n.ordinal && n.value >= 2 && n.value <= 200).map((n) => ({ start: n.start, end: n.end, value: n.value })),
    ...[...v.s.text.matchAll(WORD_ORDINAL)].map((m) => ({ start: v.s.start + (m.index ?? 0), end: v.s.start + (m.index ?? 0) + m[0].length, value: WORD_ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0 })),
  ];
  for (const o of ordinals) {
    const what = WHAT.exec(after(v, o.end, 40));
    if (!what || o.value === 0) continue;
    // Ordinals of something else: "the 50th anniversary", "the 22nd meeting of states parties".
    if (/\b(?:meeting|conference|session|anniversary|edition|report)\b/iu.test(after(v, o.end, 30))) continue;
    const treatyId = treatyFor(v, o.start);
    if (treatyId === undefined) continue;
    const subject = all(v, 'state').filter((s) => s.form !== 'adjective' && s.end <= o.start && /\b(?:became|become|becomes|becoming|is|was|as)\s+(?:the\s+)?$/iu.test(v.s.text.slice(local(v, s.end), local(v, o.start)).slice(-30))).pop();
    const day = all(v, 'date').find((d) => d.precision === 'day' && !d.yearInferred && Math.abs(d.start - o.start) < 120);
    const end = o.end + what[0].length;
    const at = /\bthe\s+$|\bits\s+$/iu.exec(before(v, o.start, 5));
    out.push(found(v, { kind: 'ordinal', treatyId, n: o.value, ...(subject ? { iso3: subject.iso3 } : {}), ...(day ? { date: claimedDate(day, v.yearsKnown) } : {}) }, subject?.start ?? (at ? o.start - at[0].length : o.start), end,
      `${subject ? `${stateName(v, subject.iso3)} was ` : ''}the ${o.value}th state to deposit an instrument for the ${treatyName(v, treatyId)}${day ? ` (${day.text})` : ''}`));
  }
  return out;
}
