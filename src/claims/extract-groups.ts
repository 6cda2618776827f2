import type { GroupMention } from '../text/index.js';
import type { FoundClaim, GroupRef, StandingPredicate } from './claim.js';
import { type SentenceView, after, all, before, clauseEnd, found, local, stateName, treatyFor, treatyName } from './extract-context.js';

const QUANTIFIER = /(?:^|[^\p{L}])(every|all|each)\s+(?:of\s+)?(?:the\s+)?(?:(?:other\s+)?members?\s+of\s+(?:the\s+)?)?$/iu;
const THESE = /\ball\s+(?:of\s+)?(?:these|those|the\s+above)\s+(?:countries|states|nations)\b/iu;
const EXCEPT = /^\s*(?:members?|states|countries|member\s+states|allies)?\s*,?\s*(?:except|but\s+not|other\s+than|apart\s+from|save(?:\s+for)?|with\s+the\s+exception\s+of|excluding)\s+/iu;
const LATER_EXCEPT = /^[^.;]*?,?\s*(?:except(?:\s+for)?|with\s+the\s+exception\s+of|apart\s+from|save\s+for|but\s+not)\s+/iu;
const WITHDRAWING = /\b(?:de-?ratif\w*|withdr[ae]w\w*|left|leav\w*|exit\w*|quit\w*|abandon\w*|in\s+the\s+process\s+of)\b/iu;
const OUTSIDE = /\b(?:not\s+(?:a\s+)?part(?:y|ies)?|outside|never\s+joined|not\s+joined|have\s+not\s+joined)\b/iu;
const INSIDE = /\b(?:part\s+of|part(?:y|ies)\s+to|states?\s+part(?:y|ies)|onboard|on\s+board|joined|ratified|bound\s+by|members?\s+of\s+the\s+(?:convention|treaty))\b/iu;

/** Finds claims about every member of a group: "every EU and NATO member except the U.S.", "all states bordering the territory of Russia have de-ratified". */
export function extractGroupClaims(v: SentenceView): FoundClaim[] {
  if (!v.s.mentions.some((m) => m.kind === 'group') && !(v.lower.includes('all') && (v.lower.includes('these') || v.lower.includes('those') || v.lower.includes('above')))) return [];
  const refs: { ref: GroupRef; start: number; end: number }[] = [];
  for (const g of all(v, 'group')) {
    const q = QUANTIFIER.exec(before(v, g.start, 40));
    const prev = refs[refs.length - 1];
    // "every EU and NATO member": the second group shares the first one's quantifier.
    const joined = prev !== undefined && /^\s*(?:members?|states|countries)?\s*(?:,|and|or|as\s+well\s+as|along\s+with|plus)\s*(?:all\s+)?(?:members\s+of\s+)?(?:the\s+)?$/iu.test(v.s.text.slice(local(v, prev.end), local(v, g.start)));
    if (!q && !joined) continue;
    refs.push({ ref: refOf(v, g), start: q ? g.start - q[0].length + q[0].indexOf(q[1] ?? '') : g.start, end: g.end });
  }
  const these = THESE.exec(v.s.text);
  const listed = these && v.prev ? [...new Set(all({ ...v, s: v.prev }, 'state').filter((s) => s.form !== 'adjective').map((s) => s.iso3))] : [];
  if (these && listed.length >= 2) {
    const start = v.s.start + these.index;
    refs.unshift({ ref: { id: 'named', members: listed, label: `the states named before (${listed.map((i) => stateName(v, i)).join(', ')})` }, start, end: start + these[0].length });
  }
  if (refs.length === 0) return [];
  const first = refs[0] as (typeof refs)[number];
  const last = refs[refs.length - 1] as (typeof refs)[number];
  // "… except the U.S." right after the group, or ", with the exception of Norway" at the end of the clause.
  const ex = EXCEPT.exec(after(v, last.end, 60)) ?? LATER_EXCEPT.exec(after(v, last.end, 160));
  let end = last.end;
  const except: string[] = [];
  if (ex) {
    const stop = clauseEnd(v, last.end + ex[0].length, 120);
    for (const s of all(v, 'state').filter((x) => x.start >= last.end + ex[0].length && x.start < stop)) {
      except.push(s.iso3);
      end = s.end;
    }
  }
  const predicate = predicateOf(v.s.text);
  const treatyId = treatyFor(v, first.start);
  if (predicate === undefined || treatyId === undefined) return [];
  const groups = refs.map((r) => r.ref);
  const words = `every member of ${listWords(groups.map((g) => g.label))}${except.length ? ` except ${except.map((i) => stateName(v, i)).join(', ')}` : ''} ${predicate === 'party' ? 'is a State Party to' : predicate === 'withdrawing' ? 'has left or is leaving' : 'is outside'} the ${treatyName(v, treatyId)}`;
  return [found(v, { kind: 'group_status', treatyId, groups, except, predicate }, first.start, end, words)];
}

function refOf(v: SentenceView, g: GroupMention): GroupRef {
  const label = g.members === undefined ? (v.index.groups.get(g.groupId)?.name ?? g.groupId) : g.text.replace(/^the\s+/i, '');
  return { id: g.groupId, ...(g.members ? { members: g.members } : {}), ...(g.within ? { within: g.within } : {}), label };
}

function predicateOf(text: string): StandingPredicate | undefined {
  if (WITHDRAWING.test(text)) return 'withdrawing';
  if (OUTSIDE.test(text)) return 'not_party';
  if (INSIDE.test(text)) return 'party';
  return undefined;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
