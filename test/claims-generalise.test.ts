// Issue 13: failure kinds seen on unseen real news, each on a sentence of our own.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load-dataset.js';
import { indexRecord } from '../src/domain/record-index.js';
import { checkText, loadClaimFacts } from '../src/claims/index.js';

const loaded = loadDataset();
if (!loaded.ok) throw new Error('dataset');
const index = indexRecord(loaded.value);
const facts = loadClaimFacts(index);
const check = (text: string) => checkText(index, text, { asOf: '2025-03-07', today: '2025-03-07', facts }).claims;

describe('a share of civilian casualties is not a civilian share', () => {
  it('reads "49 per cent of civilian casualties were children" as a child share with base civilian casualties', () => {
    const claims = check('According to the Landmine Monitor, 49 per cent of civilian casualties were children.');
    expect(claims.some((c) => c.claim.kind === 'casualty_share' && c.claim.share === 'civilian')).toBe(false);
    const child = claims.find((c) => c.claim.kind === 'casualty_share');
    if (child && child.claim.kind === 'casualty_share') expect(child.claim.of).toBe('civilian casualties');
  });
});

describe('a length of participation is not a withdrawal delay', () => {
  it('finds no effect rule in "ending its 14-year participation"', () => {
    const claims = check('Lithuania said on Friday it was ending its 14-year participation in the Convention on Cluster Munitions.');
    expect(claims.filter((c) => c.claim.kind === 'effect_rule')).toEqual([]);
  });
});
