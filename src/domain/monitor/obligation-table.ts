import type { IsoDate } from '../calendar-date.js';
import type { RecordIndex } from '../record-index.js';
import { type ObligationState, type ObligationStatus, OBLIGATION_STATUSES, obligationsOf } from './obligation-status.js';

/** Every State Party's obligations under a treaty on a date, and how many stand in each status. */
export interface ObligationTable {
  readonly treatyId: string;
  readonly on: IsoDate;
  /** The rules listed (all of the treaty's deadlines, or those of one article). */
  readonly ruleIds: readonly string[];
  /** States Parties on the date (the treaty in force for them). */
  readonly parties: number;
  /** Rows listed: by default those the record holds a sourced event for; with `all`, every State Party's. */
  readonly rows: readonly ObligationState[];
  /** Per rule: States Parties in each status (every party counted, the silent ones as unknown). */
  readonly counts: Readonly<Record<string, Readonly<Record<ObligationStatus, number>>>>;
  /** Per rule: States Parties whose status rests on a source (the rest is the record's silence). */
  readonly sourced: Readonly<Record<string, number>>;
}

/** Does a rule's article (`Art. 7(2)`) fall under an article number (`7`)? */
export function ruleInArticle(article: string, n: string): boolean {
  return new RegExp(`^Art\\. ${n.replace(/[^\dA-Za-z]/g, '')}(?!\\d)`).test(article);
}

/** The obligations of every State Party under a treaty on a date, optionally of one article only. */
export function obligationTable(index: RecordIndex, treatyId: string, on: IsoDate, options: { readonly article?: string; readonly all?: boolean } = {}): ObligationTable {
  const treaty = index.treaties.get(treatyId);
  const rules = (treaty?.rules.deadlines ?? []).filter((r) => options.article === undefined || ruleInArticle(r.article, options.article));
  const ruleIds = rules.map((r) => r.id);
  const counts: Record<string, Record<ObligationStatus, number>> = {};
  const sourced: Record<string, number> = {};
  for (const id of ruleIds) {
    counts[id] = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>;
    sourced[id] = 0;
  }
  const rows: ObligationState[] = [];
  let parties = 0;
  for (const state of index.stateList) {
    const all = obligationsOf(index, state.iso3, treatyId, on);
    if (all.length === 0) continue;
    parties += 1;
    for (const o of all.filter((x) => ruleIds.includes(x.ruleId))) {
      const c = counts[o.ruleId];
      if (c) c[o.status] += 1;
      if (o.history.length > 0) sourced[o.ruleId] = (sourced[o.ruleId] ?? 0) + 1;
      if (options.all === true || o.history.length > 0) rows.push(o);
    }
  }
  return { treatyId, on, ruleIds, parties, rows, counts, sourced };
}
