import type { StateMention } from '../text/index.js';
import type { Claim, ClaimedDate, FoundClaim, StandingPredicate, StateEventKind } from './claim.js';
import { type SentenceView, after, all, claimedDate, clauseEnd, dateAfter, found, local, stateName, treatyFor, treatyName } from './extract-context.js';
import { claimedDateWords } from './dates-match.js';

const ADVERBS = '(?:\\s+(?:has|have|had|was|were|officially|formally|finally|also|first|then|already|only|itself|subsequently|later|itself))*';
const VERB = new RegExp(`^(?:\\s*,\\s*(?:which|who))?${ADVERBS}\\s+(signed|ratified|acceded(?:\\s+to)?|joined|became\\s+(?:a\\s+)?(?:State\\s+)?Party\\s+to|withdrew\\s+from|withdrawn\\s+from|left|exited|quit|denounced|will\\s+(?:formally\\s+|officially\\s+|therefore\\s+)*(?:leave|exit|quit)|deposited\\s+(?:its|their)\\s+instruments?(?:\\s+of\\s+(?:ratification|accession|acceptance|approval|withdrawal))?)(?![\\p{L}])`, 'iu');
const CHAINED = /^\s*,?\s*(?:and\s+)?(signed|ratified|acceded\s+to|joined|withdrew\s+from)\s+(?:it|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})/iu;
const NOUN = /^\s+(?:own\s+|official\s+|formal\s+|unprecedented\s+)*(withdrawal|accession|ratification|signature|exit)\s+(?:from|to|of)\s+/iu;
const STATUS: readonly (readonly [RegExp, StandingPredicate])[] = [
  [/^\s+(?:has|have|had)\s+never\s+signed/iu, 'never_signed'],
  [/^\s+(?:has|have|had)\s+never\s+(?:joined|been\s+(?:a\s+)?part)/iu, 'never_joined'],
  [/^\s+(?:has|have|had)\s+never\s+ratified|^\s+(?:did|does|has|have)\s+not\s+(?:yet\s+)?ratif(?:y|ied)/iu, 'not_ratified'],
  [/^\s+(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:sign|signed)\b/iu, 'never_signed'],
  [/^\s+(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:join|joined)\b/iu, 'never_joined'],
  [/^\s+(?:is|are|remains?|was|were)\s+not\s+(?:a\s+)?(?:State\s+)?part(?:y|ies)\s+to|^\s*,?\s+(?:remains?|is|are|stays?)\s+outside/iu, 'not_party'],
  [/^\s+(?:is|are|remains?)\s+(?:still\s+)?(?:a\s+)?(?:State\s+)?part(?:y|ies)(?:\s+to|(?=\s*[.;,]|$))|^\s+(?:is|are)\s+(?:still\s+)?part\s+of/iu, 'party'],
];
const INTENT = /\b(?:announc\w*|propos\w*|plan\w*|intend\w*|intention|decid\w*|decision|consider\w*|support\w*|call\w*\s+for|vot\w*|approv\w*|backs?|backed|urg\w*|seeks?|debate)\b[^.]*$/iu;
const KIND: Record<string, StateEventKind> = { 'will-leave': 'withdrawal_effect', 'deposited-withdrawal': 'withdrawal_deposited', 'deposited-ratification': 'ratified', 'deposited-accession': 'acceded', 'deposited-acceptance': 'ratified', 'deposited-approval': 'ratified', signed: 'signed', ratified: 'ratified', acceded: 'acceded', joined: 'joined', became: 'joined', withdrew: 'withdrew', withdrawn: 'withdrew', left: 'withdrew', exited: 'withdrew', quit: 'withdrew', denounced: 'withdrew', withdrawal: 'withdrew', exit: 'withdrew', accession: 'acceded', ratification: 'ratified', signature: 'signed' };

/** Finds what a state did or is: "Lithuania ratified the Ottawa Convention in 2003", "Russia has never signed the Ottawa Treaty", "its official withdrawal from the CCM on 6 March 2025". */
export function extractStateClaims(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  if (!v.s.mentions.some((m) => m.kind === 'state' || m.kind === 'group') && !(v.lower.includes('its ') && v.s.mentions.some((m) => m.kind === 'date'))) return out;
  const states = all(v, 'state').filter((s) => s.form !== 'adjective');
  for (const s of states) {
    out.push(...events(v, s), ...standing(v, s));
  }
  if (v.lower.includes('neither')) out.push(...neitherNor(v));
  if (v.lower.includes('its ')) out.push(...pronounEvents(v, states));
  if (/joining|ratifying|signing|acceding/u.test(v.lower)) out.push(...gerundEvents(v, states));
  out.push(...regionEvents(v));
  return out;
}

// "The three Baltic states will leave the accord on 27 December 2025": a step of each member.
function regionEvents(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  for (const g of all(v, 'group').filter((x) => x.members !== undefined && x.within === undefined)) {
    const head = VERB.exec(after(v, g.end, 80));
    if (!head) continue;
    const verb = verbOf(head[1] ?? '', v.s.text);
    for (const iso3 of g.members ?? []) {
      const claim = dated(v, iso3, verb, g.end + head[0].length);
      if (claim) out.push(found(v, claim.claim, g.start, claim.end, claim.words));
    }
  }
  return out;
}

// "By joining the AP Mine Ban Convention in 2003, Lithuania aligned itself …": the subject comes after.
function gerundEvents(v: SentenceView, states: readonly StateMention[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  const re = /\b(?:by|since|after|upon|on|when)\s+(joining|ratifying|signing|acceding\s+to)\s+/giu;
  for (let m = re.exec(v.s.text); m !== null; m = re.exec(v.s.text)) {
    const at = v.s.start + m.index + m[0].length;
    const d = dateAfter(v, at, 100);
    const subject = d ? states.find((s) => s.start > d.end && s.start - d.end < 40) : undefined;
    if (!d || !subject) continue;
    const verb = { joining: 'joined', ratifying: 'ratified', signing: 'signed' }[(m[1] ?? '').toLowerCase()] ?? 'acceded';
    const claim = dated(v, subject.iso3, verb, at);
    if (claim) out.push(found(v, claim.claim, v.s.start + m.index + (m[0].length - m[0].trimStart().length) + (/^\w+\s+/u.exec(m[0])?.[0].length ?? 0), claim.end, claim.words));
  }
  return out;
}

function events(v: SentenceView, s: StateMention): FoundClaim[] {
  const out: FoundClaim[] = [];
  const last = listEnd(v, s);
  const verbal = VERB.exec(after(v, last.end, 80));
  // "Lithuania’s withdrawal from …": a step taken, unless announced, proposed or voted on.
  const nominal = verbal || s.form !== 'possessive' || INTENT.test(v.s.text.slice(Math.max(0, local(v, s.start) - 40), local(v, s.start))) ? null : NOUN.exec(after(v, s.end, 80));
  const head = verbal ?? nominal;
  if (!head) return out;
  let at = (verbal ? last.end : s.end) + head[0].length;
  let from = s.start;
  let verb = verbOf(head[1] ?? '', v.s.text);
  for (let guard = 0; guard < 4; guard += 1) {
    const claim = dated(v, s.iso3, verb, at);
    if (claim) out.push(found(v, claim.claim, from, claim.end, claim.words));
    const next = CHAINED.exec(v.s.text.slice(local(v, claim?.end ?? at)));
    if (!next) break;
    // The next step of the same subject: ", ratified it in 2003".
    from = (claim?.end ?? at) + next[0].length - next[0].trimStart().replace(/^,\s*(?:and\s+)?/u, '').length;
    at = (claim?.end ?? at) + next[0].length;
    verb = verbOf(next[1] ?? '');
  }
  return out;
}

// "deposited its instrument of withdrawal" → "deposited-withdrawal"; "acceded to" → "acceded".
function verbOf(words: string, sentence = ''): string {
  const w = words.toLowerCase();
  // "deposited its instrument" with no kind: of withdrawal in a sentence about leaving.
  if (/^deposited\s+\w+\s+instruments?$/u.test(w)) return /withdraw|leav|exit/iu.test(sentence) ? 'deposited-withdrawal' : 'joined';
  if (w.startsWith('will')) return 'will-leave';
  return w.startsWith('deposited') ? `deposited-${w.split(/\s+/).pop() ?? ''}` : (w.split(/\s+/)[0] ?? '');
}

// The step `verb` taken at `at`, if a treaty and a date follow within the clause.
function dated(v: SentenceView, iso3: string, verb: string, at: number): { claim: Claim; from: number; end: number; words: string } | undefined {
  const d = dateAfter(v, at, 100);
  if (!d || d.precision === 'decade' || d.precision === 'range') return undefined;
  const treatyId = treatyFor(v, at);
  if (treatyId === undefined) return undefined;
  const text = v.s.text.slice(local(v, at), local(v, d.start));
  // "withdrawal … took effect on", "official withdrawal … on": the day it took effect.
  const effect = /took\s+effect|takes\s+effect|became\s+effective|effective|came\s+into\s+effect/iu.test(text) || /official|formal/iu.test(v.s.text.slice(Math.max(0, local(v, at) - 40), local(v, at)));
  const event: StateEventKind = (KIND[verb] === 'withdrew' && effect) ? 'withdrawal_effect' : (KIND[verb] ?? 'joined');
  const date = claimedDate(d, v.yearsKnown);
  return { claim: { kind: 'state_event', treatyId, iso3, event, date }, from: at, end: d.end, words: eventWords(stateName(v, iso3), event, treatyName(v, treatyId), date) };
}

// "Russia and China have never joined", "Estonia, Latvia and Lithuania deposited …": the verb is each listed state's.
function listEnd(v: SentenceView, s: StateMention): StateMention {
  const states = all(v, 'state');
  let last = s;
  for (let i = states.indexOf(s) + 1; i < states.length; i += 1) {
    const next = states[i] as StateMention;
    if (!/^\s*(?:,|and|or|, and|, or)?\s*(?:the\s+)?$/iu.test(v.s.text.slice(local(v, last.end), local(v, next.start)))) break;
    last = next;
  }
  return last;
}

function standing(v: SentenceView, s: StateMention): FoundClaim[] {
  const last = listEnd(v, s);
  // "Finland, which deposited its instrument on July 10, 2025, is still a party": past the relative clause.
  const relative = /^\s*,\s*(?:which|who)\b.{0,120}?,(?=\s+(?:is|are|has|have|had|was|were|remains?|did|does)\b)/iu.exec(after(v, last.end, 140));
  const text = after(v, last.end + (relative?.[0].length ?? 0), 80);
  for (const [re, predicate] of STATUS) {
    const m = re.exec(text);
    if (!m) continue;
    const end = last.end + (relative?.[0].length ?? 0) + m[0].length;
    // Never a claim about "it" unless a treaty is in view.
    const treatyId = treatyFor(v, end);
    if (treatyId === undefined) return [];
    const stop = clauseEnd(v, end, 80);
    const objectEnd = all(v, 'treaty').find((t) => t.start >= end && t.start < stop)?.end ?? (/^\s+it\b/iu.exec(after(v, end, 6)) ? end + 3 : end);
    return [found(v, { kind: 'state_status', treatyId, iso3: s.iso3, predicate }, s.start, objectEnd, standingWords(stateName(v, s.iso3), predicate, treatyName(v, treatyId)))];
  }
  return [];
}

// "its official withdrawal from the Convention on Cluster Munitions on 6 March 2025": "its" is the sentence's first state.
function pronounEvents(v: SentenceView, states: readonly StateMention[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  const re = /\bits\s+(?:own\s+|official\s+|formal\s+|unprecedented\s+)*(withdrawal|accession|ratification)\s+(?:from|to|of)\s+/giu;
  for (let m = re.exec(v.s.text); m !== null; m = re.exec(v.s.text)) {
    const at = v.s.start + m.index;
    // "announced its withdrawal", "proposal for its withdrawal": not a step taken.
    if (INTENT.test(v.s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const subject = states.filter((s) => s.end <= at)[0]?.iso3 ?? v.prevState ?? v.mainState;
    if (subject === undefined) continue;
    const claim = dated(v, subject, (m[1] ?? '').toLowerCase(), at + m[0].length);
    if (claim) out.push(found(v, claim.claim, at, claim.end, claim.words));
  }
  return out;
}

/** A dated step in words: "Lithuania ratified the APMBC in 2003". */
export function eventWords(state: string, event: StateEventKind, treaty: string, date: ClaimedDate): string {
  const when = `${date.precision === 'day' ? 'on' : 'in'} ${claimedDateWords(date)}`;
  switch (event) {
    case 'withdrawal_effect':
      return `${state}'s withdrawal from the ${treaty} took effect ${when}`;
    case 'entry_into_force':
      return `the ${treaty} entered into force for ${state} ${when}`;
    case 'withdrew':
      return `${state} withdrew from the ${treaty} ${when}`;
    case 'withdrawal_deposited':
      return `${state} deposited its instrument of withdrawal from the ${treaty} ${when}`;
    case 'acceded':
      return `${state} acceded to the ${treaty} ${when}`;
    default:
      return `${state} ${event} the ${treaty} ${when}`;
  }
}

/** A standing in words: "Russia has never signed the APMBC". */
export function standingWords(state: string, p: StandingPredicate, treaty: string): string {
  const words: Record<StandingPredicate, string> = {
    party: `is a State Party to the ${treaty}`,
    not_party: `is not a State Party to the ${treaty}`,
    never_signed: `has never signed the ${treaty}`,
    never_joined: `has never joined the ${treaty}`,
    not_ratified: `has not ratified the ${treaty}`,
    withdrawing: `is leaving the ${treaty}`,
  };
  return `${state} ${words[p]}`;
}

// "Neither the US nor Russia has signed it": a standing of each.
function neitherNor(v: SentenceView): FoundClaim[] {
  const m = /\bneither\s+(.{1,60}?)\s+nor\s+(.{1,60}?)\s+(?:has|have)\s+(?:ever\s+)?(signed|joined|ratified)\b/iu.exec(v.s.text);
  if (!m) return [];
  const start = v.s.start + m.index;
  const end = start + m[0].length;
  const treatyId = treatyFor(v, end);
  if (treatyId === undefined) return [];
  const predicate: StandingPredicate = m[3]?.toLowerCase() === 'signed' ? 'never_signed' : m[3]?.toLowerCase() === 'joined' ? 'never_joined' : 'not_ratified';
  const states = all(v, 'state').filter((s) => s.start >= start && s.end <= end && s.form !== 'adjective');
  return states.map((s) => found(v, { kind: 'state_status', treatyId, iso3: s.iso3, predicate }, start, end, standingWords(stateName(v, s.iso3), predicate, treatyName(v, treatyId))));
}
