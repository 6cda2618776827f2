import type { TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Citation } from '../domain/source.js';
import { type CitationOut, citationsOut } from './citations.js';

/** An event as JSON outputs give it: every field of the log, with its citations spelled out. */
export type EventJson = Omit<TreatyEvent, 'sources' | 'statedEffect'> & {
  readonly sources: readonly CitationOut[];
  readonly statedEffect?: { readonly date: string; readonly sources: readonly CitationOut[] };
};

/** Spells out an event's citations (and those of the effect date its source states). */
export function eventJson(index: RecordIndex, e: TreatyEvent): EventJson {
  const cite = (c: readonly Citation[]) => citationsOut(index, c);
  // Spread first and override in place, so the keys keep the log's order (the CLI's output is byte-stable).
  const out = { ...e, sources: cite(e.sources), ...(e.statedEffect ? { statedEffect: { date: e.statedEffect.date, sources: cite(e.statedEffect.sources) } } : {}) };
  return out as EventJson;
}
