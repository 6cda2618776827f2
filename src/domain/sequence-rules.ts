import type { TreatyEvent } from './event.js';
import { type DomainError, type Result, ok, err } from './result.js';
import { checkSignatureSequence } from './signature-sequence.js';
import { checkSignatureWindow } from './signature-window.js';
import type { Treaty } from './treaty.js';

/** One event of a state's record that a rule refuses, and why. */
interface Refusal {
  readonly eventId: string;
  readonly error: DomainError;
}

/** Every event of `own` (a state's standing events under one treaty) that the sequence and signature rules refuse. */
function refusals(treaty: Treaty, own: readonly TreatyEvent[]): Refusal[] {
  const out: Refusal[] = [];
  for (const e of own) {
    // The sequence first: France's second signature is a second signature before it is a late one.
    for (const r of [checkSignatureSequence(own, e), checkSignatureWindow(treaty, own, e)]) {
      if (!r.ok) {
        out.push({ eventId: e.id, error: r.error });
        break;
      }
    }
  }
  return out;
}

/**
 * Checks the state's record under the treaty as it would stand with `event` (and without the event
 * it corrects): no signature twice or after a deposit, none outside the window, no ratification
 * without a signature, no early accession where the text forbids it. The new event is checked, and
 * so is every other event it would make wrong (a deposit dated before the recorded signature, a
 * correction that moves a signature past the ratification); what was already wrong before is not
 * held against this write.
 */
export function checkSequenceRules(treaty: Treaty, before: readonly TreatyEvent[], after: readonly TreatyEvent[], event: TreatyEvent): Result<TreatyEvent> {
  const wrong = refusals(treaty, after);
  const own = wrong.find((r) => r.eventId === event.id);
  if (own) return err(own.error);
  const already = new Set(refusals(treaty, before).map((r) => `${r.eventId} ${r.error.code}`));
  const made = wrong.find((r) => !already.has(`${r.eventId} ${r.error.code}`));
  if (!made) return ok(event);
  return err({ ...made.error, message: `with this ${event.kind} of ${event.date.value}, event ${made.eventId} would be wrong: ${made.error.message}` });
}
