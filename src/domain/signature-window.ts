import { type IsoDate, addDays, rangeOf } from './calendar-date.js';
import { applyDelay } from './delay.js';
import type { TreatyEvent } from './event.js';
import { type Result, domainError, err, ok } from './result.js';
import { type SignatureWindowRule, type Treaty, openedOn } from './treaty.js';

/**
 * The last day a treaty could be signed, from its signature rule and the record: the day before its
 * entry into force ("until its entry into force"), the day the text names, or the end of the period
 * after opening. Null while the window has no end (the TPNW) or its end is not known yet (the CTBT,
 * not in force), and for a treaty whose record gives no window.
 */
export function signatureLastDay(treaty: Treaty): IsoDate | null {
  const rule = treaty.rules.signature;
  if (rule?.kind !== 'window') return null;
  switch (rule.closes.kind) {
    case 'entry_into_force':
      return treaty.entryIntoForce ? addDays(treaty.entryIntoForce.date, -1) : null;
    case 'last_day':
      return rule.closes.date;
    case 'period':
      return applyDelay(openedOn(treaty).date, rule.closes.period);
    case 'never':
      return null;
  }
}

/**
 * Checks an event against the treaty's signature rule: a signature only while the window is open
 * (and never for an instrument that is not open for signature); where the text says so, a
 * ratification only by a state that signed, and a non-signatory's accession only once the treaty is
 * in force. `own` is the state's standing events under the treaty, the new one included.
 */
export function checkSignatureWindow(treaty: Treaty, own: readonly TreatyEvent[], event: TreatyEvent): Result<TreatyEvent> {
  const rule = treaty.rules.signature;
  if (rule === undefined) return ok(event);
  if (rule.kind === 'none') {
    if (event.kind !== 'signature') return ok(event);
    const joins = treaty.rules.entryIntoForce.instrumentKinds.map((k) => k.replace(/_/g, ' ')).join(' or ');
    return err(domainError('signature_not_provided', `the ${treaty.shortName} is not open for signature (${rule.article}: "${clip(rule.quote)}"): a state joins it by ${joins}`, 'kind'));
  }
  const range = rangeOf(event.date);
  if (event.kind === 'signature') {
    const last = signatureLastDay(treaty);
    if (last !== null && range.earliest > last) {
      const instead = rule.nonSignatories ? `; a state that has not signed can only accede now (${rule.nonSignatories.article})` : '';
      return err(domainError('signature_window_closed', `the ${treaty.shortName} was open for signature from ${openedOn(treaty).date} to ${last} (${rule.article}: ${closeWords(treaty, rule)}); a signature dated ${event.date.value} is after the window closed${instead}`, 'date'));
    }
    return ok(event);
  }
  const ns = rule.nonSignatories;
  if (ns === undefined || (event.kind !== 'ratification' && event.kind !== 'accession')) return ok(event);
  const signed = own.some((e) => e.id !== event.id && e.kind === 'signature' && rangeOf(e.date).earliest <= range.latest);
  if (signed) return ok(event);
  if (event.kind === 'ratification' && ns.ratificationNeedsSignature) {
    return err(domainError('ratification_without_signature', `${event.iso3} has no signature of the ${treaty.shortName} in the record before ${event.date.value}, and ${ns.article} reserves ratification for signatories ("${clip(ns.quote)}"): record its signature first, or record the instrument as an accession`, 'kind'));
  }
  if (event.kind === 'accession' && ns.accessionFrom === 'entry_into_force') {
    const eif = treaty.entryIntoForce?.date;
    if (eif === undefined || range.latest < eif) {
      const when = eif === undefined ? `the ${treaty.shortName} is not in force` : `the ${treaty.shortName} entered into force on ${eif}`;
      return err(domainError('accession_before_entry_into_force', `${ns.article} opens the ${treaty.shortName} to accession by a state that did not sign only once it is in force ("${clip(ns.quote)}"), and ${when}: an accession dated ${event.date.value} by ${event.iso3}, which has not signed, cannot be`, 'date'));
    }
  }
  return ok(event);
}

/** How the window closes, in the source's words. */
function closeWords(treaty: Treaty, rule: SignatureWindowRule): string {
  const quote = rule.sources.map((s) => `"${clip(s.quote)}"`).join(' and ');
  return rule.closes.kind === 'entry_into_force' && treaty.entryIntoForce ? `${quote}, and it entered into force on ${treaty.entryIntoForce.date}` : quote;
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
