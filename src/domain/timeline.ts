import { type IsoDate, maxDate, rangeOf } from './calendar-date.js';
import { conflictOn, type ConflictSpan } from './armed-conflict.js';
import { applyDelay } from './delay.js';
import { type TreatyEvent, isDepositKind } from './event.js';
import { type DomainError, type Result, domainError, err, ok } from './result.js';
import type { DerivedDate, Status, StatusCause, StatusPeriod, Timeline } from './status.js';
import { type Treaty, openedOn } from './treaty.js';

/** A change waiting to be applied: an event, or a date a rule derives from one. */
interface Step {
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  readonly label: string;
  readonly order: number;
  readonly event: TreatyEvent;
  readonly derived?: 'entry_into_force' | 'withdrawal_effect';
  readonly rule?: string;
}

// Same-day order: a signature and a deposit on one day read "signed, then deposited".
const ORDER: Record<string, number> = {
  signature: 0,
  deposit: 1,
  entry_into_force: 2,
  suspension_notice: 3,
  withdrawal: 4,
  ratification_withdrawn: 4,
  intent_not_to_become_party: 4,
  withdrawal_effect: 5,
};

/** The status-changing kinds; other kinds (votes, reports, conflicts) do not move the status themselves. */
function orderOf(e: TreatyEvent): number | undefined {
  return isDepositKind(e.kind) ? ORDER.deposit : ORDER[e.kind];
}

/**
 * Derives one state's status history under one treaty from its events and the treaty's rules.
 * Pure and order-independent: the events are sorted here. Fails on a sequence the treaty
 * does not allow (a withdrawal by a state that is not a party, a second deposit, …).
 */
export function buildTimeline(treaty: Treaty, iso3: string, events: readonly TreatyEvent[], conflicts: readonly ConflictSpan[] = []): Result<Timeline> {
  const queue: Step[] = [];
  for (const e of events) {
    const order = orderOf(e);
    if (order === undefined) continue;
    const r = rangeOf(e.date);
    queue.push({ earliest: r.earliest, latest: r.latest, label: e.date.value, order, event: e });
  }
  const periods: StatusPeriod[] = [];
  let status = 'not_joined' as Status;
  let entryIntoForce: DerivedDate | undefined;
  let withdrawalEffect: DerivedDate | undefined;
  let signed = false;

  while (queue.length > 0) {
    queue.sort(byDateThenOrder);
    const step = queue.shift() as Step;
    const e = step.event;
    const push = (next: Status, cause: StatusCause, from = step.latest, possiblyFrom = step.earliest, label = step.label): void => {
      // Literals, not spreads: a cold CLI run builds every timeline in the interpreter, where a spread costs several times an object literal. The key order is the JSON's.
      const period: Mutable<StatusPeriod> = possiblyFrom < from
        ? { status: next, from, possiblyFrom, fromLabel: label, cause, eventId: e.id }
        : { status: next, from, fromLabel: label, cause, eventId: e.id };
      if (step.rule) period.rule = step.rule;
      periods.push(period);
      status = next;
    };
    if (step.derived === 'entry_into_force') {
      if (status === 'deposited') push('party', 'entry_into_force');
      continue;
    }
    if (step.derived === 'withdrawal_effect') {
      if (status === 'withdrawal_pending') push('withdrawn', 'withdrawal_effect');
      continue;
    }
    const opened = openedOn(treaty);
    if (step.latest < opened.date) return err(eventError('before_treaty_opened', e, `${e.date.value} is before the ${treaty.shortName} ${opened.words} on ${opened.date}`, 'date'));
    if (e.kind === 'signature') {
      signed = true;
      if (status === 'not_joined') push('signatory', 'signature');
      continue;
    }
    if (e.kind === 'ratification_withdrawn') {
      if (status !== 'deposited') return err(eventError('not_deposited', e, `${iso3} has no instrument awaiting entry into force under the ${treaty.shortName} (status ${status}): only such an instrument can be withdrawn`, 'kind'));
      // The instrument is gone, and with it the entry into force it was waiting for.
      for (let i = queue.length - 1; i >= 0; i -= 1) if (queue[i]?.derived === 'entry_into_force') queue.splice(i, 1);
      entryIntoForce = undefined;
      push(signed ? 'signatory' : 'not_joined', 'ratification_withdrawn');
      continue;
    }
    if (e.kind === 'intent_not_to_become_party') {
      if (status !== 'signatory') return err(eventError('not_a_signatory', e, `${iso3} is ${status.replace(/_/g, ' ')} under the ${treaty.shortName}: only a signatory not bound by the treaty can give notice that it does not intend to become a party`, 'kind'));
      push('not_joined', 'intent_not_to_become_party');
      continue;
    }
    if (isDepositKind(e.kind)) {
      if (status !== 'not_joined' && status !== 'signatory' && status !== 'withdrawn') {
        return err(eventError('already_bound', e, `${iso3} already deposited an instrument for the ${treaty.shortName} (status ${status}); record a correction instead of a second deposit`, 'kind'));
      }
      const eif = entryIntoForceOf(treaty, e, step);
      if (!eif.ok) return eif;
      entryIntoForce = eif.value.derived;
      if (eif.value.step === undefined) {
        push('deposited', 'deposit');
      } else if (eif.value.step.latest <= step.earliest) {
        // A succession in force from independence, before its deposit: a party from that day.
        push('party', 'deposit', eif.value.step.latest, eif.value.step.earliest, eif.value.step.label);
      } else {
        push('deposited', 'deposit');
        queue.push(eif.value.step);
      }
      withdrawalEffect = undefined;
      continue;
    }
    if (e.kind === 'suspension_notice') {
      if (status !== 'party') return err(eventError('suspension_by_non_party', e, `${iso3} is ${status} under the ${treaty.shortName} on ${e.date.value}: only a State Party can give a notice of suspension`, 'kind'));
      push('suspension_notified', 'suspension_notice');
      continue;
    }
    if (e.kind === 'withdrawal') {
      const rule = treaty.rules.withdrawal;
      if (!rule) return err(eventError('no_withdrawal_clause', e, `the ${treaty.shortName} has no withdrawal clause`, 'kind'));
      if (status === 'withdrawal_pending') return err(eventError('withdrawal_already_pending', e, `${iso3} already has a withdrawal pending under the ${treaty.shortName}`, 'kind'));
      if (status !== 'party' && status !== 'suspension_notified') {
        return err(eventError('withdrawal_by_non_party', e, `${iso3} is ${status.replace('_', ' ')} under the ${treaty.shortName} on ${e.date.value}: only a State Party can withdraw`, 'kind'));
      }
      if (e.statedEffect && e.statedEffect.date < step.earliest) {
        return err(eventError('effect_before_deposit', e, `the stated effect ${e.statedEffect.date} is before the instrument of withdrawal was deposited on ${e.date.value}`, 'statedEffect.date'));
      }
      push('withdrawal_pending', 'withdrawal');
      const effect = withdrawalEffectOf(treaty, e, step, conflicts);
      withdrawalEffect = effect.derived;
      if (effect.step) queue.push(effect.step);
    }
  }
  const timeline: Mutable<Timeline> = { iso3, treatyId: treaty.id, periods };
  if (entryIntoForce) timeline.entryIntoForce = entryIntoForce;
  if (withdrawalEffect) timeline.withdrawalEffect = withdrawalEffect;
  return ok(timeline);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function byDateThenOrder(a: Step, b: Step): number {
  return a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.order - b.order;
}

function entryIntoForceOf(treaty: Treaty, e: TreatyEvent, step: Step): Result<{ derived: DerivedDate; step?: Step }> {
  const rule = treaty.rules.entryIntoForce;
  if (e.statedEffect && e.kind !== 'succession' && e.statedEffect.date < step.earliest) {
    return err(eventError('effect_before_deposit', e, `the stated entry into force ${e.statedEffect.date} is before the deposit on ${e.date.value}`, 'statedEffect.date'));
  }
  if (e.effectiveFrom !== undefined) {
    const derived: DerivedDate = { date: e.effectiveFrom, label: e.effectiveFrom, rule: `as stated by the depositary (${e.kind})`, fromEventId: e.id };
    return ok({ derived, step: derivedStep(e.effectiveFrom, e.effectiveFrom, e.effectiveFrom, e, 'entry_into_force', derived.rule) });
  }
  if (treaty.entryIntoForce === undefined) {
    // The treaty itself is not in force (the CTBT): no state's entry into force can be dated yet.
    const conditions = rule.requiredStates ? ` (it needs the instruments of all ${rule.requiredStates.length} states listed by ${rule.article})` : '';
    return ok({ derived: { date: null, label: `when the ${treaty.shortName} enters into force${conditions}`, rule: rule.article, fromEventId: e.id } });
  }
  const general = treaty.entryIntoForce.date;
  const earliest = maxDate(general, applyDelay(step.earliest, rule.laterDelay));
  const latest = maxDate(general, applyDelay(step.latest, rule.laterDelay));
  const exact = earliest === latest;
  const label = exact ? latest : `between ${earliest} and ${latest}`;
  const stated = e.statedEffect?.date;
  // Name the paragraph that decided: the general entry into force, or the later state's own delay.
  const article = latest === general ? (rule.initialArticle ?? rule.article) : (rule.laterArticle ?? rule.article);
  const derived: Mutable<DerivedDate> = { date: exact ? latest : null, label, rule: article, fromEventId: e.id };
  if (stated !== undefined && exact && stated !== latest) derived.statedDisagrees = stated;
  return ok({ derived, step: derivedStep(earliest, latest, label, e, 'entry_into_force', article) });
}

function withdrawalEffectOf(treaty: Treaty, e: TreatyEvent, step: Step, conflicts: readonly ConflictSpan[]): { derived: DerivedDate; step?: Step } {
  const rule = treaty.rules.withdrawal;
  if (!rule) throw new Error('withdrawalEffectOf needs a withdrawal rule');
  const earliest = applyDelay(step.earliest, rule.notice);
  const latest = applyDelay(step.latest, rule.notice);
  const conflict = rule.armedConflict === 'deferred_until_conflict_ends' ? conflictOn(conflicts, latest) : undefined;
  const base = { rule: rule.article, fromEventId: e.id };
  if (conflict) {
    const heldBack = `engaged in an armed conflict (since ${conflict.began}) on ${latest}, when the notice expires: the withdrawal does not take effect before the conflict ends`;
    if (conflict.ended === undefined) return { derived: { ...base, date: null, label: 'open', heldBack } };
    const derived: DerivedDate = { ...base, date: conflict.ended, label: conflict.ended, heldBack };
    return { derived, step: derivedStep(conflict.ended, conflict.ended, conflict.ended, e, 'withdrawal_effect', rule.article) };
  }
  const exact = earliest === latest;
  const label = exact ? latest : `between ${earliest} and ${latest}`;
  const stated = e.statedEffect?.date;
  const derived: Mutable<DerivedDate> = { rule: rule.article, fromEventId: e.id, date: exact ? latest : null, label };
  if (stated !== undefined && exact && stated !== latest) derived.statedDisagrees = stated;
  return { derived, step: derivedStep(earliest, latest, label, e, 'withdrawal_effect', rule.article) };
}

/** The step of a date a rule derives from `event` (its entry into force, its withdrawal's effect). */
function derivedStep(earliest: IsoDate, latest: IsoDate, label: string, event: TreatyEvent, derived: 'entry_into_force' | 'withdrawal_effect', rule: string): Step {
  return { earliest, latest, label, order: derived === 'entry_into_force' ? (ORDER.entry_into_force ?? 2) : (ORDER.withdrawal_effect ?? 5), event, derived, rule };
}

function eventError(code: string, e: TreatyEvent, message: string, field: string): DomainError {
  return domainError(code, `${e.kind} of ${e.iso3} on ${e.date.value}: ${message}`, field);
}
