import { contextOf, loadPeopleData } from '../data/people/load-people.js';
import type { PeopleData } from '../domain/people/people-data.js';
import { type PeopleRecord, indexPeople } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Source } from '../domain/source.js';
import type { ClaimFacts } from './facts.js';

/** Reads the shipped votes, casualty figures and withdrawal steps (data/people/) for the checker; on failure, none, with the reason. */
export function loadClaimFacts(index: RecordIndex, dir?: string): ClaimFacts {
  const loaded = loadPeopleData(contextOf(index.dataset), ...(dir === undefined ? [] : [dir]));
  if (!loaded.ok) return { problem: `the people and votes data could not be read (${loaded.error.file}: ${loaded.error.message})` };
  return claimFactsOf(loaded.value);
}

/** The part of a campaign workspace (shipped or stored) the checker judges against; `sources` when already indexed by id. */
export function claimFactsOf(p: PeopleData, sources?: ReadonlyMap<string, Source>, people?: PeopleRecord): ClaimFacts {
  return { people: people ?? indexPeople(p), votes: p.votes, casualtyFigures: p.casualtyFigures, monitorReports: p.monitorReports, pipelineSteps: p.pipelineSteps, sources: sources ?? new Map(p.sources.map((s) => [s.id, s])) };
}
