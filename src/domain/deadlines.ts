import { type IsoDate, rangeOf } from './calendar-date.js';
import { applyDelay } from './delay.js';
import type { RecordIndex } from './record-index.js';
import { IN_FORCE_STATUSES } from './status.js';
import { statusOn } from './status-on.js';
import type { DeadlineRule } from './treaty.js';

/** Where a deadline stands on a date. `passed` means the day is gone and the record holds no event fulfilling it. */
export type DeadlineState = 'met' | 'upcoming' | 'passed' | 'not_owed';

/** One obligation's deadline for one state. */
export interface Deadline {
  readonly ruleId: string;
  readonly label: string;
  readonly article: string;
  readonly due: IsoDate | null;
  readonly state: DeadlineState;
  readonly extendable?: boolean;
  readonly appliesTo?: string;
  readonly fulfilledBy?: string;
  readonly note?: string;
}

/** The deadlines a state owes under a treaty as of a date, from the treaty's rules and the state's entry into force. */
export function deadlinesOf(index: RecordIndex, iso3: string, treatyId: string, on: IsoDate): Deadline[] {
  const treaty = index.treaties.get(treatyId);
  const timeline = index.timelines.get(treatyId)?.get(iso3);
  const eif = timeline?.entryIntoForce?.date ?? null;
  if (!treaty || eif === null) return [];
  const status = statusOn(timeline, on).status;
  const bound = IN_FORCE_STATUSES.includes(status) || status === 'deposited';
  const events = (index.eventsByState.get(iso3) ?? []).filter((e) => e.treatyId === treatyId);
  const fulfilment = (rule: DeadlineRule, after: IsoDate): string | undefined =>
    events.find((e) => e.kind === rule.fulfilledBy && rangeOf(e.date).latest <= on && rangeOf(e.date).earliest >= after)?.date.value;
  return treaty.rules.deadlines.map((rule): Deadline => {
    const common = { ruleId: rule.id, label: rule.label, article: rule.article, fulfilledBy: rule.fulfilledBy };
    if (rule.kind === 'annual') {
      const due = nextAnnual(on, rule.month, rule.day);
      // Annual reports cover a year as a State Party: owed once the treaty is in force for the state.
      if (!IN_FORCE_STATUSES.includes(status)) return { ...common, due: null, state: 'not_owed', note: `not owed: ${status.replace(/_/g, ' ')} on ${on}` };
      return { ...common, due, state: 'upcoming' };
    }
    const due = applyDelay(eif, rule.period);
    const extra = { extendable: rule.extendable, ...(rule.appliesTo ? { appliesTo: rule.appliesTo } : {}) };
    const met = fulfilment(rule, eif);
    if (met !== undefined) return { ...common, ...extra, due, state: 'met', note: `fulfilled ${met}` };
    if (!bound) return { ...common, ...extra, due, state: 'not_owed', note: `not owed: ${status.replace(/_/g, ' ')} on ${on}` };
    return { ...common, ...extra, due, state: due >= on ? 'upcoming' : 'passed' };
  });
}

/** The next `month`/`day` on or after a date. */
function nextAnnual(on: IsoDate, month: number, day: number): IsoDate {
  const year = Number(on.slice(0, 4));
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const thisYear = `${year}-${mmdd}`;
  return thisYear >= on ? thisYear : `${year + 1}-${mmdd}`;
}
