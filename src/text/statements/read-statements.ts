import { questionStateFinder, sentenceAt } from './question-state.js';
import type { Stance } from '../../domain/people/statement.js';
import type { Mention, QuoteMention, TextReading } from '../index.js';
import { mentionsOf } from '../index.js';
import { NAME_RUN, OFFICE, SAID, officeLabel, personName, samePerson } from './speakers.js';
import { stanceOf } from './stance-cues.js';

/** Something a person said on leaving a treaty, as read: who, for or against, the words, and where they are. */
export interface StatementCandidate {
  /** The speaker as the text names them: "Aksel Steen-Nilsen", "Prime Minister of Lithuania". */
  readonly speaker: string;
  readonly stance: Stance;
  /** The words: the speaker's own (`direct`, a quotation or their own letter) or the text's report of them. */
  readonly quote: string;
  readonly quoteKind: 'direct' | 'reported';
  /** The state the question is about (`questionStateFinder`), and the treaty (named in or just before the passage, else the text's main one). */
  readonly iso3: string | undefined;
  readonly treatyId: string | undefined;
  /** The passage (quotation and its attribution), as offsets into the text. */
  readonly start: number;
  readonly end: number;
}

const SPEAKER = String.raw`(?:(${OFFICE})|(${NAME_RUN})|\b(he|she)\b)`;
// “…,” said X / “…,” X said / “…” she asks — up to the end of the line.
const AFTER = new RegExp(String.raw`^[\s*_,.”"]*(?:${SAID}\s+[*_]*${SPEAKER}|[*_]*${SPEAKER}[*_]*\s+${SAID})`, 'u');
// X said: “…” / X stated that “…” / X, Director of …, said “…”.
const BEFORE = new RegExp(String.raw`${SPEAKER}[*_]*(?:,[^,“”\n]{2,120},)?\s+(?:(?:also|previously|then|later) )?${SAID}(?:\s+that)?[\s:,]*[*_]*$`, 'u');
// A media pack's "— Tamar Gabelnick, Director, ICBL" under a quotation.
const SIGNED = new RegExp(String.raw`^\s*[—–-]+\s*[*_]*\s*(${NAME_RUN})\s*[*_]*\s*,`, 'u');
// A letter answering its addressee's words: "Your advice notes that …", "You also note in your advice that …".
const ADDRESSEE_SAID = /\b(?:[Yy]our (?:\w+ ){0,2}(?:notes?|says|said|argues|states)|[Yy]ou (?:also )?(?:note|noted|said|say|argue|argued|state|stated|wrote)(?: in your \w+)?)(?: that)?\s*(?:[^“”.]{0,60})?$/u;
// Reported speech: X … said that / has signalled support for / have expressed their support for …
const REPORTED = new RegExp(String.raw`(?:${OFFICE}|${NAME_RUN})(?:(?:,| and| or)\s+(?:the )?(?:(?:current|former) )?(?:${NAME_RUN}))*[^.“”;]{0,60}?\b(?:${SAID}|urged|believes|opposed|supported|backed|has signal(?:l)?ed|have (?:also )?expressed|has (?:also )?expressed|expressed|previously argued)\b`, 'gu');
// Every verb REPORTED can end on, as one cheap test: most sentences have none, and REPORTED, which may start
// at any capitalised word, is by far the costliest expression here. A superset, so it never changes a result.
const REPORTING_VERB = /\b(?:said|says|added|adds|argued|argues|warned|warns|explained|explains|stated|states|asked|asks|concluded|noted|notes|insisted|continued|wrote|writes|told|urged|believes|opposed|supported|backed|signall?ed|expressed)\b/u;
// "The idea … was previously expressed by the former Minister of Defense Laurins Kasčuns".
const PASSIVE = new RegExp(String.raw`\b(?:was|were|had been|has been) (?:\w+ )?(?:expressed|voiced|proposed|raised|put forward|made) by (?:the )?(?:(?:former|current|then|new) )?((?:${NAME_RUN})(?:\s+(?:of|the|for)\s+(?:${NAME_RUN}))*)`, 'u');
// "According to Liis Proov, a spokesperson for …, Estonia should reconsider".
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to (?:the )?(?:(?:former|current) )?(${NAME_RUN})`, 'u');
const OWN_WORDS = /\b(?:we|I) (?:\w+ ){0,2}(?:urge|call on|ask|believe|appeal)\b/u;
const LETTER_CLOSE = /\n\s*(?:Yours (?:sincerely|faithfully|truly)|Sincerely(?: yours)?|(?:Kind|Best|Warm) regards|Respectfully),?\s*\n+\s*(?:\S[^\n]*\n\s*)??\s*([\p{Lu}][^\n,]{2,60}?)\s*\n/u;
const DEAR = /^\s*Dear ([^,\n]{3,80}),/mu;
const INTERVIEW = new RegExp(String.raw`^[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(${NAME_RUN}):[ \t]+`, 'gmu');

/**
 * Statements a text reports: quotations with the speaker they are attributed to (before or after,
 * on a signature line, or the speaker of the quotation just before), reported speech ("X said that
 * he supports …"), a letter's words about its addressee's proposal and its author's own appeals,
 * and an interviewee's answers. Only passages that take a stance on leaving the treaty are kept.
 */
export function readStatements(reading: TextReading): StatementCandidate[] {
  const text = reading.text;
  const mainTreaty = mainTreatyOf(reading);
  // One rule for the state a statement is about, shared with the claim checker's other readers.
  const questionState = questionStateFinder(reading);
  const out: StatementCandidate[] = [];
  // Passages by where they start (in buckets), so that a passage inside one found already is found in constant time.
  const buckets = new Map<number, StatementCandidate[]>();
  const BUCKET = 4096;
  const add = (speaker: string | undefined, words: string, kind: 'direct' | 'reported', start: number, end: number, stanceText = words): void => {
    const stance = stanceOf(stanceText);
    if (speaker === undefined || stance === undefined) return;
    const near = [-1, 0].flatMap((d) => buckets.get(Math.floor(start / BUCKET) + d) ?? []);
    if (near.some((o) => samePerson(o.speaker, speaker) && o.start <= start && end <= o.end)) return;
    const iso3 = questionState(start, end);
    const treatyId = treatyOf(reading, start, end, mainTreaty);
    const c: StatementCandidate = { speaker, stance, quote: words.trim(), quoteKind: kind, iso3, treatyId, start, end };
    out.push(c);
    const key = Math.floor(start / BUCKET);
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  };
  const names: string[] = [];
  // Where each person was last named or quoted, for "he said" and "she asks".
  const seen: { speaker: string; at: number }[] = [];
  const note = (speaker: string, at: number): void => {
    const person = personName(speaker);
    if (person && !names.some((n) => samePerson(n, person))) names.push(person);
    seen.push({ speaker, at });
  };
  const addressee = addresseeOf(text);
  const author = LETTER_CLOSE.exec(text)?.[1]?.trim();
  for (const s of reading.sentences) {
    const bare = s.text.includes('“') ? s.text.replace(/“[^”]*”/gu, (m) => ' '.repeat(m.length)) : s.text;
    if (REPORTING_VERB.test(bare)) for (const m of bare.matchAll(REPORTED)) {
      for (const who of speakersIn(m[0], names)) {
        note(who, s.start + m.index);
        add(who, s.text, 'reported', s.start, s.end);
      }
    }
    const according = ACCORDING.exec(bare);
    const said = according ? personName(according[1] ?? '') : undefined;
    if (said) {
      note(said, s.start + (according?.index ?? 0));
      add(said, s.text, 'reported', s.start, s.end);
    }
    const passive = PASSIVE.exec(bare);
    const by = passive ? personName(passive[1] ?? '') : undefined;
    if (by) {
      note(by, s.start + (passive?.index ?? 0));
      add(by, s.text, 'reported', s.start, s.end);
    }
    if (addressee && /\b(?:your|you) (?:\w+ ){0,2}(?:proposal|plan|intention|decision|advice)\b/iu.test(bare)) add(addressee, s.text, 'reported', s.start, s.end);
    if (author && OWN_WORDS.test(bare)) add(author, s.text, 'direct', s.start, s.end);
  }
  let last: { speaker: string; end: number } | undefined;
  const reported = [...seen];
  let cursor = 0;
  for (const q of reading.quotes) {
    if (q.inner.split(/\s+/u).length < 5) continue;
    // The person named last before the quotation: in reported speech (in text order) or as a speaker of a quotation.
    while (cursor < reported.length && (reported[cursor]?.at ?? Infinity) < q.start) cursor += 1;
    const before = reported[cursor - 1];
    const previous = last && (!before || before.at < last.end) ? last.speaker : before?.speaker;
    const found = attribution(text, q, names, previous, addressee);
    let speaker = found?.speaker;
    // A quotation right after another with no speaker of its own goes on with the same speaker.
    const gap = last ? text.slice(last.end, q.start) : '';
    if (speaker === undefined && last && gap.length < 150 && !/\n\s*\n|[“"«]/u.test(gap)) speaker = last.speaker;
    if (speaker === undefined) continue;
    note(speaker, q.start);
    const start = Math.min(q.start, found?.start ?? q.start);
    const end = Math.max(q.end, found?.end ?? q.end);
    add(speaker, q.inner, 'direct', start, end, `${found?.context ?? ''} ${q.inner}`);
    last = { speaker, end };
  }
  for (const m of text.matchAll(INTERVIEW)) {
    const who = personName(m[1] ?? '');
    const lineEnd = text.indexOf('\n', m.index);
    const answer = { start: m.index + m[0].length, end: lineEnd < 0 ? text.length : lineEnd };
    if (!who) continue;
    // The answer's sentences from a binary search, not a scan of all of them per answer (linear in the text).
    for (let i = sentenceAt(reading, answer.start); i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < answer.end; i += 1) {
      const s = reading.sentences[i];
      if (s && s.start >= answer.start && s.end <= answer.end) add(who, s.text, 'direct', s.start, s.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The speaker of a quotation, from the words after it, before it (same line), or a signature line under it. */
function attribution(text: string, q: QuoteMention, names: readonly string[], previous: string | undefined, addressee: string | undefined): { speaker: string; start: number; end: number; context: string } | undefined {
  const lineEnd = text.indexOf('\n', q.end);
  const after = text.slice(q.end, Math.min(lineEnd < 0 ? text.length : lineEnd, q.end + 200));
  const a = AFTER.exec(after);
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, q.start - 300), q.start);
  const b = BEFORE.exec(before);
  const context = before.slice(-200);
  const pick = (m: RegExpExecArray | null, offset: number): { speaker: string; start: number; end: number; context: string } | undefined => {
    if (!m) return undefined;
    const [office, run, pronoun] = [m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6]];
    const speaker = office ? officeLabel(office) : run ? personName(run) : pronoun ? previous : undefined;
    if (speaker === undefined) return undefined;
    const known = names.find((n) => samePerson(n, speaker));
    return { speaker: known && known.length > speaker.length ? known : speaker, start: offset + m.index, end: offset + m.index + m[0].length, context };
  };
  const found = pick(a, q.end) ?? pick(b, q.start - before.length);
  if (found) return found;
  if (addressee && ADDRESSEE_SAID.test(before)) return { speaker: addressee, start: q.start - before.length, end: q.end, context };
  const next = text.slice(q.end).replace(/^[^\n]*\n\s*/u, '');
  const signed = SIGNED.exec(next.slice(0, 120));
  const who = signed ? personName(signed[1] ?? '') : undefined;
  return who ? { speaker: who, start: q.start, end: text.length - next.length + signed![0].length, context } : undefined;
}

// "Prime Minister Paluckas", "Mr Kasčiūnas": a title before a family name makes it a person's name.
const TITLED = /\b(?:Minister|President|Speaker|General|Colonel|Commander|Chancellor|Mr|Mrs|Ms|Dr)\.?\s+[\p{Lu}][\p{L}’'-]+$/u;

/** The speakers named before a reporting verb: "General Raimunds Vaikšnors and the current Minister … Dovile Šakaliene". */
function speakersIn(lead: string, names: readonly string[]): string[] {
  const office = new RegExp(`^${OFFICE}`, 'u').exec(lead);
  if (office) return [officeLabel(office[0])];
  // An apposition ("Kadri Testsson, a lawyer in Tartu, said") is not another speaker.
  const subject = lead.replace(/,\s+(?:a|an|the|who|which|one|now|then|also|currently)\b[^,]*,?/gu, ' ');
  const head = subject.split(/,\s*(?:who|which|said|saying)\b|\s+(?:have|has|had|was|were|is|are|previously|also|said|says|stated|argued|urged|believes|told|expressed)\b/u)[0] ?? '';
  const out: string[] = [];
  for (const part of head.split(/\s+and\s+/u)) {
    const run = [...part.matchAll(new RegExp(NAME_RUN, 'gu'))].at(-1)?.[0];
    const name = run ? personName(run) : undefined;
    if (!name) continue;
    // A single word is a family name only when the text gave the full name before, or a title stands before it.
    if (!name.includes(' ') && !names.some((n) => samePerson(n, name)) && !TITLED.test(run ?? '')) continue;
    out.push(names.find((n) => samePerson(n, name) && n.length > name.length) ?? name);
  }
  return out;
}

/** "Dear Prime Minister Paluckas," → "Prime Minister Paluckas". */
function addresseeOf(text: string): string | undefined {
  return DEAR.exec(text.slice(0, 3000))?.[1]?.trim();
}

// The treaty the text names most often: the question of a passage that names none.
function mainTreatyOf(reading: TextReading): string | undefined {
  const treaties = new Map<string, number>();
  for (const s of reading.sentences) {
    for (const t of mentionsOf(s.mentions, 'treaty')) if (t.treatyId !== null) treaties.set(t.treatyId, (treaties.get(t.treatyId) ?? 0) + 1);
  }
  return [...treaties.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// The treaty a passage is about: the last one named in it (or just before it), else the text's main one.
function treatyOf(reading: TextReading, start: number, end: number, main: string | undefined): string | undefined {
  const inside: Mention[] = [];
  for (let i = sentenceAt(reading, Math.max(0, start - 200)); i < reading.sentences.length && (reading.sentences[i]?.start ?? Infinity) < end; i += 1) {
    for (const m of reading.sentences[i]?.mentions ?? []) if (m.start >= start - 200 && m.end <= end) inside.push(m);
  }
  return mentionsOf(inside, 'treaty').filter((t) => t.treatyId !== null).at(-1)?.treatyId ?? main;
}
