import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheckedClaim, type ClaimKind, type Verdict, checkText, loadClaimFacts } from '../src/claims/index.js';
import { CORPUS, shippedIndex } from './support/shipped.js';

// For each corpus document, every checkable claim in it and its verdict as of the text's date and
// today (2026-11-23), written from ../shared/reference (apmbc-states.csv, ccm-notes.md,
// org-memberships.csv, monitor-casualties.csv, lithuania-constitution.md, treaty-articles.md) with
// the reason. `at` is a passage of the document inside (or overlapping) the claim.
interface Expected {
  readonly at: string;
  readonly kind: ClaimKind;
  readonly verdict: Verdict;
  readonly today: Verdict;
  readonly why: string;
}

interface Doc {
  readonly file: string;
  /** The text's date: its dateline, or for undated texts a date INDEX.md allows (given as --date). */
  readonly date?: string;
  readonly expect: readonly Expected[];
}

const TODAY = '2026-11-23';

const DOCS: readonly Doc[] = [
  {
    file: 'icbl-media-pack-lithuania-2025-03-26.txt',
    expect: [
      { at: 'joint statement by the defense ministers', kind: 'process_step', verdict: 'supported', today: 'supported', why: 'joint statement of LTU, POL, LVA, EST on 2025-03-18 (pipeline data)' },
      { at: 'thousands of people—85% of victims', kind: 'casualty_share', verdict: 'contradicted', today: 'contradicted', why: 'Landmine Monitor 2024, which the text cites: 84% civilians in 2023 (SOURCES-2 §3)' },
      { at: '40% of them are children', kind: 'casualty_share', verdict: 'contradicted', today: 'contradicted', why: 'LM2024: 37% of civilian casualties whose age was known' },
      { at: 'Lithuania signed the Mine Ban Convention in 1999', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'signature 1999-02-26 (apmbc-states.csv)' },
      { at: 'ratified it in 2003', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'ratification deposited 2003-05-12' },
      { at: 'stockpile by 2016', kind: 'stockpile_destroyed', verdict: 'unverifiable', today: 'unverifiable', why: 'the record holds no stockpile destruction for Lithuania' },
      { at: 'Lithuania never produced', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'the record holds no production data' },
      { at: 'official withdrawal from the Convention on Cluster Munitions on 6 March 2025', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'CCM withdrawal took effect 2025-03-06 (ccm-notes.md, C1)' },
      { at: 'including Russia, remain outside it', kind: 'state_status', verdict: 'supported', today: 'supported', why: 'Russia never signed or joined the APMBC' },
      { at: 'the only governments known to use', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'the record holds no data on mine use' },
      { at: 'Victims:** 85% of victims are civilians', kind: 'casualty_share', verdict: 'contradicted', today: 'contradicted', why: 'latest report by 2025-03-26 is LM2024: 84%; today LM2025: 90%' },
      { at: '40% are children', kind: 'casualty_share', verdict: 'contradicted', today: 'contradicted', why: 'LM2024: 37% (of civilian casualties); LM2025: 46%' },
      { at: 'Adopted in 1997', kind: 'treaty_date', verdict: 'supported', today: 'supported', why: 'adopted at Oslo on 1997-09-18 (treaty-articles.md)' },
      { at: '165 countries are onboard', kind: 'party_count', verdict: 'depends_on_definition', today: 'contradicted', why: '165 counting deposits (Marshall Islands deposited 2025-03-12), 164 in force; today 161 (five withdrawals in effect)' },
      { at: 'every EU and NATO member except the U.S.', kind: 'group_status', verdict: 'supported', today: 'contradicted', why: 'all EU and NATO members but the US were parties on 2025-03-26; EST, LVA, LTU, FIN, POL have since withdrawn' },
      { at: 'Current users:', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'the record holds no data on mine use' },
      { at: 'Landmines turn farmlands into death traps', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'But choosing antipersonnel mines would be a step in the wrong', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'To lay mines on your own land is not a show of strength', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Per Nergaard (NPA) opposes: st-ltu-nergaard-self-sabotage (2025-03-26)' },
      { at: 'It endangers your own people and environment for decades', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Per Nergaard (NPA) opposes: st-ltu-nergaard-self-sabotage (2025-03-26) (his quotation goes on)' },
      { at: 'We don’t uphold international law only when others do', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'Would Lithuania consider walking out of the Geneva Conventions', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'Safeguarding international humanitarian law and remaining in the', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'There are very rational fears at this moment', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Zoran Ješić opposes: st-ltu-jesic-whats-next (2025-03-26)' },
      { at: 'Now it seeks to abandon the Mine Ban Treaty', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Zoran Ješić opposes: st-ltu-jesic-whats-next (2025-03-26)' },
      { at: 'We call on Lithuania to keep its commitment', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'Lithuania should not endanger its people with hidden killers', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17) (signed quotation)' },
      { at: 'To me, as a victim of an antipersonnel mine', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Zoran Ješić opposes: st-ltu-jesic-whats-next (2025-03-26) (signed quotation)' },
      { at: 'Withdrawing from the Mine Ban Convention aligns Lithuania with', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17) (signed quotation)' },
      { at: 'Security must not come at the expense of humanity', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Per Nergaard (NPA) opposes: st-ltu-nergaard-self-sabotage (2025-03-26) (signed quotation)' },
      { at: 'The ICBL has worked closely with Lithuanian officials', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick (ICBL) opposes LTU leaving the APMBC: data/people st-ltu-gabelnick-walks-away (2025-03-26) and st-ltu-gabelnick-letter (2025-01-17) (signed quotation)' },
    ],
  },
  {
    file: 'icbl-letter-prime-minister-2025-01-17.txt',
    expect: [
      { at: 'joining the AP Mine Ban Convention in 2003', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'ratification deposited 2003-05-12, in force 2003-11-01' },
      { at: '163 other states', kind: 'party_count', verdict: 'supported', today: 'contradicted', why: '164 parties with Lithuania on 2025-01-17 (SOURCES.md counts); today 161' },
      { at: 'all of these countries, along with all members of the European Union', kind: 'group_status', verdict: 'supported', today: 'contradicted', why: 'LTU, LVA, EST, POL, FIN, SWE, all EU and all NATO but the US were parties; five have since left' },
      { at: 'The United States has not used mines since 1991', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'no mine-use data' },
      { at: 'The only governments currently using AP mines', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'no mine-use data' },
      { at: 'Dear Prime Minister Paluckas,', kind: 'statement', verdict: 'supported', today: 'supported', why: 'the letter reports Prime Minister Paluckas for withdrawal: st-ltu-paluckas-proposal and st-ltu-paluckas-advice (by 2025-01-17)' },
      { at: 'But we strongly believe that antipersonnel mines should never be part', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick’s letter opposes: st-ltu-gabelnick-letter (2025-01-17)' },
      { at: 'Your advice notes that leaving the APMBC', kind: 'statement', verdict: 'supported', today: 'supported', why: 'the letter reports Prime Minister Paluckas for withdrawal: st-ltu-paluckas-proposal and st-ltu-paluckas-advice (by 2025-01-17)' },
      { at: 'You also note in your advice that', kind: 'statement', verdict: 'supported', today: 'supported', why: 'the letter reports Prime Minister Paluckas for withdrawal: st-ltu-paluckas-proposal and st-ltu-paluckas-advice (by 2025-01-17)' },
      { at: 'In closing, we urge you and the Government of Lithuania', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Gabelnick’s letter opposes: st-ltu-gabelnick-letter (2025-01-17)' },
    ],
  },
  {
    file: 'npa-statement-lithuania-vote-2025-05.txt',
    date: '2025-05-08',
    expect: [
      { at: 'unanimously', kind: 'vote', verdict: 'depends_on_definition', today: 'depends_on_definition', why: '107 for, 0 against, 3 abstained (lithuania-constitution.md §3)' },
      { at: 'unprecedented withdrawal from the Convention on Cluster Munitions in March', kind: 'state_event', verdict: 'depends_on_definition', today: 'depends_on_definition', why: 'in effect 2025-03-06; the instrument reached the depositary 2024-09-06' },
      { at: 'adopted in Oslo in 1997', kind: 'treaty_date', verdict: 'supported', today: 'supported', why: 'concluded at Oslo on 1997-09-18' },
      { at: '84 % of recorded landmine casualties were civilians', kind: 'casualty_share', verdict: 'supported', today: 'supported', why: 'LM2024: 84% for 2023' },
      { at: '37 % of them children', kind: 'casualty_share', verdict: 'supported', today: 'supported', why: 'LM2024: 37% of civilian casualties for 2023' },
      { at: 'fallen by over 75%', kind: 'casualty_trend', verdict: 'unverifiable', today: 'unverifiable', why: 'no AP-mine-only casualty series' },
      { at: 'approved the country’s withdrawal on 16 April', kind: 'vote', verdict: 'supported', today: 'supported', why: 'Saeima final vote 2025-04-16, 66–14–2' },
      { at: 'Intentions to abandon the APMBC', kind: 'process_step', verdict: 'supported', today: 'supported', why: 'POL and EST joint statement 2025-03-18, FIN procedure 2025-04-01' },
      { at: 'more than 160 states', kind: 'party_count', verdict: 'supported', today: 'supported', why: '165 deposited / 164 in force on 2025-05-08; 161 today' },
      { at: 'Lithuania’s decision is short-sighted and dangerous', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Steen-Nilsen (NPA) opposes: st-ltu-steen-nilsen-short-sighted (2025-05)' },
    ],
  },
  {
    file: 'euromaidan-lithuania-exits-2025-05.txt',
    date: '2025-05-08',
    expect: [
      { at: 'Russia has never signed the Ottawa Treaty', kind: 'state_status', verdict: 'supported', today: 'supported', why: 'no Russian signature or instrument' },
      { at: 'Belarus did not ratify it', kind: 'state_status', verdict: 'depends_on_definition', today: 'depends_on_definition', why: 'Belarus acceded 2003-09-03 (not a ratification) and is a party since 2004-03-01' },
      { at: '107 votes in favor and three abstentions', kind: 'vote', verdict: 'supported', today: 'supported', why: 'Seimas 2025-05-08: 107–0–3' },
      { at: 'will take effect in six months', kind: 'effect_rule', verdict: 'depends_on_definition', today: 'depends_on_definition', why: 'Art. 20(3): six months from the depositary’s receipt (2025-06-27 → 2025-12-27), not from the vote (→ 2025-11-08)' },
      { at: 'Russia has been widely using land mines', kind: 'mine_use', verdict: 'unverifiable', today: 'unverifiable', why: 'no mine-use data' },
      { at: 'Lithuania ratified the Ottawa Convention in 2003', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'ratification deposited 2003-05-12' },
      { at: '32 states—including Russia, the US, and China', kind: 'never_joined_count', verdict: 'supported', today: 'contradicted', why: '197 − 165 deposits = 32 on 2025-05-08; Tonga (2025-06-25) and Lebanon (2026) joined since' },
      { at: 'all states bordering the territory of Russia', kind: 'group_status', verdict: 'contradicted', today: 'contradicted', why: 'Norway and Belarus are parties with no withdrawal; China, Kazakhstan, … never joined' },
      { at: 'issued a joint statement', kind: 'process_step', verdict: 'supported', today: 'supported', why: 'joint statement 2025-03-18' },
      { at: 'Finland began its own withdrawal procedure on 1 April 2025', kind: 'process_step', verdict: 'supported', today: 'supported', why: 'Finnish government decision 2025-04-01 (pipeline data)' },
      { at: 'Ruslanas Baranovas, urged support for the bill', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Baranovas for withdrawal in the Seimas debate: st-ltu-baranovas-arsenal (2025-05-08)' },
      { at: 'By agreeing to withdraw from the Convention, we will also add', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Baranovas: st-ltu-baranovas-arsenal (2025-05-08)' },
      { at: 'Dovilė Šakalienė previously argued', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Šakalienė for withdrawal: st-ltu-sakaliene-battlefield (by 2025-05-08), st-ltu-sakaliene-joint-statement (2025-03-18)' },
    ],
  },
  {
    file: 'world-today-news-lithuania-considers-2025.txt',
    date: '2025-02-01',
    expect: [
      { at: 'entered into force in 1999', kind: 'treaty_date', verdict: 'supported', today: 'supported', why: 'in force 1999-03-01' },
      { at: 'more than 160 countries', kind: 'party_count', verdict: 'supported', today: 'supported', why: '164 on 2025-02-01; 161 today' },
      { at: 'Lithuania joined the convention in 2004', kind: 'state_event', verdict: 'contradicted', today: 'contradicted', why: 'deposited 2003-05-12, in force 2003-11-01 (the issue’s own example)' },
      { at: 'the Lithuanian parliament supported the withdrawal', kind: 'vote', verdict: 'supported', today: 'supported', why: 'Seimas CCM vote 2024-07-18' },
      { at: 'will take effect in March', kind: 'state_event', verdict: 'supported', today: 'supported', why: 'CCM withdrawal in effect 2025-03-06' },
      { at: 'at least 86 out of 141', kind: 'required_majority', verdict: 'contradicted', today: 'contradicted', why: '3/5 of 141 = 85 (Delfi, LRytas: at least 85)' },
      { at: 'I believe that we should withdraw,” said the', kind: 'statement', verdict: 'supported', today: 'supported', why: 'the Prime Minister of Lithuania on 2025-02-01 is Gintautas Paluckas (officials.csv); st-ltu-paluckas-should-withdraw (2025-01)' },
      { at: 'The idea of withdrawing from the Ottawa Convention was previously', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Kasčiūnas for withdrawal: st-ltu-kasciunas-idea (by 2025-03-06, this article)' },
      { at: 'General Raimunds Vaikšnors and the current Minister of Defense', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Vaikšnoras and Šakalienė for withdrawal: st-ltu-vaiksnoras-supports, st-ltu-sakaliene-supports (by 2025-03-06)' },
      { at: 'Last week, Vaikšnor said that he supports', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Vaikšnoras: st-ltu-vaiksnoras-supports (by 2025-03-06)' },
      { at: 'We have said, spoken that something must be done', kind: 'statement', verdict: 'supported', today: 'supported', why: 'the commander of the Lithuanian Armed Forces on 2025-02-01 is Raimundas Vaikšnoras; st-ltu-vaiksnoras-supports' },
      { at: 'Lithuania’s Prime Minister has signaled support', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Paluckas (Prime Minister on 2025-02-01): st-ltu-paluckas-should-withdraw (2025-01)' },
      { at: 'Withdrawing from it would undoubtedly tarnish', kind: 'statement', verdict: 'supported', today: 'supported', why: 'Jukneviciute (interview answer) opposes: st-ltu-jukneviciute-costs (by 2025-03-06)' },
    ],
  },
];

const index = shippedIndex();
const facts = loadClaimFacts(index);

function matches(text: string, e: Expected, c: CheckedClaim): boolean {
  const at = text.indexOf(e.at);
  return c.kind === e.kind && c.start < at + e.at.length && at < c.end;
}

describe('the five corpus documents', () => {
  const totals = { expected: 0, found: 0, extracted: 0, matched: 0 };
  for (const doc of DOCS) {
    describe(doc.file, () => {
      const text = readFileSync(CORPUS + doc.file, 'utf8');
      const result = checkText(index, text, { today: TODAY, facts, ...(doc.date ? { asOf: doc.date } : {}) });
      for (const e of doc.expect) {
        it(`${e.kind} “${e.at}”: ${e.verdict}, today ${e.today} (${e.why})`, () => {
          expect(text.includes(e.at), 'the passage is in the document').toBe(true);
          const c = result.claims.find((x) => matches(text, e, x));
          expect(c, `no ${e.kind} claim found at “${e.at}”`).toBeDefined();
          expect([c?.verdict, c?.verdict_today], c?.explanation).toEqual([e.verdict, e.today]);
          expect(c?.explanation.length).toBeGreaterThan(10);
          if (c?.verdict !== 'unverifiable') expect(c?.evidence.length, 'a verdict carries evidence').toBeGreaterThan(0);
        });
      }
      it('finds the listed claims, and few others', () => {
        const found = doc.expect.filter((e) => result.claims.some((c) => matches(text, e, c))).length;
        const matched = result.claims.filter((c) => doc.expect.some((e) => matches(text, e, c))).length;
        Object.assign(totals, { expected: totals.expected + doc.expect.length, found: totals.found + found, extracted: totals.extracted + result.claims.length, matched: totals.matched + matched });
        process.stdout.write(`${doc.file}: recall ${found}/${doc.expect.length}, precision ${matched}/${result.claims.length}\n`);
        expect(found).toBe(doc.expect.length);
        expect(matched / Math.max(1, result.claims.length)).toBeGreaterThanOrEqual(0.85);
      });
    });
  }
  it('overall recall and precision', () => {
    process.stdout.write(`corpus: recall ${totals.found}/${totals.expected}, precision ${totals.matched}/${totals.extracted}\n`);
    expect(totals.found).toBe(totals.expected);
  });
});

describe('undated texts', () => {
  it('are checked as of today, with a warning, and dates without a year are compared by month', () => {
    const text = readFileSync(`${CORPUS}world-today-news-lithuania-considers-2025.txt`, 'utf8');
    const r = checkText(index, text, { today: TODAY, facts });
    expect(r.text_date_source).toBe('today');
    expect(r.warnings.map((w) => w.code)).toContain('no_text_date');
    const march = r.claims.find((c) => c.text.includes('will take effect in March'));
    expect(march?.verdict).toBe('supported');
    expect(march?.explanation).toContain('2025-03-06');
  });
});
