import { type IsoDate, addDays, rangeOf } from '../domain/calendar-date.js';
import { countsOn } from '../domain/counts.js';
import { isDepositKind } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Claim } from './claim.js';
import { claimedDateWords } from './dates-match.js';
import { countEvidence } from './verify-counts.js';
import { eventEvidence, eventsOf } from './evidence.js';
import { type Judgement, notUnderstood, unverifiable } from './verdict.js';

type OrdinalClaim = Extract<Claim, { kind: 'ordinal' }>;

/**
 * Checks "the 50th state to ratify" against the deposits counted on the day of the state's own deposit (or of the
 * day the text names): the ordinal holds when it falls among that day's deposits. One off is a matter of counting
 * conventions the record cannot settle; further off contradicts.
 */
export function verifyOrdinal(index: RecordIndex, claim: OrdinalClaim, on: IsoDate): Judgement {
  const treaty = index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId;
  const deposit = claim.iso3 === undefined ? undefined : eventsOf(index, claim.iso3, claim.treatyId).filter((e) => isDepositKind(e.kind) && rangeOf(e.date).earliest <= on).pop();
  const name = claim.iso3 === undefined ? undefined : (index.states.get(claim.iso3)?.name ?? claim.iso3);
  if (claim.iso3 !== undefined && !deposit) return unverifiable(`The record holds no instrument deposited by ${name} for the ${treaty} by ${on}.`);
  const day = deposit ? rangeOf(deposit.date) : claim.date && claim.date.precision === 'day' && !claim.date.yearUnknown ? { earliest: claim.date.earliest, latest: claim.date.latest } : undefined;
  if (!day || day.earliest !== day.latest) return notUnderstood(claim.iso3 === undefined ? 'who' : 'date', 'neither the state nor the day of the deposit is bound');
  const hi = countsOn(index, claim.treatyId, day.earliest).parties_deposited;
  const lo = countsOn(index, claim.treatyId, addDays(day.earliest, -1)).parties_deposited + 1;
  const range = lo >= hi ? String(hi) : `${lo} to ${hi}`;
  const evidence = [...(deposit ? [eventEvidence(index, deposit)] : []), ...countEvidence(index, claim.treatyId, day.earliest)];
  const who = name ? `${name}'s instrument, deposited ${day.earliest},` : `the instrument deposited ${claim.date ? claimedDateWords(claim.date) : day.earliest}`;
  if (claim.n >= lo && claim.n <= hi) return { verdict: 'supported', value: range, convention: 'parties_deposited', explanation: `The record counts ${hi} instruments deposited for the ${treaty} on ${day.earliest}: ${who} was number ${range}.`, evidence };
  if (claim.n >= lo - 1 && claim.n <= hi + 1) return unverifiable(`The record counts ${who} as number ${range} for the ${treaty}, one off the text's ${claim.n}th: a counting convention (withdrawals, successions) the record does not settle.`, evidence);
  if (hi < lo) return unverifiable(`The record counts no instrument for the ${treaty} deposited on ${day.earliest}.`, evidence);
  return { verdict: 'contradicted', value: range, convention: 'parties_deposited', explanation: `The record counts ${who} as number ${range} for the ${treaty}, not the ${claim.n}th.`, evidence };
}
