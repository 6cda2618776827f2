import type { VoteCounts, VoteEvent } from '../domain/people/vote.js';
import { requiredVotes } from '../domain/people/vote-result.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Claim } from './claim.js';
import { claimedDateWords, matchDate } from './dates-match.js';
import { sourcesOf } from './evidence.js';
import type { ClaimFacts } from './facts.js';
import { type Evidence, type Judgement, notUnderstood, unverifiable } from './verdict.js';

type VoteClaim = Extract<Claim, { kind: 'vote' }>;

/** Why votes cannot be checked, when their data is missing. */
export function noVotes(facts: ClaimFacts): string {
  return facts.problem ?? 'the record holds no parliamentary votes';
}

/** The vote a claim is about: the state's (and treaty's) final vote matching the claimed date, latest first. */
export function voteFor(facts: ClaimFacts, claim: Pick<VoteClaim, 'iso3' | 'treatyId' | 'date'>): VoteEvent | undefined {
  const votes = (facts.votes ?? []).filter((v) => (claim.iso3 === undefined || v.iso3 === claim.iso3) && (claim.treatyId === undefined || v.treatyId === undefined || v.treatyId === claim.treatyId));
  const dated = claim.date ? votes.filter((v) => matchDate(claim.date as NonNullable<VoteClaim['date']>, v.date) !== 'no') : votes;
  return [...dated].sort((a, b) => Number(b.stage === 'final') - Number(a.stage === 'final') || b.date.localeCompare(a.date))[0];
}

/** Checks a vote result ("107 votes in favor and three abstentions", "unanimously", "approved on 16 April"). */
export function verifyVote(index: RecordIndex, claim: VoteClaim, facts: ClaimFacts): Judgement {
  if (!facts.votes) return unverifiable(`Vote claims cannot be checked: ${noVotes(facts)}.`);
  if (claim.iso3 === undefined) return notUnderstood('who', 'the sentence does not say whose parliament voted');
  const vote = voteFor(facts, claim);
  const who = claim.iso3 === undefined ? 'this' : `${index.states.get(claim.iso3)?.name ?? claim.iso3}'s`;
  if (!vote) return unverifiable(`The record holds no vote in ${who} parliament${claim.date ? ` ${claimedDateWords(claim.date)}` : ''}${claim.treatyId ? ` on the ${index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId}` : ''}.`);
  const value = `${countsWords(vote.counts)} on ${vote.date}`;
  const evidence: Evidence[] = [
    { kind: 'event', description: `${vote.motion}: ${value} (${vote.stage} vote)`, date: vote.date, event_id: vote.id, iso3: vote.iso3, ...(vote.treatyId ? { treaty: vote.treatyId } : {}), verified: vote.verified, sources: sourcesOf(index, vote.sources, facts.sources) },
    ...vote.countClaims.map((c): Evidence => ({ kind: 'event', description: `another source reports ${countsWords(c.counts)}${c.note ? ` (${c.note})` : ''}`, date: vote.date, verified: true, sources: sourcesOf(index, c.sources, facts.sources) })),
  ];
  if (claim.date && matchDate(claim.date, vote.date) === 'no') return { verdict: 'contradicted', value, explanation: `The vote was on ${vote.date}, not ${claimedDateWords(claim.date)}.`, evidence };
  const claimed: Partial<VoteCounts> = { ...(claim.for !== undefined ? { yes: claim.for } : {}), ...(claim.against !== undefined ? { no: claim.against } : {}), ...(claim.abstain !== undefined ? { abstain: claim.abstain } : {}) };
  const agrees = (c: Partial<VoteCounts>): boolean => (Object.keys(claimed) as (keyof VoteCounts)[]).every((k) => c[k] === undefined || c[k] === claimed[k]);
  if (!agrees(vote.counts)) {
    const other = vote.countClaims.find((c) => agrees(c.counts));
    if (other) return { verdict: 'disputed', value, explanation: `Sources disagree: the record has ${countsWords(vote.counts)}, another source ${countsWords(other.counts)}, as the text says.`, evidence };
    return { verdict: 'contradicted', value, explanation: `The record has ${value}, not ${countsWords(claimed)}.`, evidence };
  }
  if (claim.unanimous) {
    const against = [vote.counts.no, ...vote.countClaims.map((c) => c.counts.no)].filter((n): n is number => n !== undefined);
    if (vote.counts.no > 0) return { verdict: 'contradicted', value, explanation: `Not unanimous: ${vote.counts.no} voted against (${value}).`, evidence };
    if (against.some((n) => n > 0)) return { verdict: 'disputed', value, explanation: `The record has nobody against (${value}), but another source reports a vote against.`, evidence };
    if ((vote.counts.abstain ?? 0) > 0) return { verdict: 'depends_on_definition', value, explanation: `"Unanimously" holds only in that nobody voted against: ${vote.counts.abstain ?? 0} abstained (${value}).`, evidence };
  }
  const disagreeing = vote.countClaims.filter((c) => !agrees(c.counts));
  if (disagreeing.length > 0 && Object.keys(claimed).length > 0) return { verdict: 'disputed', value, explanation: `The record has ${value}, as the text says, but another source reports ${countsWords(disagreeing[0]?.counts ?? {})}.`, evidence };
  return { verdict: 'supported', value, explanation: `The record has ${value}.`, evidence };
}

/** Checks a required majority ("at least 86 out of 141", "three-fifths") against the vote's rule and the seats. */
export function verifyMajority(index: RecordIndex, claim: Extract<Claim, { kind: 'required_majority' }>, facts: ClaimFacts): Judgement {
  if (!facts.votes) return unverifiable(`Majority rules cannot be checked: ${noVotes(facts)}.`);
  const vote = facts.votes.filter((v) => v.rule && (claim.iso3 === undefined || v.iso3 === claim.iso3)).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!vote?.rule) return unverifiable('The record holds no majority rule for such a vote.');
  const r = vote.rule;
  const seats = vote.seats?.count;
  const needed = requiredVotes(r, vote.counts, seats);
  const value = `${r.comparison === 'at_least' ? 'at least' : 'more than'} ${r.numerator}/${r.denominator} of ${r.of === 'all_members' ? 'all members' : 'votes cast'}${needed !== null && seats !== undefined ? `: ${needed} of ${seats}` : ''}`;
  const evidence: Evidence[] = [
    { kind: 'rule', description: `majority required for the vote of ${vote.date} in ${index.states.get(vote.iso3)?.name ?? vote.iso3}: ${value}${r.verified ? '' : ' (the rule is inferred from the threshold sources state; its legal basis is not in the record)'}`, date: vote.date, iso3: vote.iso3, verified: r.verified, sources: sourcesOf(index, r.sources, facts.sources) },
    ...vote.statedThresholds.map((t): Evidence => ({ kind: 'rule', description: `a source states at least ${t.votes} votes were needed`, verified: true, sources: sourcesOf(index, t.sources, facts.sources) })),
  ];
  if (claim.part !== undefined && needed !== null) {
    const ok = claim.part === needed && (claim.whole === undefined || claim.whole === seats);
    const said = vote.statedThresholds.some((t) => t.votes === claim.part) ? `; ${claim.part} is what some sources state` : '';
    return { verdict: ok ? 'supported' : 'contradicted', value, explanation: `${r.numerator}/${r.denominator} of ${seats ?? '?'} members is ${needed}${ok ? '' : `, not ${claim.part}${claim.whole !== undefined ? ` out of ${claim.whole}` : ''}`}${said}.`, evidence };
  }
  const ok = claim.fraction === `${r.numerator}/${r.denominator}`;
  return { verdict: ok ? 'supported' : 'contradicted', value, explanation: `The record gives ${value}.`, evidence };
}

function countsWords(c: Partial<VoteCounts>): string {
  return [c.yes !== undefined ? `${c.yes} for` : '', c.no !== undefined ? `${c.no} against` : '', c.abstain !== undefined ? `${c.abstain} abstaining` : '', c.absent !== undefined ? `${c.absent} absent` : ''].filter(Boolean).join(', ');
}
