import { type PercentMention, mentionsOf } from '../text/index.js';
import type { ClaimedNumber, FoundClaim, ProcessStep } from './claim.js';
import { type SentenceView, after, all, before, claimedDate, clauseEnd, found, local, stateName, treatyFor } from './extract-context.js';
import { numberWords } from './tolerance.js';

const LEGISLATURE = /\b(?:parliament\w*|lawmakers|legislat\w+|MPs|deputies|Seimas|Saeima|Riigikogu|Eduskunta|Sejm|Senate|Rada)\b/iu;
const VOTED = /\b(?:vot(?:e|ed|es|ing)|approv\w+|backed|passed|supported|adopted)\b/iu;
const REQUIRED = /\b(?:required|needed|necessary|must|majority|threshold)\b/iu;
const CASUALTY = /\b(?:casualt\w+|victims?|killed|injured|maimed)\b/iu;
const TREND = /\b(?:fall\w*|fell|drop\w*|declin\w*|reduc\w*|decreas\w*|ris\w*|increas\w*)\b/iu;

/** Finds vote results and required majorities: "with 107 votes in favor and three abstentions", "at least 86 out of 141 members … are required". */
export function extractVotes(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  if (!v.s.mentions.some((m) => m.kind === 'tally' || m.kind === 'ratio' || m.kind === 'fraction' || m.kind === 'date')) return out;
  const verb = VOTED.exec(v.s.text);
  const anchor = v.s.start + (verb?.index ?? 0);
  const treatyId = treatyFor(v, v.s.start);
  // Each vote's state and date are the ones written nearest it ("Finland's parliament voted 157-18 on June 19, and Poland's Sejm … on June 25").
  const about = (at: number) => {
    const iso3 = voter(v, at);
    const date = nearestDate(v, at);
    return { iso3, date, common: { ...(iso3 ? { iso3 } : {}), ...(treatyId ? { treatyId } : {}), ...(date ? { date: claimedDate(date, v.yearsKnown) } : {}) }, who: iso3 ? `${stateName(v, iso3)}'s parliament` : 'the parliament' };
  };
  const { iso3, date, common, who: whoAtVerb } = about(anchor);
  for (const t of all(v, 'tally')) {
    const { common, who } = about(t.start);
    const parts = [t.for !== undefined ? `${t.for} for` : '', t.against !== undefined ? `${t.against} against` : '', t.abstain !== undefined ? `${t.abstain} abstaining` : ''].filter(Boolean).join(', ');
    out.push(found(v, { kind: 'vote', ...common, ...(t.for !== undefined ? { for: t.for } : {}), ...(t.against !== undefined ? { against: t.against } : {}), ...(t.abstain !== undefined ? { abstain: t.abstain } : {}), ...(t.unanimous ? { unanimous: true } : {}) },
      t.start, t.end, `${who} voted ${t.unanimous ? 'unanimously' : parts}`));
  }
  if (out.length === 0 && date && verb && LEGISLATURE.test(v.s.text) && !REQUIRED.test(v.s.text)) {
    const start = anchor;
    out.push(found(v, { kind: 'vote', ...common }, Math.min(start, date.start), Math.max(date.end, start + (verb?.[0].length ?? 0)), `${whoAtVerb} voted ${date.text}`));
  }
  if (REQUIRED.test(v.s.text)) {
    for (const r of all(v, 'ratio')) out.push(found(v, { kind: 'required_majority', ...(iso3 ? { iso3 } : {}), part: r.part, whole: r.whole, ...(r.hedge ? { hedge: r.hedge } : {}) }, r.start, r.end, `a majority of ${r.part} of ${r.whole} is required`));
    for (const f of all(v, 'fraction')) {
      if (!/^\s+(?:of|majority)/iu.test(after(v, f.end, 12))) continue;
      out.push(found(v, { kind: 'required_majority', ...(iso3 ? { iso3 } : {}), fraction: `${f.numerator}/${f.denominator}` }, f.start, f.end, `a ${f.numerator}/${f.denominator} majority is required`));
    }
  }
  return out;
}

// "civilians accounted for 90%", "Children accounted for almost half (49 per cent …": the share's subject written before it.
const SUBJECT_BEFORE = /\b(civilians?|children|child)\b[^.;%]{0,40}?\b(?:accounted\s+for|accounting\s+for|made\s+up|making\s+up|represented|representing|comprised|constituted|were|was|formed)\s+(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+|over\s+|more\s+than\s+|roughly\s+)?(?:half\s+|a\s+third\s+)?\(?\s*$/iu;
// "49 per cent of civilian casualties", "(49 per cent, or 1,171) of civilian casualties": civilian is the base, not the share.
const CIVILIAN_BASE = /^[^.;%()]{0,6}(?:\)|,\s*or\s+[\d,]+\s*\))?\s*(?:per\s*cent|percent|%)?\s*of\s+(?:all\s+|the\s+)?(?:recorded\s+)?civilian\b/iu;

// "6,279 casualties", "1,945 deaths", "over 4,300 injuries", "1,661 killed": the noun says which figure.
const TOTAL_NOUN = /^\s*(?:new\s+|recorded\s+|mine\s+|landmine\s+|mine\/ERW\s+|people\s+(?=killed|injured))?(casualt(?:y|ies)|victims|deaths|fatalities|killed|dead|injuries|injured|wounded)\b/iu;
// A figure for something else: a change, cluster munitions (not in the record), one state's toll.
const NOT_A_TOTAL = /\b(?:increase|rise|drop|decrease|fall|more\s+than\s+the|compared)\s+(?:of\s+)?(?:approximately\s+|about\s+|some\s+)?$/iu;

/** Finds the Monitor's casualty totals: "6,279 casualties in 2024", "1,945 deaths and over 4,300 injuries". */
export function extractCasualtyTotals(v: SentenceView): FoundClaim[] {
  if (!CASUALTY.test(v.s.text) && !/\b(?:deaths|fatalities|injuries|dead|wounded)\b/iu.test(v.s.text)) return [];
  // The record holds the Landmine Monitor's figures only; one state's figures are not the world's.
  const context = `${v.prev?.text ?? ''} ${v.s.text}`;
  if (/\bcluster\b/iu.test(context)) return [];
  if (!/\b(?:landmines?|mines?|Landmine\s+Monitor|explosive\s+remnants|ERW|unexploded)\b/iu.test(context)) return [];
  const out: FoundClaim[] = [];
  const prevCasualty = v.prev && CASUALTY.test(v.prev.text) ? v.prev : undefined;
  const yearIn = (text: string, offset: number, ds: readonly { precision: string; value: string; start: number }[]) => ds.find((d) => d.precision === 'year' && !/monitor|report/iu.test(text.slice(Math.max(0, d.start - offset - 30), d.start - offset)));
  const year = yearIn(v.s.text, v.s.start, all(v, 'date')) ?? (prevCasualty ? yearIn(prevCasualty.text, prevCasualty.start, mentionsOf(prevCasualty.mentions, 'date')) : undefined);
  const report = /\bLandmine\s+Monitor(?:\s+Report)?\s+(\d{4})\b/iu.exec(v.s.text) ?? (prevCasualty ? /\bLandmine\s+Monitor(?:\s+Report)?\s+(\d{4})\b/iu.exec(prevCasualty.text) : null);
  const states = all(v, 'state');
  for (const n of all(v, 'number')) {
    if (n.ordinal || n.value < 100 || !Number.isInteger(n.value)) continue;
    if (year && n.value === Number(year.value)) continue;
    const noun = TOTAL_NOUN.exec(after(v, n.end, 40));
    if (!noun) continue;
    if (NOT_A_TOTAL.test(before(v, n.start, 40))) continue;
    const word = (noun[1] ?? '').toLowerCase();
    const both = /^\s*(?:people\s+)?(?:were\s+)?(?:killed|dead)\s+(?:or|and)\s+(?:injured|wounded|maimed)/iu.test(after(v, n.end, 40));
    const measure = both || /^(?:casualt|victims)/u.test(word) ? 'total' : /^(?:deaths|fatalities|killed|dead)$/u.test(word) ? 'killed' : 'injured';
    const number = { value: n.value, ...(n.hedge ? { hedge: n.hedge } : {}) };
    const unbound: FoundClaim['unbound'] = states.length > 0 ? { part: 'who', why: `the sentence names ${stateName(v, states[0]?.iso3 ?? '')}: the figure may be that state's, and the record holds only the Monitor's world totals` } : undefined;
    out.push(found(v, { kind: 'casualty_total', measure, number, ...(year ? { year: Number(year.value) } : {}), ...(report ? { report: Number(report[1]) } : {}) }, n.start, n.end + noun[0].length,
      `${numberWords(number)} ${measure === 'total' ? 'casualties' : measure}${year ? ` in ${year.value}` : ''}`, undefined, unbound));
  }
  return out;
}

/** Finds casualty shares ("85% of victims are civilians, and 40% of them are children") and trends ("fallen by over 75%"). */
export function extractCasualties(v: SentenceView): FoundClaim[] {
  if (!v.s.mentions.some((m) => m.kind === 'percent')) return [];
  if (!CASUALTY.test(v.s.text) && !/\b(?:civilians?|children)\b/iu.test(v.s.text)) return [];
  const out: FoundClaim[] = [];
  // The year the share is for: written in the sentence, else in the sentence before when it is about casualties ("… 6,279 casualties in 2024. Nearly 90% were civilians.").
  const yearOf = (text: string, ds: readonly { precision: string; value: string; start: number }[], offset: number) => ds.find((d) => d.precision === 'year' && !/monitor|report/iu.test(text.slice(Math.max(0, d.start - offset - 30), d.start - offset)));
  const prevCasualty = v.prev && CASUALTY.test(v.prev.text) ? v.prev : undefined;
  const year = yearOf(v.s.text, all(v, 'date'), v.s.start) ?? (prevCasualty ? yearOf(prevCasualty.text, mentionsOf(prevCasualty.mentions, 'date'), prevCasualty.start) : undefined);
  const report = /\b(?:Landmine\s+)?Monitor(?:\s+Report)?\s+(\d{4})\b/iu.exec(v.s.text) ?? (prevCasualty ? /\bLandmine\s+Monitor(?:\s+Report)?\s+(\d{4})\b/iu.exec(prevCasualty.text) : null);
  let previous: 'civilian' | 'child' | undefined;
  for (const p of all(v, 'percent')) {
    const next = after(v, p.end, 60);
    if (TREND.test(before(v, p.start, 30)) || TREND.test(next.slice(0, 20))) {
      out.push(found(v, { kind: 'casualty_trend', percent: pct(p), ...(/peak|since/iu.test(next) ? { since: next.trim().slice(0, 40) } : {}) }, p.start, p.end, `casualties changed by ${numberWords(pct(p))}%`));
      continue;
    }
    const lead = before(v, p.start, 80);
    const subject = SUBJECT_BEFORE.exec(lead.slice(Math.max(0, lead.search(/[^.;]*$/u))));
    const child = /^[^.;%]*?\bchild(?:ren)?\b/iu.exec(next);
    const civilianBase = CIVILIAN_BASE.test(next);
    const civilian = civilianBase ? null : /^[^.;%]*?\bcivilians?\b/iu.exec(next);
    // The subject written just before the share decides; else the nearer word after it: "85% of victims are civilians, and 40% of them are children".
    const share = subject ? (/^civ/iu.test(subject[1] ?? '') ? 'civilian' : 'child') : child && (!civilian || child[0].length <= civilian[0].length) ? 'child' : civilian ? 'civilian' : undefined;
    if (share === undefined) continue;
    // "In Afghanistan, 77 per cent … were children": one state's share, which the record does not hold.
    const place = all(v, 'state').find((st) => st.end <= p.start && /^\s*,?\s*$/u.test(v.s.text.slice(local(v, st.end), local(v, p.start))) && /\bin\s+(?:the\s+)?$/iu.test(before(v, st.start, 8)));
    // "40% of them": a share of the civilian casualties just named.
    const ofThem = /^\s*(?:of\s+them|of\s+those)\b|^\s*(?:—|-)?\s*of\s+them/iu.test(next) || (share === 'child' && previous === 'civilian' && /^\s*(?:of\s+them)?\s*(?:children|are\s+children)/iu.test(next));
    const of = share === 'child' && (ofThem || civilianBase) ? 'civilian casualties' : 'all casualties';
    const end = p.end + (subject ? 0 : ((share === 'child' ? child : civilian)?.[0].length ?? 0));
    const start = subject ? p.start - (lead.length - lead.search(/[^.;]*$/u) - (subject.index ?? 0)) : p.start;
    out.push(found(v, { kind: 'casualty_share', share, percent: pct(p), of, ...(year ? { year: Number(year.value) } : {}), ...(report ? { report: Number(report[1]) } : {}), ...(place ? { place: place.iso3 } : {}) }, Math.max(v.s.start, start), end, `${numberWords(pct(p))}% of ${of}${place ? ` in ${stateName(v, place.iso3)}` : ''} are ${share === 'child' ? 'children' : 'civilians'}${year ? ` (${year.value})` : ''}`));
    previous = share;
  }
  return out;
}

// The vote's date: a day or month written near it, after it within 90 characters or before it within 60.
function nearestDate(v: SentenceView, at: number) {
  const dates = all(v, 'date').filter((d) => (d.precision === 'day' || d.precision === 'month') && (d.start >= at ? d.start - at < 90 : at - d.end < 60));
  return dates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

// Whose parliament voted: a legislature named, else the state named nearest the vote ("a vote in Latvia, which approved").
function voter(v: SentenceView, at: number): string | undefined {
  const states = all(v, 'state').filter((s) => s.form !== 'adjective' || /^\s+(?:parliament|government|lawmakers|MPs)/iu.test(after(v, s.end, 20)));
  const near = [...all(v, 'body'), ...states].sort((a, b) => distance(a, at) - distance(b, at))[0];
  // Not inherited from a sentence that names several states ("Estonia, Lithuania, Latvia and Poland announced …").
  return near?.iso3 ?? v.prevSoleState ?? v.soleMainState;
}

// How far a mention is from an offset; a legislature or state named before the vote is nearer than one after it.
function distance(m: { start: number; end: number }, at: number): number {
  return m.end <= at ? at - m.end : (m.start - at) * 2;
}

function pct(p: PercentMention): ClaimedNumber {
  return { value: p.value, ...(p.hedge ? { hedge: p.hedge } : {}) };
}

const USERS = /\b(?:the\s+)?only\s+(?:governments|states|countries)\s+(?:(?:currently|still|now)\s+)?(?:known\s+to\s+)?(?:be\s+)?(?:using|use|used|that\s+use)\b|\bcurrent\s+users\b/iu;
const USED = /^\s+(?:has|have|had)?\s*(?:not\s+|never\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:using|used|uses|laid|planted)\s+(?:anti-?personnel\s+|antipersonnel\s+|land\s*)?(?:mines|landmines)/iu;
const PRODUCED = /^\s+(?:has\s+|had\s+)?never\s+produced\b/iu;

/** Finds who uses or produces mines: "the only governments currently using AP mines are …", "Current users: …", "X never produced …". */
export function extractMineUse(v: SentenceView): FoundClaim[] {
  if (!v.lower.includes('only') && !v.lower.includes('users') && !v.lower.includes('mines') && !v.lower.includes('produced')) return [];
  const users = v.lower.includes('only') || v.lower.includes('users') ? USERS.exec(v.s.text) : null;
  const states = all(v, 'state').filter((s) => s.form !== 'adjective');
  if (users) {
    const from = v.s.start + users.index;
    const listed: typeof states = [];
    for (const s of states.filter((x) => x.start > from)) {
      const prev = listed[listed.length - 1];
      // A list of names: "Iran, Myanmar, North Korea, and Russia" — not "…, and we imagine that Lithuania".
      if (prev ? !/^[\s,*]*(?:and|or)?[\s,*]*(?:the\s+)?$/iu.test(v.s.text.slice(prev.end - v.s.start, s.start - v.s.start)) : s.start - (from + users[0].length) > 40) break;
      listed.push(s);
    }
    const last = listed[listed.length - 1];
    if (listed.length > 0 && last) return [found(v, { kind: 'mine_use', states: listed.map((s) => s.iso3), only: true, activity: 'use' }, from, last.end, `only ${listed.map((s) => stateName(v, s.iso3)).join(', ')} use anti-personnel mines`)];
  }
  const out: FoundClaim[] = [];
  for (const s of states) {
    const used = USED.exec(after(v, s.end, 80));
    const produced = PRODUCED.exec(after(v, s.end, 40));
    const m = used ?? produced;
    const negated = used !== null && /\b(?:not|never)\b/iu.test(used[0]);
    if (m) out.push(found(v, { kind: 'mine_use', states: [s.iso3], only: false, activity: used ? 'use' : 'production' }, s.start, s.end + m[0].length, `${stateName(v, s.iso3)} ${used ? (negated ? 'has not used' : 'used') : 'never produced'} anti-personnel mines`));
  }
  return out;
}

// Each with a word that must be in the sentence before the pattern is worth running.
const STEPS: readonly (readonly [RegExp, ProcessStep, string])[] = [
  [/\bjoint\s+statement\b/iu, 'joint_statement', 'joint'],
  [/\bintentions?\s+to\s+(?:abandon|withdraw|leave|exit)|\bannounced\s+(?:its|their)\s+intention/iu, 'statement_of_intent', 'intention'],
  [/\bbegan\s+(?:its|their)\s+(?:own\s+)?withdrawal\s+(?:procedure|process)|\bstarted\s+(?:its|their|the)\s+withdrawal/iu, 'government_decision', 'withdrawal'],
];

/** Finds steps of national withdrawals ("a joint statement by the defence ministers of … on 18 March") and stockpile destruction. */
export function extractProcess(v: SentenceView): FoundClaim[] {
  const out: FoundClaim[] = [];
  if (!v.lower.includes('statement') && !v.lower.includes('intention') && !v.lower.includes('withdrawal') && !v.lower.includes('stockpile')) return out;
  for (const [re, step, word] of STEPS) {
    if (!v.lower.includes(word)) continue;
    const m = re.exec(v.s.text);
    if (!m) continue;
    const states = [...new Set(all(v, 'state').filter((s) => s.form !== 'adjective').map((s) => s.iso3))];
    if (states.length === 0) continue;
    const at = v.s.start + m.index;
    const d = all(v, 'date').find((x) => (x.precision === 'day' || x.precision === 'month') && x.start < clauseEnd(v, at, 200));
    const treatyId = treatyFor(v, at);
    out.push(found(v, { kind: 'process_step', step, states, ...(treatyId ? { treatyId } : {}), ...(d ? { date: claimedDate(d, v.yearsKnown) } : {}) }, at, Math.max(at + m[0].length, d?.end ?? 0),
      `${step.replace(/_/g, ' ')} by ${states.map((i) => stateName(v, i)).join(', ')}${d ? ` ${d.text}` : ''}`));
  }
  const stock = !v.lower.includes('stockpile') ? null : /\bdestruction\s+of\s+its\s+(?:[\p{L}-]+\s+){0,4}stockpile|\bdestroyed\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,4}stockpiles?/iu.exec(v.s.text);
  const subject = all(v, 'state').find((s) => s.form !== 'adjective');
  if (stock && subject) {
    const at = v.s.start + stock.index;
    const d = all(v, 'date').find((x) => x.start > at);
    const treatyId = treatyFor(v, at);
    if (treatyId) out.push(found(v, { kind: 'stockpile_destroyed', iso3: subject.iso3, treatyId, ...(d ? { date: claimedDate(d, v.yearsKnown) } : {}) }, at, d?.end ?? at + stock[0].length, `${stateName(v, subject.iso3)} destroyed its stockpile${d ? ` ${d.text}` : ''}`));
  }
  return out;
}
