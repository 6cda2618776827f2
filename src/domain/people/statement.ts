import type { Citation } from '../source.js';
import type { FactDate } from './fact-date.js';

/** A question positions are taken on: "Should Lithuania withdraw from the APMBC?". */
export interface Question {
  readonly id: string;
  readonly text: string;
  readonly iso3: string;
  readonly treatyId: string;
  /** What answering "yes" means; stances are relative to it. */
  readonly kind: 'withdraw';
}

/** A speaker's answer to the question: for withdrawing, against it, or not decided. */
export const STANCES = ['supports', 'opposes', 'undecided'] as const;
/** One of STANCES. */
export type Stance = (typeof STANCES)[number];

/** How binding the words are: a view, a stated plan, or a decision taken. */
export const MODALITIES = ['opinion', 'intention', 'decision'] as const;
/** One of MODALITIES. */
export type Modality = (typeof MODALITIES)[number];

/** Something a person said on a question, with the quote and its source. */
export interface Statement {
  readonly id: string;
  readonly questionId: string;
  readonly speakerId: string;
  /** The post the speaker spoke in (checked: the speaker held it on the date). */
  readonly speakerPostId?: string;
  readonly organizationId?: string;
  /** The speaker's title as the source gives it, when it differs from the record ("Director for Mine Action and Disarmament"). */
  readonly roleAsStated?: string;
  readonly date: FactDate;
  readonly stance: Stance;
  readonly modality: Modality;
  /** The words, verbatim from the source: the speaker's own (direct) or the source's report of them (reported). */
  readonly quote: string;
  readonly quoteKind: 'direct' | 'reported';
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}
