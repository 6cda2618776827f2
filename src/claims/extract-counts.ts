import type { ClaimedDate, FoundClaim } from './claim.js';
import { type SentenceView, after, all, before, claimedDate, found, local, stateName, treatyFor, treatyName } from './extract-context.js';
import { numberWords } from './tolerance.js';

// A count of states follows the number: "165 countries", "163 other states", "111 States Parties", "12 other signatories".
const NOUN = /^\s*(?:(other)\s+)?(?:(?!of\b|in\b|and\b)[\p{L}-]+\s+){0,2}?(states?[\s-]+part(?:y|ies)|states|countries|nations|governments|signatories|parties)(?![\p{L}])/iu;
// The sentence is about belonging to a treaty.
const MEMBERSHIP = /\b(?:part(?:y|ies)|joined|joining|onboard|on\s+board|ratif\w*|acced\w*|accession|signed|signator\w*|adher\w*|banned\s+by|endorsed\s+by|bound\s+by|members?\s+of|committed|outside|never\s+joined|not\s+joined|have\s+not|has\s+not)\b/iu;
const NEVER = /\b(?:never|not\s+yet|yet\s+to|have\s+not|has\s+not|haven't|hasn't|did\s+not|didn't|(?:are|is|were)\s+not\s+(?:yet\s+)?(?:members?|part(?:y|ies)|among)|aren't|remain(?:s|ed)?\s+outside|outside|non-?(?:part(?:y|ies)|signator\w*|members?))\b/iu;
// Words between the number and "states" that keep it a count of all states ("163 other states", "112 States Parties").
const NEUTRAL = /^(?:other|member|UN|U\.N\.|sovereign|independent|world|in\s+all)$/iu;
// The treaty's entry into force waits for certain states (CTBT Annex 2): "eight countries have not ratified", "8 of the 44".
const REQUIRED_STATES = /\b(?:enter(?:ed|s)?\s+into\s+force|entry\s+into\s+force|come\s+into\s+force|in\s+force|Annex\s+(?:2|II)|of\s+the\s+44|44\s+(?:states|countries|nations))\b/iu;
const SIGNED = /\b(?:have|has|had)?\s*signed(?!\s+up)\b/iu;
const DEPOSIT_HINT = /^\s*(?:have|has|had)?\s*(?:ratified|acceded|deposited)\b/iu;
const IN_FORCE_HINT = /\bin\s+force\b|\bbound\s+by\b/iu;

/** Finds counts of States Parties, of signatories and of states that never joined: "165 countries are onboard", "32 states … have never joined". */
export function extractCounts(v: SentenceView): FoundClaim[] {
  if (!v.s.mentions.some((m) => m.kind === 'number') || !MEMBERSHIP.test(v.s.text)) return [];
  const out: FoundClaim[] = [];
  for (const n of all(v, 'number')) {
    if (n.ordinal || n.value < 1 || n.value > 400 || !Number.isInteger(n.value)) continue;
    const noun = NOUN.exec(after(v, n.end, 60));
    if (!noun) continue;
    const nounEnd = n.end + noun[0].length;
    // "27 EU member states" is the size of a group, not a count of parties.
    if (all(v, 'group').some((g) => g.start >= n.end && g.end <= nounEnd)) continue;
    const treatyId = treatyFor(v, n.start);
    if (treatyId === undefined) continue;
    const rest = after(v, nounEnd, 90);
    const count = { value: n.value, ...(n.hedge ? { hedge: n.hedge } : {}), ...(n.upTo !== undefined ? { upTo: n.upTo } : {}) };
    const pinned = pinnedDate(v, n.start, nounEnd);
    // Only the count's own clause says whether they never joined ("163 remain parties, although some 30 have never joined").
    const clause = rest.slice(0, /[,;:]\s*(?:although|though|but|while|whereas)\b|[;:]/iu.exec(rest)?.index ?? 80);
    const end = nounEnd + (/^[^.;:]*?\b(?:are|is|were|have|has|had)\s+(?:been\s+)?(?:onboard|on\s+board|part(?:y|ies)(?:\s+to)?|never\s+joined|not\s+joined|joined|ratified(?:\s+or\s+acceded)?|signed)/iu.exec(clause)?.[0].length ?? 0);
    const t = treatyName(v, treatyId);
    const nounWord = (noun[2] ?? '').toLowerCase();
    const date = pinned ? { date: pinned } : {};
    const unbound = unboundPart(v, n.start, nounEnd, noun[0], n.value);
    if (NEVER.test(clause) && v.index.treaties.get(treatyId)?.rules.entryIntoForce.requiredStates && REQUIRED_STATES.test(v.s.text) && /\b(?:ratif\w*|yet\s+to)\b/iu.test(clause)) {
      out.push(found(v, { kind: 'required_missing_count', treatyId, count, ...date }, n.start, end, `${numberWords(count)} of the states the ${t} needs for its entry into force have not ratified it`, pinned, unbound));
    } else if (NEVER.test(clause) && !/^\s*(?:part(?:y|ies)|states?\s+part)/iu.test(nounWord)) {
      const including = all(v, 'state').filter((s) => s.start >= nounEnd && s.start < nounEnd + 80 && /\b(?:including|such\s+as|among\s+them|like)\b/iu.test(before(v, s.start, 80))).map((s) => s.iso3);
      out.push(found(v, { kind: 'never_joined_count', treatyId, count, including: [...new Set(including)], ...date }, n.start, end, `${numberWords(count)} states never joined the ${t}`, pinned, unbound));
    } else if (nounWord === 'signatories' || SIGNED.test(rest.slice(0, 40))) {
      const sense = nounWord === 'signatories' || /\bwithout\s+ratif|\bnot\s+(?:yet\s+)?ratified|\byet\s+to\s+ratify/iu.test(rest) ? 'signed_not_bound' : 'ever_signed';
      out.push(found(v, { kind: 'signatory_count', treatyId, count, sense, ...date }, n.start, end, `${numberWords(count)} ${sense === 'ever_signed' ? 'states signed' : 'signatories of'} the ${t}`, pinned, unbound));
    } else {
      const others = noun[1] ? all(v, 'state').filter((s) => s.end <= n.start).pop()?.iso3 : undefined;
      const around = `${before(v, n.start, 40)} ${clause.slice(0, 50)}`;
      const convention = IN_FORCE_HINT.test(around) ? 'parties_in_force' : DEPOSIT_HINT.test(clause.slice(0, 30)) ? 'parties_deposited' : undefined;
      out.push(found(v, { kind: 'party_count', treatyId, count, ...(others ? { others } : {}), ...(convention ? { convention } : {}), ...date }, n.start, end,
        `${numberWords(count)} ${others ? `States Parties besides ${stateName(v, others)}` : 'States Parties'} to the ${t}`, pinned, unbound));
    }
  }
  return out;
}

/**
 * What keeps a number before "states" from being a count of all the treaty's states: an increment ("three more
 * countries have ratified"), a subset ("Five European States Parties", "two countries where …", "the only other
 * two"), the length of a list that follows ("Five … – Estonia, Finland, …"), or a vote ("approved by 122 nations").
 */
function unboundPart(v: SentenceView, start: number, nounEnd: number, nounText: string, value: number): FoundClaim['unbound'] {
  const words = nounText.trim().split(/\s+/u).slice(0, -1).filter((w) => !/^(?:states?|part(?:y|ies))$/iu.test(w));
  const lead = before(v, start, 40);
  const rest = after(v, nounEnd, 60);
  if (words.some((w) => /^(?:more|new|additional|further)$/iu.test(w)) || /\b(?:another|further|additional)\s*$/iu.test(lead)) return { part: 'property', why: 'a number of states added is not a total' };
  if (/\b(?:approved|adopted|voted|supported|backed|endorsed)\s+(?:by|for)\s*$/iu.test(lead) || /^\s*(?:voted|in\s+favou?r)\b/iu.test(rest)) return { part: 'property', why: 'a number of states voting is not a count of parties' };
  if (/\bonly\s+(?:other\s+)?$/iu.test(lead) || /^\s*(?:where|in\s+which|whose)\b/iu.test(rest)) return { part: 'who', why: 'the states counted are a subset named by what follows' };
  const qualifier = words.find((w) => !NEUTRAL.test(w));
  if (qualifier) return { part: 'who', why: `the states counted are "${qualifier}" ones, a subset` };
  const listed = all(v, 'state').filter((st) => st.start >= nounEnd && st.start - nounEnd < 120);
  if (/^\s*[–—:-]\s*(?!including|such\s+as|among|like)/iu.test(rest) && listed.length === value) return { part: 'property', why: `the number is the length of the list that follows (${listed.length} named)` };
  return undefined;
}

/**
 * The date a count is for, when the text fixes one: at the start of the sentence ("By March 2025,
 * 165 states …", "In 2023, …") or right after the count ("… had 166 parties by the end of 2025").
 * A date inside a clause about the subject's own act ("By joining … in 2003, Lithuania …") is not one.
 */
function pinnedDate(v: SentenceView, start: number, end: number): ClaimedDate | undefined {
  for (const d of all(v, 'date')) {
    if (d.relative && d.precision === 'day') continue;
    const lead = local(v, d.start);
    const atStart = d.end <= start && /^[\s*_-]*(?:by|in|as\s+of|as\s+at|at\s+the\s+end\s+of|since|until)?\s*(?:the\s+end\s+of\s+)?$/iu.test(v.s.text.slice(0, lead));
    const rightAfter = d.start >= end && d.start - end < 40 && ['by', 'as of', 'as at', 'in', 'at the end of', 'by the end of'].includes(d.qualifier ?? '') && !/[,;]/u.test(v.s.text.slice(local(v, end), lead));
    if (atStart || rightAfter) return claimedDate(d, v.yearsKnown);
  }
  return undefined;
}
