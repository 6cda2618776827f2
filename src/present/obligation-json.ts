import type { ObligationState, ObligationStep } from '../domain/monitor/obligation-status.js';
import type { ObligationTable } from '../domain/monitor/obligation-table.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { CitationOut } from './citations.js';

/** One event of an obligation's history as JSON, its source spelled out. */
export interface ObligationStepJson {
  readonly kind: string;
  /** As the source gives it (YYYY, YYYY-MM, YYYY-MM-DD), null when it gives none. */
  readonly date: string | null;
  /** The day the engine counts the event from. */
  readonly knownFrom: string;
  readonly dateNote?: string;
  readonly deadline?: string;
  readonly grantedBy?: string;
  readonly year?: number;
  readonly disputed?: boolean;
  readonly note?: string;
  readonly source: CitationOut;
}

/** One obligation as JSON: `treatywatch obligations --json`, `GET /v1/treaties/{treaty}/obligations`, and in the state answer. */
export interface ObligationJson {
  readonly state: string;
  readonly stateName: string;
  readonly treaty: string;
  readonly obligation: string;
  readonly label: string;
  readonly article: string;
  readonly originalDeadline: string;
  readonly extensions: readonly ObligationStepJson[];
  readonly currentDeadline: string;
  readonly status: ObligationState['status'];
  readonly since: string | null;
  readonly disputed: boolean;
  readonly notes: readonly string[];
  readonly sources: readonly CitationOut[];
  readonly history: readonly ObligationStepJson[];
}

/** A treaty's obligation table as JSON. */
export interface ObligationTableJson {
  readonly treaty: string;
  readonly on: string;
  readonly obligations: readonly string[];
  readonly parties: number;
  readonly counts: ObligationTable['counts'];
  readonly sourced: ObligationTable['sourced'];
  readonly rows: readonly ObligationJson[];
}

/** A step's source, resolved against the Monitor record's sources. */
export function stepSource(index: RecordIndex, s: ObligationStep): CitationOut {
  const src = s.source ?? index.obligationSources.get(s.citation.sourceId);
  return {
    id: s.citation.sourceId,
    ...(src ? { publisher: src.publisher, title: src.title, url: src.url } : {}),
    ...(src?.date ? { date: src.date } : {}),
    quote: s.citation.quote,
  };
}

function stepJson(index: RecordIndex, s: ObligationStep): ObligationStepJson {
  return {
    kind: s.kind, date: s.date, knownFrom: s.knownFrom,
    ...(s.dateNote === undefined ? {} : { dateNote: s.dateNote }),
    ...(s.deadline === undefined ? {} : { deadline: s.deadline }),
    ...(s.grantedBy === undefined ? {} : { grantedBy: s.grantedBy }),
    ...(s.year === undefined ? {} : { year: s.year }),
    ...(s.disputed === undefined ? {} : { disputed: s.disputed }),
    ...(s.note === undefined ? {} : { note: s.note }),
    source: stepSource(index, s),
  };
}

/** Shapes one obligation for JSON. */
export function obligationJson(index: RecordIndex, o: ObligationState): ObligationJson {
  return {
    state: o.iso3,
    stateName: index.states.get(o.iso3)?.name ?? o.iso3,
    treaty: o.treatyId,
    obligation: o.ruleId,
    label: o.label,
    article: o.article,
    originalDeadline: o.originalDeadline,
    extensions: o.extensions.map((s) => stepJson(index, s)),
    currentDeadline: o.currentDeadline,
    status: o.status,
    since: o.since,
    disputed: o.disputed,
    notes: o.notes,
    sources: o.sources.map((s) => stepSource(index, s)),
    history: o.history.map((s) => stepJson(index, s)),
  };
}

/** Shapes a treaty's obligation table for JSON. */
export function obligationTableJson(index: RecordIndex, t: ObligationTable): ObligationTableJson {
  return { treaty: t.treatyId, on: t.on, obligations: t.ruleIds, parties: t.parties, counts: t.counts, sourced: t.sourced, rows: t.rows.map((o) => obligationJson(index, o)) };
}
