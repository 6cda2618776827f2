import { rangeOf } from './calendar-date.js';
import { type TreatyEvent, isDepositKind } from './event.js';
import { type Result, domainError, err, ok } from './result.js';

/**
 * A state signs a treaty once, and signing is a step towards a deposit, never after one: a second
 * signature, or a signature dated after the state's own deposit, cannot be true of the record.
 * `own` is the state's standing events under one treaty, the new one included.
 */
export function checkSignatureSequence(own: readonly TreatyEvent[], event: TreatyEvent): Result<TreatyEvent> {
  if (event.kind !== 'signature') return ok(event);
  const other = own.filter((e) => e.id !== event.id);
  const first = other.find((e) => e.kind === 'signature');
  if (first) return err(domainError('second_signature', `${event.iso3} already signed this treaty on ${first.date.value} (event ${first.id}); a state signs once — to change the date, correct that event`, 'kind'));
  const deposit = other.find((e) => isDepositKind(e.kind) && rangeOf(e.date).latest < rangeOf(event.date).earliest);
  if (deposit) return err(domainError('signature_after_deposit', `${event.iso3} deposited its ${deposit.kind} on ${deposit.date.value} (event ${deposit.id}); a signature dated ${event.date.value} would come after it`, 'date'));
  return ok(event);
}
