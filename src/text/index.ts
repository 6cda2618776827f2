// The English text reader: the one place text becomes typed mentions. Used by claims and ingest.
// See README.md in this folder for the API and the mention kinds.
export { readText, readSentence, type ReadOptions, type SentenceReading, type TextReading } from './read-text.js';
export { buildGazetteer, type Gazetteer } from './gazetteer.js';
export { splitSentences, type Sentence } from './sentences.js';
export { findDateline, type Dateline } from './dateline.js';
export { REGIONS, regionById, borderingRegion, type Region } from './regions.js';
export { parseNumberWords } from './number-words.js';
export { numberValue } from './number-pattern.js';
export { mentionsIn, mentionsOf, nearest } from './select.js';
export type {
  Span, Hedge, TextDatePrecision, Mention, MentionKind, DateMention, DurationMention, NumberMention, PercentMention, FractionMention,
  RatioMention, TallyMention, StateMention, GroupMention, TreatyMention, BodyMention, ArticleMention, QuoteMention,
} from './mention.js';
export { overlaps } from './mention.js';
