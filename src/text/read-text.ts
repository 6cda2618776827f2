import type { IsoDate } from '../domain/calendar-date.js';
import { findDateline, type Dateline } from './dateline.js';
import { findDates, findIsoDates } from './dates.js';
import { findDurations } from './durations.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention, QuoteMention } from './mention.js';
import { type NameContext, findNames } from './names.js';
import { findNoise } from './noise.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';
import { hintsOf, newScan } from './scan.js';
import { type Sentence, splitSentences } from './sentences.js';
import { findTallies } from './tallies.js';

/** How to read a text. */
export interface ReadOptions {
  /** The date "last week", "on 18 March" and "this year" are read against; default: the text's dateline. Without either, dates that lack a year are skipped. */
  readonly reference?: IsoDate;
}

/** A sentence with what was found in it, in order. */
export interface SentenceReading extends Sentence {
  readonly mentions: readonly Mention[];
}

/** Everything read from a text. */
export interface TextReading {
  readonly text: string;
  readonly dateline: Dateline | undefined;
  /** The date relative expressions were read against. */
  readonly reference: IsoDate | undefined;
  readonly sentences: readonly SentenceReading[];
  /** Quoted passages (they may run over several sentences). */
  readonly quotes: readonly QuoteMention[];
}

/**
 * Reads English text: sentences, and in each the dates, durations, numbers, percentages,
 * fractions, ratios, vote tallies, states, groups, legislatures, treaties and articles.
 * Pure, and linear in the length of the text.
 */
export function readText(text: string, gazetteer: Gazetteer, options: ReadOptions = {}): TextReading {
  const dateline = findDateline(text);
  const reference = options.reference ?? dateline?.date;
  const ctx: NameContext = { lastTreaty: null };
  const sentences = splitSentences(text).map((s): SentenceReading => ({ ...s, mentions: readSentence(text, s, gazetteer, ctx, reference) }));
  return { text, dateline, reference, sentences, quotes: findQuotes(text) };
}

/** Reads one sentence of `text` (`ctx` carries the treaty "the Convention" points to). */
export function readSentence(text: string, s: Sentence, gazetteer: Gazetteer, ctx: NameContext, reference: IsoDate | undefined): Mention[] {
  const scan = newScan(text, s.start, s.end, reference);
  const hints = hintsOf(scan.text);
  findNoise(scan, hints.digit);
  if (hints.digit) findIsoDates(scan);
  findTallies(scan, hints);
  findDates(scan, hints.digit);
  findDurations(scan);
  findQuantities(scan, hints);
  findNames(scan, gazetteer, ctx);
  return scan.out.sort((a, b) => a.start - b.start || b.end - a.end);
}
