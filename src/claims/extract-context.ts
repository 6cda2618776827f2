import type { RecordIndex } from '../domain/record-index.js';
import { type DateMention, type Gazetteer, type Mention, type MentionKind, type SentenceReading, mentionsOf } from '../text/index.js';
import type { Claim, ClaimedDate, FoundClaim } from './claim.js';

/** What an extractor sees: one sentence, its neighbours, and what the text is about. */
export interface SentenceView {
  readonly s: SentenceReading;
  /** The sentence in lower case, for the cheap word tests that spare most sentences the patterns. */
  readonly lower: string;
  readonly prev: SentenceReading | undefined;
  /** The treaty the text last named before this sentence. */
  readonly lastTreaty: string | undefined;
  /** The treaty and the state the text names most. */
  readonly mainTreaty: string | undefined;
  readonly mainState: string | undefined;
  /** The first state the previous sentence names ("the country" often means it). */
  readonly prevState: string | undefined;
  /** The state the previous sentence names, when it names exactly one (a vote's subject is never taken from a list). */
  readonly prevSoleState: string | undefined;
  /** The state the text names most, when no other is named as often. */
  readonly soleMainState: string | undefined;
  /** False when the text has no date of its own: a date written without a year then has none. */
  readonly yearsKnown: boolean;
  /** The latest full date in the two sentences before this one (what "in six months" may count from). */
  readonly recentDate: string | undefined;
  /** The text's own date (its dateline or the date given), if any. */
  readonly textDate: string | undefined;
  readonly index: RecordIndex;
  readonly gazetteer: Gazetteer;
}

/** An extractor: one sentence in, claims out. */
export type Extractor = (v: SentenceView) => FoundClaim[];

/** Mentions of a kind in the sentence, typed. */
export function all<K extends MentionKind>(v: SentenceView, kind: K): Extract<Mention, { kind: K }>[] {
  return mentionsOf(v.s.mentions, kind);
}

/** Local offset (in the sentence) of a global one. */
export const local = (v: SentenceView, at: number): number => at - v.s.start;

/** The sentence text from a global offset, at most `n` characters. */
export function after(v: SentenceView, at: number, n = 120): string {
  const i = local(v, at);
  return v.s.text.slice(i, i + n);
}

/** The sentence text before a global offset, at most `n` characters. */
export function before(v: SentenceView, at: number, n = 120): string {
  const i = local(v, at);
  return v.s.text.slice(Math.max(0, i - n), i);
}

/** The mentions of a kind between two global offsets. */
export function within<K extends MentionKind>(v: SentenceView, kind: K, from: number, to: number): Extract<Mention, { kind: K }>[] {
  return all(v, kind).filter((m) => m.start >= from && m.end <= to);
}

/**
 * The treaty a claim at `at` is about: the nearest treaty named in the sentence, else the one
 * the text named last, else the one its words are about ("landmines", "cluster munitions"),
 * else the one the text is mostly about.
 */
export function treatyFor(v: SentenceView, at: number): string | undefined {
  // An instrument the record cannot name ("Additional Protocol II") counts as named: the claim is about it, and
  // nothing else may stand in for it.
  const named = all(v, 'treaty').filter((t) => t.treatyId !== null || t.form === 'instrument');
  const sorted = named.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  const nearest = sorted[0];
  if (nearest) return nearest.treatyId ?? undefined;
  return v.lastTreaty ?? topicTreaty(v) ?? v.mainTreaty;
}

/** The one treaty whose distinctive words the sentence uses ("anti-personnel mines" → the APMBC), if exactly one. */
export function topicTreaty(v: SentenceView): string | undefined {
  const words = v.s.text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const hits = new Map<string, number>();
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    const stemmed = w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w;
    const pair = `${w}${words[i + 1] ?? ''}`;
    for (const [id, vocab] of v.gazetteer.treatyWords) {
      if ((stemmed.length >= 5 && vocab.has(stemmed)) || vocab.has(pair)) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || (ranked[0]?.[1] ?? 0) > (ranked[1]?.[1] ?? 0)) ? ranked[0]?.[0] : undefined;
}

/** A date mention as a claimed date (in a text with no date, a year not written is unknown). */
export function claimedDate(d: DateMention, yearsKnown = true): ClaimedDate {
  return {
    ...(d.yearInferred && !yearsKnown ? { yearUnknown: true } : {}),
    text: d.text,
    precision: d.precision,
    earliest: d.earliest,
    latest: d.latest,
    ...(d.qualifier ? { qualifier: d.qualifier } : {}),
    ...(d.yearInferred ? { yearInferred: true } : {}),
  };
}

/** The first date mention after a global offset within `n` characters (not past a full clause break). */
export function dateAfter(v: SentenceView, at: number, n = 90): DateMention | undefined {
  const stop = clauseEnd(v, at, n);
  return all(v, 'date').find((d) => d.start >= at && d.start < stop);
}

/** Where the clause that `at` is in ends (a semicolon, a dash, a full stop, or `n` characters on). */
export function clauseEnd(v: SentenceView, at: number, n = 160): number {
  const text = after(v, at, n);
  const m = /[;—–]|\.\s|\.$|,\s+(?:but|while|which|who)\s/u.exec(text);
  return at + (m ? m.index : text.length);
}

/** A found claim. */
export function found(v: SentenceView, claim: Claim, start: number, end: number, claimed: string, pinned?: ClaimedDate, unbound?: FoundClaim['unbound']): FoundClaim {
  return { claim, start, end, sentence: v.s.index, claimed, ...(pinned ? { pinned } : {}), ...(unbound ? { unbound } : {}) };
}

/** A state's name from the record. */
export function stateName(v: SentenceView, iso3: string): string {
  return v.index.states.get(iso3)?.name ?? iso3;
}

/** A treaty's short name from the record. */
export function treatyName(v: SentenceView, id: string): string {
  return v.index.treaties.get(id)?.shortName ?? id;
}
