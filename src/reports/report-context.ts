import type { IsoDate } from '../domain/calendar-date.js';
import { cited } from '../domain/people/cited.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Citation } from '../domain/source.js';
import { type Note, sourcesNotes } from './report-doc.js';

/** What every report builder reads: the treaty record, the workspace, and the date the facts are as of. */
export interface ReportContext {
  readonly index: RecordIndex;
  readonly people: PeopleRecord;
  readonly on: IsoDate;
}

/** Footnotes for a fact's citations. */
export function notesOf(ctx: ReportContext, citations: readonly Citation[]): Note[] {
  return sourcesNotes(cited(ctx.index, ctx.people, citations));
}

/** A person's name with the honorific a source uses ("Mr. Per Nergaard"). */
export function nameOf(ctx: ReportContext, personId: string): string {
  const p = ctx.people.persons.get(personId);
  return p ? p.name : personId;
}
