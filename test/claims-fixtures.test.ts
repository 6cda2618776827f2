import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ClaimKind, type Verdict, checkText, loadClaimFacts } from '../src/claims/index.js';
import { shippedIndex } from './support/shipped.js';

// Texts in other styles than the corpus (a wire story, a UN-style release on the CCM, a US-style
// blog post), written for these tests; the expected verdicts come from ../shared/reference.
const FIXTURES = fileURLToPath(new URL('./fixtures/claims/', import.meta.url));
const TODAY = '2026-11-23';
const index = shippedIndex();
const facts = loadClaimFacts(index);

type Row = readonly [at: string, kind: ClaimKind, iso3: string | null, verdict: Verdict, today: Verdict, why: string];

const CASES: Record<string, readonly Row[]> = {
  'wire-baltic-withdrawals.txt': [
    ['The 1997 convention', 'treaty_date', null, 'supported', 'supported', 'adopted 1997-09-18, opened for signature 1997-12-03'],
    ['Estonia, Latvia and Lithuania deposited', 'state_event', 'EST', 'supported', 'supported', 'withdrawal deposited 2025-06-27 (UNTC C.N.360.2025)'],
    ['Latvia and Lithuania deposited', 'state_event', 'LVA', 'supported', 'supported', 'deposited 2025-06-27 (C.N.361.2025)'],
    ['Lithuania deposited their instruments', 'state_event', 'LTU', 'supported', 'supported', 'deposited 2025-06-27 (C.N.362.2025)'],
    ['six months after the depositary receives', 'effect_rule', null, 'supported', 'supported', 'APMBC Art. 20(3)'],
    ['Baltic states will therefore leave', 'state_event', 'EST', 'supported', 'supported', 'effective 2025-12-27'],
    ['Baltic states will therefore leave', 'state_event', 'LVA', 'supported', 'supported', 'effective 2025-12-27'],
    ['Baltic states will therefore leave', 'state_event', 'LTU', 'supported', 'supported', 'effective 2025-12-27'],
    ['166 States Parties', 'party_count', null, 'depends_on_definition', 'contradicted', '166 deposits after Tonga (2025-06-25), 164 in force; 161 today'],
    ['Tonga acceded on 25 June', 'state_event', 'TON', 'supported', 'supported', 'accession 2025-06-25 (S12)'],
    ['157-18', 'vote', 'FIN', 'supported', 'supported', 'Eduskunta 2025-06-19: 157–18'],
    ['413 votes to 15', 'vote', 'POL', 'supported', 'supported', 'Sejm 2025-06-25: 413–15–3'],
    ['which ratified the convention in 2005', 'state_event', 'UKR', 'supported', 'supported', 'ratification 2005-12-27'],
  ],
  'un-press-release-ccm.txt': [
    ['took effect on 6 March 2025', 'state_event', 'LTU', 'supported', 'supported', 'CCM withdrawal in effect 2025-03-06 (ccm-notes.md)'],
    ['adopted in Dublin on 30 May 2008', 'treaty_date', null, 'supported', 'supported', 'concluded at Dublin 2008-05-30'],
    ['in force since 1 August 2010', 'treaty_date', null, 'supported', 'supported', 'in force 2010-08-01'],
    ['one hundred and eleven States Parties', 'party_count', null, 'supported', 'contradicted', '111 once Lithuania left; 112 after Vanuatu (2025-09-05)'],
    ['Twelve other countries have signed', 'signatory_count', null, 'supported', 'supported', '12 signatories that have not ratified (ccm-notes.md)'],
  ],
  'blog-ottawa-year-end.txt': [
    ['Yesterday the withdrawals', 'state_event', 'EST', 'supported', 'supported', 'effective 2025-12-27'],
    ['Yesterday the withdrawals', 'state_event', 'LVA', 'supported', 'supported', 'effective 2025-12-27'],
    ['Yesterday the withdrawals', 'state_event', 'LTU', 'supported', 'supported', 'effective 2025-12-27'],
    ['Roughly 163 countries', 'party_count', null, 'supported', 'supported', '163 on 2025-12-28 (SOURCES.md); 161 today, within "roughly"'],
    ['some 30 states have never joined', 'never_joined_count', null, 'supported', 'supported', '31 never joined on 2025-12-28; 30 or 31 today'],
    ['six months after the U.N. receives', 'effect_rule', null, 'supported', 'supported', 'Art. 20(3)'],
    ['deposited its instrument on July 10, 2025', 'state_event', 'FIN', 'supported', 'supported', 'withdrawal deposited 2025-07-10 (C.N.372.2025)'],
    ['is still a party', 'state_status', 'FIN', 'supported', 'contradicted', 'withdrawal pending until 2026-01-10'],
  ],
  'news-baltic-poland-quit.txt': [
    ['the 1997 accord', 'treaty_date', null, 'supported', 'supported', 'adopted 1997-09-18'],
    ['six months after the UN receives', 'effect_rule', null, 'supported', 'supported', 'Art. 20(3)'],
    ['ratified by 165 countries', 'party_count', null, 'contradicted', 'contradicted', '166 deposits after Tonga (2025-06-25), 164 in force; 161 today'],
    ['Neither the US nor Russia has signed', 'state_status', 'USA', 'supported', 'supported', 'no US signature (apmbc-states.csv)'],
    ['Neither the US nor Russia has signed', 'state_status', 'RUS', 'supported', 'supported', 'no Russian signature'],
    ['413 to 15', 'vote', 'POL', 'supported', 'supported', 'Sejm 2025-06-25'],
    ['157 votes to 18', 'vote', 'FIN', 'supported', 'supported', 'Eduskunta 2025-06-19'],
    ['All Nato members bordering Russia', 'group_status', null, 'supported', 'supported', 'FIN, EST, LVA, LTU, POL all leaving by 2025-06-27 (deposits or national steps); Norway excepted'],
    ['three-fifths majority', 'required_majority', null, 'supported', 'supported', '3/5 of all 141 members (lithuania-constitution.md §2)'],
    ['which joined the treaty in 2005', 'state_event', 'UKR', 'depends_on_definition', 'depends_on_definition', 'deposited 2005-12-27, in force 2006-06-01'],
    ['40% of landmine casualties are children', 'casualty_share', null, 'contradicted', 'contradicted', 'LM2024: 37% of civilian casualties; LM2025: 46%'],
  ],
  'no-claims.txt': [],
};

describe('texts in other styles', () => {
  for (const [file, rows] of Object.entries(CASES)) {
    describe(file, () => {
      const text = readFileSync(FIXTURES + file, 'utf8');
      const result = checkText(index, text, { today: TODAY, facts });
      const hit = (r: Row) => result.claims.find((c) => {
        const at = text.indexOf(r[0]);
        const iso3 = 'iso3' in c.claim ? c.claim.iso3 : null;
        return c.kind === r[1] && c.start < at + r[0].length && at < c.end && (r[2] === null || iso3 === r[2]);
      });
      for (const r of rows) {
        it(`${r[1]} ${r[2] ?? ''} “${r[0]}”: ${r[3]}, today ${r[4]} (${r[5]})`, () => {
          const c = hit(r);
          expect(c, 'found').toBeDefined();
          expect([c?.verdict, c?.verdict_today], c?.explanation).toEqual([r[3], r[4]]);
        });
      }
      it('has no other claims', () => {
        expect(result.claims.filter((c) => !rows.some((r) => hit(r) === c)).map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
      });
    });
  }
});

describe('sentences that yield no claim', () => {
  it.each([
    'The ICBL was co-laureate of the 1997 Nobel Peace Prize.',
    'For interviews call +41 22 920 03 25 or +1 (212) 555-0199.',
    'Article 20 of the Convention sets out how a State Party may withdraw.',
    'Languages: English, French',
    'Tamar will be in Vilnius on 31 March and 1 April.',
    'She served as Policy Director from 2005-2015.',
    'The meeting starts at 10:30 in Room 1997.',
    'Decree No. 2281 of 12 January 2026 approved the accession.',
    'Landmines turn farmlands into death traps.',
    'Would Lithuania consider walking out of the Geneva Conventions?',
  ])('%s', (sentence) => {
    expect(checkText(index, sentence, { today: TODAY, asOf: '2025-03-26', facts }).claims.map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
  });
});
