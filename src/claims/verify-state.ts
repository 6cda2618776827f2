import { type IsoDate, rangeOf } from '../domain/calendar-date.js';
import { type TreatyEvent, isDepositKind } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES } from '../domain/status.js';
import { statusOn } from '../domain/status-on.js';
import type { Claim } from './claim.js';
import { type DateMatch, claimedDateWords, matchDate } from './dates-match.js';
import { absenceEvidence, derivedEvidence, eventEvidence, eventsOf } from './evidence.js';
import type { Convention, Evidence, Judgement } from './verdict.js';

type StateEvent = Extract<Claim, { kind: 'state_event' }>;
type StateStatus = Extract<Claim, { kind: 'state_status' }>;

/** One way of dating the claimed step, and what the record has for it. */
interface Reading {
  readonly convention: Convention;
  readonly words: string;
  readonly date: string | null;
  readonly match: DateMatch;
}

/** Checks a dated step of one state: joined, signed, ratified, acceded, withdrew, in force, withdrawal in effect. */
export function verifyStateEvent(index: RecordIndex, claim: StateEvent, on: IsoDate): Judgement {
  const name = index.states.get(claim.iso3)?.name ?? claim.iso3;
  const treaty = index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId;
  const events = eventsOf(index, claim.iso3, claim.treatyId).filter((e) => rangeOf(e.date).earliest <= on);
  const timeline = index.timelines.get(claim.treatyId)?.get(claim.iso3);
  const signature = events.find((e) => e.kind === 'signature');
  const deposit = [...events].reverse().find((e) => isDepositKind(e.kind));
  const withdrawal = [...events].reverse().find((e) => e.kind === 'withdrawal');
  const eif = timeline?.entryIntoForce?.fromEventId === deposit?.id ? timeline?.entryIntoForce : undefined;
  const effect = timeline?.withdrawalEffect?.fromEventId === withdrawal?.id ? timeline?.withdrawalEffect : undefined;
  const read = (convention: Convention, words: string, date: string | null | undefined): Reading | undefined =>
    date === undefined ? undefined : { convention, words, date, match: date === null ? 'unsure' : matchDate(claim.date, date) };
  const readings = ((): (Reading | undefined)[] => {
    switch (claim.event) {
      case 'signed':
        return [read('signature', 'signed', signature?.date.value)];
      case 'ratified':
      case 'acceded':
        return [read('deposit', `deposited its ${deposit?.kind ?? 'instrument'}`, deposit?.date.value)];
      case 'joined':
        return [
          read('signature', 'signed', signature?.date.value),
          read('deposit', `deposited its ${deposit?.kind ?? 'instrument'}`, deposit?.date.value),
          read('entry_into_force', 'was bound (in force)', eif === undefined ? undefined : eif.date),
        ];
      case 'withdrew':
        return [read('deposit', 'deposited its instrument of withdrawal', withdrawal?.date.value), read('entry_into_force', 'left (withdrawal in effect)', effect === undefined ? undefined : effect.date)];
      case 'withdrawal_deposited':
        return [read('deposit', 'deposited its instrument of withdrawal', withdrawal?.date.value)];
      case 'withdrawal_effect':
        return [read('entry_into_force', 'left (withdrawal in effect)', effect === undefined ? undefined : effect.date)];
      case 'entry_into_force':
        return [read('entry_into_force', 'was bound (in force)', eif === undefined ? undefined : eif.date)];
    }
  })().filter((r): r is Reading => r !== undefined).filter((r, _, all) =>
    // "Joined" means consent to be bound; the signature counts only when it alone fits the date.
    claim.event !== 'joined' || r.convention !== 'signature' || !all.some((o) => o.convention !== 'signature' && o.match === 'yes'));
  const used = new Set([...(claim.event === 'signed' || claim.event === 'joined' ? [signature?.id] : []), ...(['ratified', 'acceded', 'joined', 'entry_into_force'].includes(claim.event) ? [deposit?.id] : []), ...(['withdrew', 'withdrawal_effect', 'withdrawal_deposited'].includes(claim.event) ? [withdrawal?.id] : [])]);
  const evidence = stateEvidence(index, events.filter((e) => used.has(e.id)), claim.treatyId, claim.iso3);
  const said = `"${claim.event.replace('_', ' ')} ${claimedDateWords(claim.date)}"`;
  if (readings.length === 0) {
    const status = statusOn(timeline, on).status;
    const verdict = status === 'not_joined' && claim.event !== 'withdrawal_effect' ? 'contradicted' : 'unverifiable';
    return { verdict, value: null, explanation: `The record has no such step for ${name} under the ${treaty} by ${on} (status: ${status.replace(/_/g, ' ')}).`, evidence: stateEvidence(index, events, claim.treatyId, claim.iso3) };
  }
  const value = readings.map((r) => `${r.words} ${r.date ?? 'on a date not yet known'}`).join('; ');
  // "Ratified" said of an accession (or "acceded" of a ratification): the same consent to be bound, by another name.
  const kindClash = deposit && ((claim.event === 'ratified' && deposit.kind === 'accession') || (claim.event === 'acceded' && deposit.kind !== 'accession'));
  const yes = readings.filter((r) => r.match === 'yes');
  const no = readings.filter((r) => r.match === 'no');
  if (yes.length > 0 && kindClash) {
    return { verdict: 'depends_on_definition', value, convention: 'deposit', explanation: `The date is right but ${name} joined by ${deposit.kind}, not ${claim.event === 'ratified' ? 'ratification' : 'accession'}: ${value}.`, evidence };
  }
  if (yes.length > 0 && no.length === 0) return { verdict: 'supported', value, convention: yes.length > 1 ? 'both' : (yes[0]?.convention ?? 'both'), explanation: `The record agrees: ${name} ${value}.`, evidence };
  if (yes.length > 0) {
    return { verdict: 'depends_on_definition', value, convention: yes[0]?.convention ?? 'both', explanation: `${said} holds for the date ${name} ${yes.map((r) => r.words).join(' or ')}, not for the date it ${no.map((r) => r.words).join(' or ')} (${value}).`, evidence };
  }
  if (no.length === readings.length) return { verdict: 'contradicted', value, explanation: `Not ${said}: ${name} ${value}.`, evidence };
  return { verdict: 'unverifiable', value, explanation: `The record's date is too imprecise to tell whether ${said} holds: ${name} ${value}.`, evidence };
}

/** Checks a claimed standing of a state on a date: a party, not a party, never signed, never joined, not ratified, withdrawing. */
export function verifyStateStatus(index: RecordIndex, claim: StateStatus, on: IsoDate): Judgement {
  const name = index.states.get(claim.iso3)?.name ?? claim.iso3;
  const treaty = index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId;
  const events = eventsOf(index, claim.iso3, claim.treatyId).filter((e) => rangeOf(e.date).latest <= on);
  const s = statusOn(index.timelines.get(claim.treatyId)?.get(claim.iso3), on);
  const evidence = events.length > 0 ? stateEvidence(index, events, claim.treatyId, claim.iso3) : [absenceEvidence(index, claim.iso3, claim.treatyId, on)];
  const value = `${s.status.replace(/_/g, ' ')}${s.since ? ` since ${s.since}` : ''}`;
  const deposit = events.find((e) => isDepositKind(e.kind));
  const j = (ok: boolean, why: string, convention?: Convention): Judgement => ({ verdict: ok ? 'supported' : 'contradicted', value, ...(convention ? { convention } : {}), explanation: `${why}.`, evidence });
  switch (claim.predicate) {
    case 'never_signed':
      return j(!events.some((e) => e.kind === 'signature') && deposit === undefined, `${name} on ${on}: ${events.length === 0 ? 'no signature and no instrument in the record' : value} under the ${treaty}`);
    case 'never_joined':
      return j(deposit === undefined, `${name} ${deposit ? `deposited its ${deposit.kind} on ${deposit.date.value}` : `had deposited no instrument by ${on}`} (${treaty})`);
    case 'not_ratified':
      if (deposit && deposit.kind === 'accession') {
        return { verdict: 'depends_on_definition', value, convention: 'deposit', explanation: `${name} never ratified the ${treaty} in the narrow sense but acceded on ${deposit.date.value}, which binds it the same way: it is ${value} on ${on}.`, evidence };
      }
      return j(deposit === undefined, `${name} ${deposit ? `deposited its ${deposit.kind} on ${deposit.date.value}` : `had not ratified the ${treaty} by ${on}`}`);
    case 'withdrawing':
      return j(['withdrawal_pending', 'withdrawn'].includes(s.status) || events.some((e) => ['statement_of_intent', 'government_decision', 'parliamentary_vote', 'joint_statement'].includes(e.kind)), `${name} on ${on}: ${value}`);
    case 'party':
    case 'not_party': {
      const dep = DEPOSITED_STATUSES.includes(s.status);
      const inf = IN_FORCE_STATUSES.includes(s.status);
      const want = claim.predicate === 'party';
      if (dep !== inf) return { verdict: 'depends_on_definition', value, convention: dep === want ? 'parties_deposited' : 'parties_in_force', explanation: `${name} had deposited its instrument but the ${treaty} was not yet in force for it on ${on}.`, evidence };
      return j(dep === want, `${name} is ${value} under the ${treaty} on ${on}`, 'both');
    }
  }
}

/** A state's events under a treaty with the dates the rules derive from them. */
export function stateEvidence(index: RecordIndex, events: readonly TreatyEvent[], treatyId: string, iso3: string): Evidence[] {
  const timeline = index.timelines.get(treatyId)?.get(iso3);
  return events.flatMap((e) => {
    const out = [eventEvidence(index, e)];
    const eif = timeline?.entryIntoForce;
    if (eif?.fromEventId === e.id && eif.date) out.push(derivedEvidence(index, e, 'entered into force', eif.date, eif.rule));
    const w = timeline?.withdrawalEffect;
    if (w?.fromEventId === e.id) out.push(derivedEvidence(index, e, 'withdrawal takes effect', w.label, w.rule));
    return out;
  });
}
