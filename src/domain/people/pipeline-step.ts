import type { Citation } from '../source.js';
import type { FactDate } from './fact-date.js';

/** The stages of a national withdrawal, in order; deposit and effect come from the treaty's own log. */
export const PIPELINE_STAGES = [
  'first_statement',
  'government_decision',
  'joint_statement',
  'parliamentary_vote',
  'head_of_state_signature',
  'deposit',
  'effect',
] as const;
/** One of PIPELINE_STAGES. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** The stages recorded by hand (the others come from votes and the treaty's events). */
export const RECORDED_STAGES = ['first_statement', 'government_decision', 'joint_statement', 'parliamentary_vote', 'head_of_state_signature'] as const;
/** One of RECORDED_STAGES. */
export type RecordedStage = (typeof RECORDED_STAGES)[number];

/** A step of a state's withdrawal process before the depositary sees anything, with its source. */
export interface PipelineStep {
  readonly id: string;
  readonly iso3: string;
  readonly treatyId: string;
  readonly stage: RecordedStage;
  readonly date: FactDate;
  /** What happened, in a few words. */
  readonly label: string;
  readonly statementId?: string;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}
