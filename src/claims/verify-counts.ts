import type { IsoDate } from '../domain/calendar-date.js';
import { countsOn } from '../domain/counts.js';
import { isDepositKind } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import { DEPOSITED_STATUSES } from '../domain/status.js';
import { statusOn } from '../domain/status-on.js';
import { requiredStatesOn } from '../domain/required-states.js';
import type { Claim, ClaimedNumber } from './claim.js';
import { type CountRange, cached, everSigned, neverJoined, partyCounts, rangeWords } from './count-range.js';
import { derivedEvidence, eventEvidence } from './evidence.js';
import { holdsOver, isRound, numberWords } from './tolerance.js';
import { type Evidence, type Judgement, type Verdict, unverifiable } from './verdict.js';

type CountClaim = Extract<Claim, { kind: 'party_count' | 'signatory_count' | 'never_joined_count' | 'required_missing_count' }>;

/** Checks a count of States Parties, of signatories or of states that never joined, on a date. */
export function verifyCount(index: RecordIndex, claim: CountClaim, on: IsoDate): Judgement {
  const treaty = index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId;
  if (claim.kind === 'party_count') return verifyParties(index, claim, on, treaty);
  if (claim.kind === 'required_missing_count') {
    const r = requiredStatesOn(index, claim.treatyId, on);
    if (!r) return unverifiable(`The record names no states the ${treaty} needs for its entry into force.`);
    const n = r.missing.length;
    const names = r.missing.map((m) => m.name).join(', ');
    const evidence: Evidence[] = [{ kind: 'count', description: `${r.article}: ${r.deposited.length} of the ${r.required} states it names had deposited on ${on}; still needed: ${names}`, treaty: claim.treatyId, verified: true, sources: [] }];
    return { ...single(claim.count, { min: n, max: n, uncertain: [] }, `${n} of the ${r.required} states whose instruments the ${treaty} needs (${r.article}) had not deposited one on ${on}: ${names}`, evidence) };
  }
  if (claim.kind === 'signatory_count') {
    if (claim.sense === 'signed_not_bound') {
      const n = countsOn(index, claim.treatyId, on).signatories;
      return single(claim.count, { min: n, max: n, uncertain: [] }, `${n} states had signed the ${treaty} without being bound by it on ${on}`, countEvidence(index, claim.treatyId, on));
    }
    const r = everSigned(index, claim.treatyId, on);
    return single(claim.count, r, `${rangeWords(r)} states had signed the ${treaty} by ${on}`, countEvidence(index, claim.treatyId, on));
  }
  const r = neverJoined(index, claim.treatyId, on);
  const wrong = claim.including.filter((iso3) => !r.states.includes(iso3));
  const named = claim.including.map((iso3) => index.states.get(iso3)?.name ?? iso3);
  const base = single(claim.count, r, `${rangeWords(r)} of the ${index.stateList.length} states that can join had never deposited an instrument for the ${treaty} by ${on}`, countEvidence(index, claim.treatyId, on));
  if (wrong.length === 0) return named.length === 0 ? base : { ...base, explanation: `${base.explanation.replace(/\.$/, '')}; ${named.join(', ')} among them, as the text says.` };
  const evidence = wrong.flatMap((iso3) => (index.eventsByState.get(iso3) ?? []).filter((e) => e.treatyId === claim.treatyId && isDepositKind(e.kind)).map((e) => eventEvidence(index, e)));
  return { verdict: 'contradicted', value: base.value, explanation: `${wrong.map((i) => index.states.get(i)?.name ?? i).join(', ')} had joined the ${treaty} by ${on}.`, evidence: [...evidence, ...base.evidence] };
}

function verifyParties(index: RecordIndex, claim: Extract<Claim, { kind: 'party_count' }>, on: IsoDate, treaty: string): Judgement {
  const c = partyCounts(index, claim.treatyId, on);
  // "163 other states": the count leaves out the state the text is about, if it is itself a party.
  const own = claim.others === undefined ? 0 : Number(DEPOSITED_STATUSES.includes(statusOn(index.timelines.get(claim.treatyId)?.get(claim.others), on).status));
  const shift = (r: CountRange): CountRange => ({ ...r, min: r.min - own, max: r.max - own });
  const [dep, inf] = [shift(c.deposited), shift(c.inForce)];
  const d = holdsOver(claim.count, dep.min, dep.max);
  const f = holdsOver(claim.count, inf.min, inf.max);
  const other = claim.others === undefined ? '' : ` besides ${index.states.get(claim.others)?.name ?? claim.others}`;
  const same = dep.min === inf.min && dep.max === inf.max;
  const value = same ? rangeWords(dep) : `${rangeWords(dep)} counting deposits; ${rangeWords(inf)} in force`;
  const counted = same ? `${rangeWords(dep)} States Parties to the ${treaty}${other} on ${on}` : `${rangeWords(dep)} States Parties to the ${treaty}${other} on ${on} counting deposits, ${rangeWords(inf)} counting entry into force`;
  const said = `"${numberWords(claim.count)}"${isRound(claim.count) ? ' (a round figure)' : ''}`;
  const evidence = countEvidence(index, claim.treatyId, on);
  const uncertain = [...new Set([...dep.uncertain, ...inf.uncertain])].map((i) => index.states.get(i)?.name ?? i);
  const open = uncertain.length > 0 ? ` (the range is open because ${uncertain.join(', ')}'s date is known only imprecisely)` : '';
  if (claim.convention) {
    const [ok, r, words] = claim.convention === 'parties_deposited' ? [d, dep, 'counting deposits, as the text does'] : [f, inf, 'counting entry into force, as the text does'];
    return { ...verdictOf(ok, `The record counts ${rangeWords(r)} States Parties to the ${treaty}${other} on ${on}, ${words}: ${ok === true ? `${said} holds` : ok === false ? `not ${said}` : `${said} may or may not hold`}${open}.`), value, convention: claim.convention, evidence };
  }
  if (d === f) return { ...verdictOf(d, `The record counts ${counted}: ${d === true ? `${said} holds${same ? '' : ' under both conventions'}` : d === false ? `not ${said}` : `${said} may or may not hold`}${open}.`), value, convention: 'both', evidence };
  if (d !== undefined && f !== undefined) {
    const yes = d ? `counting deposits (${rangeWords(dep)}, as the UN and the Monitor count)` : `counting entry into force (${rangeWords(inf)}, the legal count)`;
    const no = d ? `not counting entry into force (${rangeWords(inf)})` : `not counting deposits (${rangeWords(dep)})`;
    return { verdict: 'depends_on_definition', value, convention: d ? 'parties_deposited' : 'parties_in_force', explanation: `${said} is right ${yes}, ${no}, on ${on}.`, evidence };
  }
  return { verdict: 'unverifiable', value, explanation: `The record counts ${counted}: ${said} may or may not hold${open}.`, evidence };
}

function single(claimed: ClaimedNumber, r: CountRange, fact: string, evidence: Evidence[]): Judgement {
  const ok = holdsOver(claimed, r.min, r.max);
  return { ...verdictOf(ok, `${fact[0]?.toUpperCase() ?? ''}${fact.slice(1)}: ${ok === true ? `"${numberWords(claimed)}" holds` : ok === false ? `not "${numberWords(claimed)}"` : `"${numberWords(claimed)}" may or may not hold`}.`), value: rangeWords(r), evidence };
}

function verdictOf(ok: boolean | undefined, explanation: string): { verdict: Verdict; explanation: string } {
  return { verdict: ok === true ? 'supported' : ok === false ? 'contradicted' : 'unverifiable', explanation };
}

/** The events that made the count: the latest deposits and withdrawals up to the date, and deposits not yet in force. */
export function countEvidence(index: RecordIndex, treatyId: string, on: IsoDate): Evidence[] {
  return cached(index, `evidence|${treatyId}|${on}`, () => computeCountEvidence(index, treatyId, on));
}

function computeCountEvidence(index: RecordIndex, treatyId: string, on: IsoDate): Evidence[] {
  const timelines = index.timelines.get(treatyId);
  const pending: Evidence[] = [];
  const recent: { at: string; ev: Evidence }[] = [];
  for (const t of timelines?.values() ?? []) {
    const s = statusOn(t, on);
    const event = s.eventId === undefined ? undefined : index.events.get(s.eventId);
    if (!event) continue;
    if (s.status === 'deposited' || s.status === 'withdrawal_pending') {
      const d = s.status === 'deposited' ? t.entryIntoForce : t.withdrawalEffect;
      pending.push(eventEvidence(index, event));
      if (d) pending.push(derivedEvidence(index, event, s.status === 'deposited' ? 'enters into force' : 'withdrawal takes effect', d.label, d.rule));
    } else if (s.since !== null) recent.push({ at: s.since, ev: s.cause === 'withdrawal_effect' && t.withdrawalEffect ? derivedEvidence(index, event, 'withdrawal took effect', t.withdrawalEffect.label, t.withdrawalEffect.rule) : eventEvidence(index, event) });
  }
  recent.sort((a, b) => b.at.localeCompare(a.at));
  return [...pending.slice(0, 6), ...recent.slice(0, Math.max(1, 4 - pending.length)).map((r) => r.ev)];
}
