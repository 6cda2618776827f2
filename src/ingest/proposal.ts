import { z } from 'zod';
import { SOURCE_KINDS, type Source } from '../domain/source.js';

/** The source a depositary suggestion cites: the status page itself. */
const PageSourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  date: z.string().optional(),
  url: z.string().optional(),
});

/**
 * What accepting a suggestion writes: an event (as the fields a user would type, so it takes the
 * one validated write path), optionally correcting a recorded one. A suggestion read from a stored
 * document cites that document; one from the depositary's page cites the page.
 */
export const EventProposalSchema = z.object({
  input: z.record(z.string(), z.unknown()),
  supersedes: z.string().optional(),
  page: PageSourceSchema.optional(),
  /** When the text dates only the step's effect ("its withdrawal … on 6 March 2025"): that date, as precise as given. */
  effect: z.string().optional(),
});
/** A parsed proposal. */
export type EventProposal = z.infer<typeof EventProposalSchema>;

/** The page source as a Source (absent fields left out). */
export function pageSource(p: NonNullable<EventProposal['page']>): Source {
  return { id: p.id, publisher: p.publisher, title: p.title, kind: p.kind, ...(p.date ? { date: p.date } : {}), ...(p.url ? { url: p.url } : {}) };
}
