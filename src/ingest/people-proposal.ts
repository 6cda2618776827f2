import { z } from 'zod';
import { STANCES } from '../domain/people/statement.js';

/**
 * What accepting a statement suggestion writes to the campaign workspace: a Statement on the
 * question "should <state> leave <treaty>?", by the speaker as the text names them (resolved to a
 * person or an office on acceptance), citing the document it was read from.
 */
export const StatementProposalSchema = z.object({
  speaker: z.string().min(1),
  stance: z.enum(STANCES),
  quote: z.string().min(1),
  quoteKind: z.enum(['direct', 'reported']),
  iso3: z.string().optional(),
  treatyId: z.string().optional(),
  /** The document's date: the words were said on or before it. Absent when the document gives none. */
  date: z.string().optional(),
});
/** A parsed statement proposal. */
export type StatementProposal = z.infer<typeof StatementProposalSchema>;

/** Counts a text gives for a vote; a count the text does not give is absent (never guessed). */
export const ProposedCountsSchema = z.object({
  yes: z.number().int().min(0).optional(),
  no: z.number().int().min(0).optional(),
  abstain: z.number().int().min(0).optional(),
  absent: z.number().int().min(0).optional(),
});

/** What accepting a vote suggestion writes: a VoteEvent of the state's parliament, citing the document. */
export const VoteProposalSchema = z.object({
  iso3: z.string(),
  treatyId: z.string().optional(),
  /** The house as the text names it ("the Seimas", "parliament"). */
  body: z.string(),
  date: z.string(),
  motion: z.string(),
  /** Only when the text says so ("final reading"). */
  stage: z.enum(['final', 'preliminary']).optional(),
  counts: ProposedCountsSchema,
  unanimous: z.boolean().optional(),
  quote: z.string(),
});
/** A parsed vote proposal. */
export type VoteProposal = z.infer<typeof VoteProposalSchema>;
