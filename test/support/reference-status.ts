import type { ReferenceRow } from './shipped.js';

/**
 * A state's status on a date read straight off a reference row (the depositary's dates, compiled
 * independently of the record): withdrawn from the withdrawal's effect, withdrawal under way from its
 * deposit, State Party from entry into force, joined from deposit, signatory from signature.
 * Undefined when a date the answer needs is not a full day (the record may then say "possibly").
 */
export function referenceStatus(r: ReferenceRow, on: string): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const steps: [string, string][] = [
    [r.withdrawal_effective, 'withdrawn'],
    [r.withdrawal_deposit, 'withdrawal_pending'],
    [r.entry_into_force, 'party'],
    [r.deposit, 'deposited'],
    [r.signature, 'signatory'],
  ];
  for (const [date, status] of steps) {
    if (date === '') continue;
    if (!day.test(date)) return undefined;
    if (date <= on) return status;
  }
  return 'not_joined';
}

/** States Parties counted from deposit on a date, from the reference rows (deposited, not yet withdrawn). */
export function referenceDepositedCount(rows: readonly ReferenceRow[], on: string): number {
  return rows.filter((r) => ['deposited', 'party', 'withdrawal_pending'].includes(referenceStatus(r, on) ?? '')).length;
}
