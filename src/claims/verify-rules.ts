import { type IsoDate, addDays, addMonths, addYears, daysBetween, rangeOf } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Claim } from './claim.js';
import { claimedDateWords, matchDate } from './dates-match.js';
import { derivedEvidence, eventEvidence, eventsOf, sourcesOf } from './evidence.js';
import { type Evidence, type Judgement, notUnderstood, unverifiable } from './verdict.js';

type EffectRule = Extract<Claim, { kind: 'effect_rule' }>;
type TreatyDate = Extract<Claim, { kind: 'treaty_date' }>;

/**
 * Checks "the withdrawal will take effect in six months" against the treaty's rule (Art. 20(3):
 * six months after the depositary *receives the instrument*). Said from the vote or with no
 * starting point, the period runs from the text's date, and the state's own deposit shows
 * whether that is when it took effect.
 */
export function verifyEffectRule(index: RecordIndex, claim: EffectRule, on: IsoDate, textDate: IsoDate): Judgement {
  const treaty = index.treaties.get(claim.treatyId);
  const rule = treaty?.rules.withdrawal;
  const name = treaty?.shortName ?? claim.treatyId;
  if (!treaty || !rule) return unverifiable(`The record holds no withdrawal clause of the ${name}.`);
  const ruleEvidence: Evidence = { kind: 'rule', description: `${rule.article}: "${rule.quote}"`, treaty: treaty.id, verified: true, sources: sourcesOf(index, treaty.sources) };
  const notice = `${rule.notice.amount} ${rule.notice.unit}`;
  const ruleWords = `${notice} after the depositary receives the instrument of withdrawal (${rule.article})`;
  // A number far above the treaty's own notice is about something else ("ending its 14-year participation").
  if (approxDays(claim.amount, claim.unit) > 2 * approxDays(rule.notice.amount, rule.notice.unit)) {
    return notUnderstood('value', `${claim.amount} ${claim.unit} is more than twice the ${name}'s own notice of ${notice}; the number is read as something other than the withdrawal delay`, [ruleEvidence]);
  }
  const claimedUnit = claim.unit === 'weeks' ? 'days' : claim.unit;
  const claimedAmount = claim.unit === 'weeks' ? claim.amount * 7 : claim.amount;
  if (claimedUnit !== rule.notice.unit || claimedAmount !== rule.notice.amount) {
    return { verdict: 'contradicted', value: ruleWords, convention: 'rule', explanation: `The ${name} sets ${ruleWords}, not ${claim.amount} ${claim.unit}.`, evidence: [ruleEvidence] };
  }
  if (claim.from === 'depositary') return { verdict: 'supported', value: ruleWords, convention: 'rule', explanation: `The ${name} sets ${ruleWords}.`, evidence: [ruleEvidence] };
  const state = claim.iso3 === undefined ? undefined : index.states.get(claim.iso3);
  const withdrawal = state ? eventsOf(index, state.iso3, treaty.id).filter((e) => e.kind === 'withdrawal' && e.date.value <= on).pop() : undefined;
  const effect = withdrawal ? index.timelines.get(treaty.id)?.get(withdrawal.iso3)?.withdrawalEffect : undefined;
  const start = claim.since ?? textDate;
  const readFrom = addBy(start, claim.amount, claim.unit);
  if (!withdrawal || !effect) {
    const who = state ? `${state.name} had deposited no instrument of withdrawal by ${on}` : 'the text names no instrument deposited';
    return { verdict: 'depends_on_definition', value: ruleWords, convention: 'rule', explanation: `${claim.amount} ${claim.unit} is the ${name}'s notice, but it runs from the depositary's receipt of the instrument, not from ${claim.from === 'decision' ? 'the decision' : (claim.since ? `the step the text dates (${claim.since})` : `the text's date (${textDate})`)}: ${who}.`, evidence: [ruleEvidence] };
  }
  const evidence = [ruleEvidence, eventEvidence(index, withdrawal), derivedEvidence(index, withdrawal, 'withdrawal takes effect', effect.label, effect.rule)];
  const value = `deposited ${withdrawal.date.value}, in effect ${effect.label}`;
  // With no starting point written, a notice runs from the deposit, not from the article's date ("took effect after six months' notice").
  if (claim.from === 'unspecified' && claim.since === undefined && effect.date !== null && Math.abs(daysBetween(addBy(rangeOf(withdrawal.date).earliest, claim.amount, claim.unit), effect.date)) <= 15) {
    return { verdict: 'supported', value, convention: 'rule', explanation: `${state?.name ?? ''}'s withdrawal, deposited ${withdrawal.date.value}, took effect ${effect.label}: ${claim.amount} ${claim.unit} counted from the deposit, as the ${name} sets (${ruleWords}).`, evidence };
  }
  if (effect.date !== null && Math.abs(daysBetween(readFrom, effect.date)) <= 15) {
    return { verdict: 'supported', value, convention: 'rule', explanation: `${state?.name ?? ''}'s withdrawal took effect ${effect.label}, about ${claim.amount} ${claim.unit} after ${start}, as the ${name} sets (${ruleWords}).`, evidence };
  }
  return { verdict: 'depends_on_definition', value, convention: 'rule', explanation: `${claim.amount} ${claim.unit} is right only counted from the depositary's receipt (${withdrawal.date.value}, effect ${effect.label}), not from ${claim.from === 'decision' ? 'the decision' : (claim.since ? `the step the text dates (${claim.since} → ${readFrom})` : `the text's date (${textDate} → ${readFrom})`)}.`, evidence };
}

/** "The 1997 Mine Ban Treaty": the year a treaty is named by is the year it was adopted or opened for signature. */
function verifyTreatyYear(index: RecordIndex, claim: TreatyDate): Judgement {
  const treaty = index.treaties.get(claim.treatyId);
  if (!treaty) return unverifiable(`The record has no treaty ${claim.treatyId}.`);
  const year = claim.date.earliest.slice(0, 4);
  const milestones = [['adopted', treaty.adopted], ['opened for signature', treaty.openedForSignature], ['entered into force', treaty.entryIntoForce]] as const;
  const evidence: Evidence[] = milestones.flatMap(([words, m]) => (m ? [{ kind: 'treaty' as const, description: `the ${treaty.shortName} ${words} on ${m.date}${m.place ? ` in ${m.place}` : ''}`, date: m.date, treaty: treaty.id, verified: true, sources: sourcesOf(index, m.sources) }] : []));
  const value = milestones.map(([words, m]) => (m ? `${words} ${m.date}` : '')).filter(Boolean).join('; ');
  const hit = milestones.slice(0, 2).find(([, m]) => m?.date.startsWith(year));
  if (hit) return { verdict: 'supported', value, explanation: `The ${treaty.shortName} was ${hit[0]} in ${year} (${value}).`, evidence };
  // "The 1999 treaty": the year of entry into force, or another: which date the year stands for is not said.
  return notUnderstood('property', `"${claim.date.text}" names the ${treaty.shortName}, which was ${value}: which of its dates the year stands for is not said`, evidence);
}

function approxDays(amount: number, unit: EffectRule['unit']): number {
  return amount * { days: 1, weeks: 7, months: 30.4, years: 365.25 }[unit];
}

function addBy(date: IsoDate, amount: number, unit: EffectRule['unit']): IsoDate {
  switch (unit) {
    case 'days':
      return addDays(date, amount);
    case 'weeks':
      return addDays(date, amount * 7);
    case 'months':
      return addMonths(date, amount);
    case 'years':
      return addYears(date, amount);
  }
}

/** Checks when a treaty was adopted, opened for signature or entered into force (and where it was adopted). */
export function verifyTreatyDate(index: RecordIndex, claim: TreatyDate): Judgement {
  const treaty = index.treaties.get(claim.treatyId);
  if (!treaty) return { verdict: 'unverifiable', value: null, explanation: `The record has no treaty ${claim.treatyId}.`, evidence: [] };
  if (claim.event === 'dated') return verifyTreatyYear(index, claim);
  const milestone = claim.event === 'adopted' ? treaty.adopted : claim.event === 'opened_for_signature' ? treaty.openedForSignature : treaty.entryIntoForce;
  const words = claim.event.replace(/_/g, ' ');
  if (!milestone) return { verdict: claim.event === 'entry_into_force' ? 'contradicted' : 'unverifiable', value: null, explanation: `The record has no date of ${words} for the ${treaty.shortName}${claim.event === 'entry_into_force' ? ': it has not entered into force' : claim.event === 'opened_for_signature' ? ': it was never open for signature — states join it by consenting to be bound' : ''}.`, evidence: [] };
  const evidence: Evidence[] = [{ kind: 'treaty', description: `the ${treaty.shortName} ${words === 'adopted' ? 'was adopted' : words === 'entry into force' ? 'entered into force' : 'opened for signature'} on ${milestone.date}${milestone.place ? ` in ${milestone.place}` : ''}`, date: milestone.date, treaty: treaty.id, verified: true, sources: sourcesOf(index, milestone.sources) }];
  const value = `${milestone.date}${milestone.place ? `, ${milestone.place}` : ''}`;
  const m = matchDate(claim.date, milestone.date);
  const placeWrong = claim.place !== undefined && milestone.place !== undefined && !milestone.place.toLowerCase().includes(claim.place.toLowerCase());
  if (m === 'no' || placeWrong) {
    return { verdict: 'contradicted', value, explanation: `The ${treaty.shortName} ${words === 'adopted' ? 'was adopted' : words} ${value}, not ${[m === 'no' ? claimedDateWords(claim.date) : '', placeWrong ? `in ${claim.place ?? ''}` : ''].filter(Boolean).join(' ')}.`, evidence };
  }
  return { verdict: m === 'yes' ? 'supported' : 'unverifiable', value, explanation: `The ${treaty.shortName}: ${words} ${value}.`, evidence };
}
