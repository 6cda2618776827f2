import type { PartialDate } from '../calendar-date.js';

/** What the Monitor's record says happened to an obligation, as its sources name it. */
export const OBLIGATION_EVENT_KINDS = [
  /** Stockpile destroyed, clearance of all known areas declared complete. */
  'completed',
  /** The state had nothing to destroy or clear ("held no stockpile"). */
  'no_obligation',
  /** A source says the deadline passed without the obligation fulfilled (non-compliance). */
  'in_breach',
  'extension_requested',
  'extension_granted',
  /** Newly found contamination that reopens a clearance obligation declared complete. */
  'contamination_found',
  /** Mines retained under APMBC Art. 3 (a number in a year). */
  'retained',
  /** A transparency report submitted (APMBC Art. 7, CCM Art. 7). */
  'report_submitted',
  /** A finding of the Monitor by year: use, production or contamination. */
  'finding',
] as const;
/** One of OBLIGATION_EVENT_KINDS. */
export type ObligationEventKind = (typeof OBLIGATION_EVENT_KINDS)[number];

/** Obligations that are not a treaty deadline but are kept beside them: retained mines and the Monitor's findings. */
export const RECORD_ONLY_OBLIGATIONS = ['retained_mines', 'monitor_finding'] as const;

/** What the Monitor found a state (or armed groups on its territory) doing in a year. */
export const FINDING_KINDS = ['use', 'production', 'contamination'] as const;
/** How sure the finding is. */
export const FINDING_CONFIDENCE = ['confirmed', 'alleged'] as const;

/** The source of one obligation fact and the words of it that say so. */
export interface ObligationCitation {
  readonly sourceId: string;
  readonly quote: string;
}

interface Base {
  /** Stable within the file: `apmbc-KHM-mined_area_clearance-extension_granted-2` (the n-th of its kind). */
  readonly id: string;
  readonly iso3: string;
  readonly treatyId: string;
  /** The treaty rule's deadline id (`mined_area_clearance`) or one of RECORD_ONLY_OBLIGATIONS. */
  readonly obligation: string;
  /** As precise as the source gives it; absent when the source gives none. */
  readonly date?: PartialDate;
  readonly citation: ObligationCitation;
  readonly note?: string;
  /** Another source in the record contradicts this one: both are kept, marked. */
  readonly disputed?: boolean;
}

/** One sourced fact about a state's obligation, tagged by kind. */
export type ObligationEvent =
  | (Base & { readonly kind: 'completed' | 'no_obligation' | 'in_breach' | 'contamination_found' })
  | (Base & { readonly kind: 'extension_requested'; readonly deadline?: PartialDate })
  | (Base & { readonly kind: 'extension_granted'; readonly deadline: PartialDate; readonly grantedBy?: string })
  | (Base & { readonly kind: 'retained'; readonly count: number; readonly year: number })
  | (Base & { readonly kind: 'report_submitted'; readonly year?: number })
  | (Base & {
      readonly kind: 'finding';
      readonly finding: (typeof FINDING_KINDS)[number];
      readonly confidence: (typeof FINDING_CONFIDENCE)[number];
      readonly year: number;
      /** Who did it (government forces, non-state armed groups), as the source says. */
      readonly by?: string;
    });

/** A document an obligation fact is taken from. */
export interface ObligationSource {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly date?: string;
}

/** The Monitor's record of obligations: its sources and its events (data/monitor/obligations.json). */
export interface ObligationRecord {
  readonly sources: readonly ObligationSource[];
  readonly events: readonly ObligationEvent[];
}

/** No obligation facts at all (a record loaded without data/monitor/). */
export const EMPTY_OBLIGATIONS: ObligationRecord = { sources: [], events: [] };
