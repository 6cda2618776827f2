import type { RecordIndex } from '../domain/record-index.js';
import type { Treaty, TreatyMilestone } from '../domain/treaty.js';
import { type CitationOut, citationsOut } from './citations.js';

/** A milestone with its sources spelled out. */
export type MilestoneJson = Omit<TreatyMilestone, 'sources'> & { readonly sources: readonly CitationOut[] };

/** A treaty and its rules as data, with every citation spelled out. */
export type TreatyJson = Omit<Treaty, 'adopted' | 'openedForSignature' | 'entryIntoForce' | 'sources'> & {
  readonly adopted: MilestoneJson;
  readonly openedForSignature?: MilestoneJson;
  readonly entryIntoForce?: MilestoneJson;
  readonly sources: readonly CitationOut[];
};

/** Shapes a treaty for JSON output. */
export function treatyJson(index: RecordIndex, t: Treaty): TreatyJson {
  const milestone = (m: TreatyMilestone): MilestoneJson => ({ ...m, sources: citationsOut(index, m.sources) });
  // Override in place (keys keep the record's order); a treaty not yet in force has no entryIntoForce, a protocol
  // joined by consent alone no openedForSignature.
  const out = { ...t, adopted: milestone(t.adopted), ...(t.openedForSignature ? { openedForSignature: milestone(t.openedForSignature) } : {}), ...(t.entryIntoForce ? { entryIntoForce: milestone(t.entryIntoForce) } : {}), sources: citationsOut(index, t.sources) };
  return out as TreatyJson;
}
