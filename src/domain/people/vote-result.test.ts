import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peopleFixture } from '../../../test/fixtures/people-fixture.js';
import type { MajorityRule, VoteEvent } from './vote.js';
import { countsText, requiredVotes, voteResult } from './vote-result.js';

const threeFifths: MajorityRule = { numerator: 3, denominator: 5, of: 'all_members', comparison: 'at_least', sources: [], verified: false };
const seimas = (): VoteEvent => {
  const v = peopleFixture().votes[0];
  if (!v) throw new Error('fixture has no vote');
  return v;
};

describe('the majority a rule requires', () => {
  it('3/5 of all 141 members of the Seimas is 85 (0.6 × 141 = 84.6, rounded up: lithuania-constitution.md §2)', () => {
    expect(requiredVotes(threeFifths, { yes: 0, no: 0 }, 141)).toBe(85);
  });
  it('"more than half of the votes cast" counts yes + no only', () => {
    const rule: MajorityRule = { ...threeFifths, numerator: 1, denominator: 2, of: 'votes_cast', comparison: 'more_than' };
    expect(requiredVotes(rule, { yes: 10, no: 10, abstain: 50 }, undefined)).toBe(11);
    expect(requiredVotes(rule, { yes: 10, no: 9 }, undefined)).toBe(10);
  });
  it('needs the seats when counted on all members', () => expect(requiredVotes(threeFifths, { yes: 1, no: 0 }, undefined)).toBeNull());
  it('is the smallest whole number of votes that reaches the share (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 10 }), (seats, a, b) => {
      const [numerator, denominator] = a <= b ? [a, b] : [b, a];
      const r = requiredVotes({ ...threeFifths, numerator, denominator }, { yes: 0, no: 0 }, seats) ?? -1;
      return r * denominator >= seats * numerator && (r - 1) * denominator < seats * numerator;
    }));
  });
});

describe('a vote result derived from its rule', () => {
  it('the Seimas vote of 8 May 2025 (107–0–3) passes 85 with 22 to spare; "86" is kept and marked as disagreeing', () => {
    const r = voteResult(seimas());
    expect(r).toMatchObject({ required: 85, outcome: 'adopted', derived: true, margin: 22, reportDisagrees: false });
    expect(r.arithmetic).toBe('at least 3/5 of all 141 members = 84.6 → 85');
    expect(r.thresholds.map((t) => [t.threshold.votes, t.agrees])).toEqual([[85, true], [86, false]]);
  });
  it('fails a vote below the rule, and flags a source that reports it adopted', () => {
    const r = voteResult({ ...seimas(), counts: { yes: 84, no: 0, abstain: 3 } });
    expect(r).toMatchObject({ outcome: 'rejected', margin: -1, reportDisagrees: true });
  });
  it('without a rule, keeps the outcome as reported and says it is not derived', () => {
    const { rule: _rule, ...rest } = seimas();
    expect(voteResult(rest)).toMatchObject({ required: null, outcome: 'adopted', derived: false });
  });
  it('words counts as sources give them', () => {
    expect(countsText({ yes: 157, no: 18, abstain: 0, absent: 24 })).toBe('157 for, 18 against, 0 abstained, 24 absent');
  });
});
