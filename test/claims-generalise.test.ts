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

const on = (date: string) => (text: string) => checkText(index, text, { asOf: date, today: date, facts }).claims;
const kinds = (claims: ReturnType<typeof check>, kind: string) => claims.filter((c) => c.kind === kind);

describe('a withdrawal delay far above the treaty’s own is not understood', () => {
  it('gives unverifiable, not_understood (value), for "a three-year period before the country’s full exit"', () => {
    const claims = on('2025-06-26')('Poland’s withdrawal from the Ottawa Convention would take effect three years after a formal notice to the United Nations.');
    const rule = kinds(claims, 'effect_rule')[0];
    expect(rule?.verdict).toBe('unverifiable');
    expect(rule?.reason).toEqual({ code: 'not_understood', part: 'value' });
    expect(rule?.explanation).toMatch(/Not understood/u);
  });
  it('still contradicts a delay within twice the treaty’s own ("three months")', () => {
    const rule = kinds(on('2025-06-26')('The withdrawal from the Ottawa Convention will take effect three months after the UN Secretary-General receives the instrument.'), 'effect_rule')[0];
    expect(rule?.verdict).toBe('contradicted');
  });
});

describe('a notice is counted from the deposit, not from the text’s date', () => {
  it('supports "took effect after six months’ notice" for a withdrawal deposited six months before it took effect', () => {
    const rule = kinds(on('2025-03-07')('Lithuania’s withdrawal from the Convention on Cluster Munitions took effect on Thursday after six months’ notice, as the treaty provides.'), 'effect_rule')[0];
    expect(rule?.verdict).toBe('supported');
  });
  it('never counts a rule from the treaty’s own adoption date written just before', () => {
    const claims = on('2025-06-19')('The Ottawa Convention was adopted in Oslo on 18 September 1997. The withdrawal from the Ottawa Convention will take effect six months after the Secretary-General of the United Nations, who is the depositary, has received the instrument.');
    const rule = kinds(claims, 'effect_rule')[0];
    expect(rule?.claim).not.toHaveProperty('since', '1997-09-18');
    expect(rule?.verdict).toBe('supported');
  });
});

describe('a vote’s state is not taken from a sentence that names several', () => {
  it('does not judge "by a vote of 157 to 18" as Estonia’s vote after a sentence naming four states', () => {
    const claims = on('2025-06-19')('The countries of Estonia, Lithuania, Latvia and Poland announced that they were withdrawing from the treaty earlier this spring. Parliament approved the measure by a vote of 157 to 18.');
    const vote = kinds(claims, 'vote')[0];
    expect(vote?.verdict).not.toBe('contradicted');
    expect(vote?.claim).not.toHaveProperty('iso3', 'EST');
  });
});

describe('casualty shares: subject, base, place and year', () => {
  it('reads "civilians accounted for 90% of these victims" as a civilian share', () => {
    const share = kinds(on('2025-12-02')('Landmine Monitor 2025 recorded 6,279 casualties in 2024. Civilians accounted for 90% of these victims, with nearly half being children.'), 'casualty_share')[0];
    expect(share?.claim).toMatchObject({ share: 'civilian', year: 2024 });
    expect(share?.verdict).toBe('supported');
  });
  it('reads "Children accounted for almost half (49 per cent, or 1,171) of civilian casualties" as a child share of civilian casualties', () => {
    const share = kinds(on('2023-11-22')('Children accounted for almost half (49 per cent, or 1,171) of civilian casualties, where age was recorded.'), 'casualty_share')[0];
    expect(share?.claim).toMatchObject({ share: 'child', of: 'civilian casualties' });
  });
  it('does not judge one state’s share ("In Afghanistan, 77 per cent … were children") against the world’s', () => {
    const share = kinds(on('2025-12-02')('In Afghanistan, 77 per cent of all casualties were children.'), 'casualty_share')[0];
    expect(share?.verdict).toBe('unverifiable');
  });
  it('judges a share with no year only against the edition current on the date, never an older one', () => {
    const share = kinds(on('2022-11-15')('Civilians made up 85 per cent of all recorded landmine casualties.'), 'casualty_share')[0];
    expect(share?.verdict).toBe('unverifiable');
    expect(share?.reason).toEqual({ code: 'not_in_record' });
  });
});

describe('a number before "states" that is not a count of the treaty’s states', () => {
  const text = (s: string) => kinds(on('2025-09-15')(s), 'party_count').concat(kinds(on('2025-09-15')(s), 'never_joined_count'));
  it('an increment: "three more countries have ratified the Convention on Cluster Munitions"', () => {
    const found = text('Three more countries have ratified the Convention on Cluster Munitions.');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.verdict).toBe('unverifiable');
  });
  it('a subset: "Five European States Parties to the Mine Ban Treaty are withdrawing"', () => {
    const found = text('Five European States Parties to the Mine Ban Treaty are moving to withdraw.');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.reason).toEqual({ code: 'not_understood', part: 'who' });
  });
  it('a vote: "the Treaty on the Prohibition of Nuclear Weapons, approved by 122 nations in 2017"', () => {
    const found = text('The Treaty on the Prohibition of Nuclear Weapons, approved by 122 nations in 2017, has states parties.');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.verdict).toBe('unverifiable');
  });
  it('still reads "32 countries, including Russia, are not members of the Ottawa Convention" as states that never joined', () => {
    const c = kinds(on('2025-05-08')('According to the ministry, 32 countries, including Russia, the United States and China, are not members of the Ottawa Convention.'), 'never_joined_count')[0];
    expect(c?.verdict).toBe('supported');
  });
});

describe('the states a treaty waits for', () => {
  it('reads "has not entered into force because eight countries have not ratified" as Annex 2 states still needed', () => {
    const c = kinds(on('2023-11-02')('The Comprehensive Nuclear-Test-Ban Treaty has not yet entered into force because eight countries have not ratified the treaty.'), 'required_missing_count')[0];
    expect(c?.verdict).toBe('supported');
  });
});

describe('dates as a wire writes them', () => {
  it('never reads a run of days ("on February 19–20, 2026") as its first day', () => {
    const claims = on('2026-02-25')('Poland’s withdrawal from the Ottawa Convention took effect on February 19–20, 2026.');
    expect(claims.filter((c) => c.verdict === 'contradicted')).toEqual([]);
    const d = claims.find((c) => c.kind === 'state_event');
    if (d && d.claim.kind === 'state_event') expect(d.claim.date.precision).toBe('range');
  });
  it('reads "on Thursday" in a text dated that Thursday as that day', () => {
    const vote = kinds(on('2025-06-19')('Finnish MPs voted to approve the country’s withdrawal from the Ottawa Treaty on Thursday.'), 'vote')[0];
    expect(vote?.verdict).toBe('supported');
  });
});

describe('casualty totals', () => {
  it('supports the Landmine Monitor’s total, killed and injured for the year said', () => {
    const claims = kinds(on('2025-12-02')('Landmine Monitor 2025 recorded at least 6,279 casualties from landmines and explosive remnants of war in 2024, including 1,945 deaths and 4,325 injuries.'), 'casualty_total');
    expect(claims.map((c) => [c.claim.kind === 'casualty_total' ? c.claim.measure : '', c.verdict])).toEqual([['total', 'supported'], ['killed', 'supported'], ['injured', 'supported']]);
  });
  it('contradicts a wrong exact figure for the year, but never judges cluster munition or one state’s figures', () => {
    expect(kinds(on('2025-12-02')('Landmine Monitor 2025 recorded 5,279 casualties from landmines in 2024.'), 'casualty_total')[0]?.verdict).toBe('contradicted');
    expect(kinds(on('2024-09-10')('Cluster munitions caused 219 casualties in 2023, and landmines many more.'), 'casualty_total')).toEqual([]);
    const own = kinds(on('2025-12-02')('Myanmar recorded 2,029 landmine casualties in 2024, the most of any country.'), 'casualty_total')[0];
    expect(own?.reason).toMatchObject({ code: 'not_understood', part: 'who' });
  });
});

describe('a treaty named by its year', () => {
  it('supports "the 1997 Mine Ban Treaty" and "the 2013 pact", and does not judge "the 1999 treaty"', () => {
    expect(kinds(on('2025-12-02')('The report warns that the 1997 Mine Ban Treaty faces its most serious challenge.'), 'treaty_date')[0]?.verdict).toBe('supported');
    expect(kinds(on('2019-05-01')('The United States will drop out of the Arms Trade Treaty, the 2013 pact designed to regulate the arms trade.'), 'treaty_date')[0]?.verdict).toBe('supported');
    const loose = kinds(on('2025-12-01')('Five states are moving to exit the Ottawa Convention, the 1999 treaty banning anti-personnel mines.'), 'treaty_date')[0];
    expect(loose?.reason).toEqual({ code: 'not_understood', part: 'property' });
  });
  it('reads "shall enter into force on 22 January 2021" as the treaty’s date', () => {
    expect(kinds(on('2020-11-08')('The Treaty on the Prohibition of Nuclear Weapons shall enter into force on 22 January 2021.'), 'treaty_date')[0]?.verdict).toBe('supported');
  });
});

describe('ordinals of joining', () => {
  it('supports "Honduras became the 50th state to ratify" and "the fiftieth instrument … on 24 October 2020"', () => {
    expect(kinds(on('2020-10-25')('Honduras became the 50th state to ratify the Treaty on the Prohibition of Nuclear Weapons.'), 'ordinal')[0]?.verdict).toBe('supported');
    expect(kinds(on('2020-11-08')('With the deposit of the fiftieth instrument of ratification on 24 October 2020, the Treaty on the Prohibition of Nuclear Weapons shall enter into force.'), 'ordinal')[0]?.verdict).toBe('supported');
  });
  it('contradicts an ordinal far from the count, and does not judge one a single deposit off', () => {
    expect(kinds(on('2020-10-25')('Honduras became the 40th state to ratify the Treaty on the Prohibition of Nuclear Weapons.'), 'ordinal')[0]?.verdict).toBe('contradicted');
    expect(kinds(on('2020-10-25')('Honduras became the 51st state to ratify the Treaty on the Prohibition of Nuclear Weapons.'), 'ordinal')[0]?.verdict).toBe('unverifiable');
  });
});
