import type { FoundClaim } from './claim.js';
import { type SentenceView, after, all, before, claimedDate, dateAfter, found, local, stateName, treatyFor, treatyName } from './extract-context.js';
import { claimedDateWords } from './dates-match.js';
import { eventWords } from './extract-state.js';

const WITHDRAWAL = /\b(?:withdraw\w*|exit\w*|leav\w+|denunciation|denounc\w*)\b/iu;
const EFFECT = /\b(?:take|takes|took|taking)\s+effect\b|\b(?:come|came|comes)\s+into\s+effect\b|\b(?:become|becomes|became)\s+effective\b/iu;
const FROM_DEPOSITARY = /^\s*(?:after|from|following|of)\s+(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations|depositary|Secretary-General|UN\s+Secretary-General)['’]?s?\s+)*(?:receipt|receiving|receives|received|deposit\w*|notif\w*|(?:the\s+)?instrument)|^\s*(?:after|from|following)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|depositary)\b[^.;]{0,80}?\b(?:receiv\w*|receipt|notif\w*)/iu;
const FROM_DECISION = /^\s*(?:after|from|following)\s+(?:the\s+)?(?:vote|voting|decision|adoption|announcement|signature|signing|law|parliament)/iu;
const IN_FORCE = /\b(?:entered|came|enters|comes|(?:will|shall|would|to)\s+(?:now\s+)?(?:enter|come))\s+into\s+force\b|\bin\s+force\s+since\b/iu;
// "the 1997 Mine Ban Treaty", "the 2013 pact", "the 2008 Convention on Cluster Munitions": a year naming the treaty.
const YEAR_NAMED = /^\s*(?:(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:Treaty|Convention|Protocol)\b|(?:pact|treaty|convention|accord|agreement|ban\s+treaty)\b)/u;
const ADOPTED = /\b(?:was\s+)?(?:negotiated\s+and\s+)?adopted\b/iu;
const OPENED = /\bopened\s+for\s+signature\b/iu;

/** Finds the effect rule ("will take effect in six months") and effect dates ("will take effect in March"). */
export function extractEffect(v: SentenceView): FoundClaim[] {
  if (!v.lower.includes('effect')) return [];
  const effect = EFFECT.exec(v.s.text);
  if (!effect || !WITHDRAWAL.test(v.s.text)) return [];
  const at = v.s.start + effect.index + effect[0].length;
  const treatyId = treatyFor(v, at);
  if (treatyId === undefined) return [];
  const iso3 = all(v, 'state')[0]?.iso3 ?? all(v, 'body')[0]?.iso3 ?? v.prevState ?? v.mainState;
  const duration = all(v, 'duration').find((d) => d.start >= at && d.start - at < 40);
  if (duration) {
    const rest = after(v, duration.end, 140);
    const from = FROM_DEPOSITARY.test(rest) ? 'depositary' : FROM_DECISION.test(rest) ? 'decision' : 'unspecified';
    const end = duration.end + (FROM_DEPOSITARY.exec(rest)?.[0].length ?? FROM_DECISION.exec(rest)?.[0].length ?? 0);
    const start = v.s.start + (/\b(?:the\s+)?withdraw\w*/iu.exec(v.s.text)?.index ?? effect.index);
    // "… will take effect in six months", said of a step the text just dated ("on 8 May 2025"): counted from that day,
    // when that day is a step of the news (within a year before the text), not the treaty's own history ("adopted on 18 September 1997").
    const since = from === 'depositary' || !recentStep(v.recentDate, v.textDate) ? undefined : v.recentDate;
    return [found(v, { kind: 'effect_rule', treatyId, amount: duration.amount, unit: duration.unit, from, ...(iso3 ? { iso3 } : {}), ...(since ? { since } : {}) }, Math.min(start, duration.start), end,
      `a withdrawal from the ${treatyName(v, treatyId)} takes effect ${duration.amount} ${duration.unit} after ${from === 'depositary' ? 'the depositary receives it' : from === 'decision' ? 'the decision' : since ?? "the text's date"}`)];
  }
  // The date it took effect: after the verb, else anywhere in the sentence ("Yesterday the withdrawals … became effective").
  const d = dateAfter(v, at, 40) ?? all(v, 'date').find((x) => x.precision === 'day' || x.precision === 'month');
  if (!d || iso3 === undefined || d.precision === 'decade' || d.precision === 'range') return [];
  const date = claimedDate(d, v.yearsKnown);
  const start = v.s.start + (/\b(?:the\s+)?withdraw\w*/iu.exec(v.s.text)?.index ?? effect.index);
  const named = [...new Set(all(v, 'state').filter((s) => s.form !== 'adjective').map((s) => s.iso3))];
  return (named.length > 0 ? named : [iso3]).map((who) => found(v, { kind: 'state_event', treatyId, iso3: who, event: 'withdrawal_effect', date }, Math.min(start, d.start), Math.max(d.end, at), eventWords(stateName(v, who), 'withdrawal_effect', treatyName(v, treatyId), date)));
}

function recentStep(date: string | undefined, textDate: string | undefined): boolean {
  if (date === undefined) return false;
  if (textDate === undefined) return true;
  return date <= textDate && date >= `${Number(textDate.slice(0, 4)) - 1}${textDate.slice(4)}`;
}

/** Finds dates of the treaty itself: "entered into force in 1999", "adopted in Oslo in 1997", "opened for signature on 3 December 1997". */
export function extractTreatyDates(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  if (!v.s.mentions.some((m) => m.kind === 'date')) return out;
  for (const d of all(v, 'date')) {
    if (d.precision !== 'year' || !/\bthe\s+$/iu.test(before(v, d.start, 5)) || !YEAR_NAMED.test(after(v, d.end, 60))) continue;
    const named = all(v, 'treaty').find((t) => t.start >= d.end && t.start - d.end <= 2 && t.treatyId !== null);
    const treatyId = named?.treatyId ?? (/^\s*(?:pact|treaty|convention|accord|agreement)\b/iu.test(after(v, d.end, 20)) ? treatyFor(v, d.start) : undefined);
    if (!treatyId) continue;
    const date = claimedDate(d, v.yearsKnown);
    out.push(found(v, { kind: 'treaty_date', treatyId, event: 'dated', date }, d.start - 4, named?.end ?? d.end, `the ${treatyName(v, treatyId)} dates from ${d.value}`));
  }
  if (!(v.lower.includes('force') || v.lower.includes('adopted') || v.lower.includes('opened'))) return out;
  for (const [re, event] of [[IN_FORCE, 'entry_into_force'], [ADOPTED, 'adopted'], [OPENED, 'opened_for_signature']] as const) {
    const m = re.exec(v.s.text);
    if (!m) continue;
    const at = v.s.start + m.index + m[0].length;
    // "entered into force for Lithuania on …" is the state's own date, not the treaty's.
    if (/^\s+for\s/iu.test(after(v, at, 6))) continue;
    const d = dateAfter(v, at, 40);
    if (!d || d.yearInferred) continue;
    // A state as the subject ("Lithuania … joined") makes it another claim.
    if (all(v, 'state').some((s) => s.form === 'name' && s.end <= v.s.start + m.index && /^\s*(?:has|have|had)?\s*$/iu.test(v.s.text.slice(local(v, s.end), m.index)))) continue;
    const treatyId = treatyFor(v, at);
    if (treatyId === undefined) continue;
    const place = event === 'adopted' ? /\bin\s+(\p{Lu}[\p{L}]+)\b/u.exec(v.s.text.slice(m.index + m[0].length, local(v, d.start)))?.[1] : undefined;
    const date = claimedDate(d, v.yearsKnown);
    const start = v.s.start + m.index + (m[0].length - m[0].trimStart().length);
    out.push(found(v, { kind: 'treaty_date', treatyId, event, date, ...(place ? { place } : {}) }, start, d.end, `the ${treatyName(v, treatyId)} ${event.replace(/_/g, ' ')} ${place ? `in ${place} ` : ''}${claimedDateWords(date)}`));
  }
  return out;
}
