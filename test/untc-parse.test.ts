// The depositary page reader on the pages as published (status as at 2026-02-03), checked against
// the reference tables (apmbc-states.csv, ccm-states.csv), and on every other treaty page it must read.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveState } from '../src/domain/resolve.js';
import { parseUntcPage } from '../src/ingest/untc/parse-untc-page.js';
import type { UntcPage } from '../src/ingest/untc/untc-page.js';
import { REFERENCE, referenceRows, shippedIndex } from './support/shipped.js';

const UNTC = `${REFERENCE}untc/`;
function page(file: string): UntcPage {
  const r = parseUntcPage(readFileSync(UNTC + file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe.each([
  ['XXVI-5-apmbc-status-2026-02-03.html', 'apmbc-states.csv', 'XXVI-5', 166, { signatories: 132, parties: 162 }],
  ['XXVI-6-ccm-status-2026-02-03.html', 'ccm-states.csv', 'XXVI-6', 125, { signatories: 107, parties: 112 }],
] as const)('%s', (file, table, reference, participants, counts) => {
  const p = page(file);
  const rows = referenceRows(table);
  const index = shippedIndex();

  it('reads the page\'s date, treaty and own counts', () => {
    expect([p.statusAsAt, p.reference, p.counts, p.participants.length]).toStrictEqual(['2026-02-03', reference, counts, participants]);
  });

  it('reads every participant\'s signature and instrument as the reference table has them', () => {
    const byIso = new Map(rows.map((r) => [r.iso3, r]));
    let compared = 0;
    for (const part of p.participants) {
      const state = resolveState(index, part.name);
      expect(state.ok, part.name).toBe(true);
      const ref = state.ok ? byIso.get(state.value.iso3) : undefined;
      if (!ref) throw new Error(`${part.name} is not in ${table}`);
      const signature = part.entries.find((e) => e.action === 'signature');
      const consent = part.entries.find((e) => e.action !== 'signature' && e.action !== 'provisional_application');
      expect([part.name, signature?.date ?? '', consent?.date ?? '', consent?.action ?? '']).toStrictEqual([part.name, ref.signature, ref.deposit, ref.deposit_kind]);
      expect(part.entries.some((e) => e.bracketed), part.name).toBe(ref.withdrawal_effective !== '' && ref.withdrawal_effective <= p.statusAsAt);
      compared += 1;
    }
    expect(compared).toBe(participants);
  });

  it('reads each withdrawal from the end notes, with its notification and effect, as the reference table has them', () => {
    const withdrawals = p.endNotes.flatMap((n) => n.actions.filter((a) => a.kind === 'withdrawal').map((a) => ({ a, n, who: p.participants.filter((x) => x.notes.includes(n.number)) })));
    const expected = rows.filter((r) => r.withdrawal_deposit !== '');
    expect(withdrawals).toHaveLength(expected.length);
    for (const { a, n, who } of withdrawals) {
      expect(who).toHaveLength(1);
      const state = resolveState(index, who[0]?.name ?? '');
      const ref = expected.find((r) => state.ok && r.iso3 === state.value.iso3);
      expect([a.date, a.effect]).toStrictEqual([ref?.withdrawal_deposit, ref?.withdrawal_effective]);
      expect(n.notifications[0]?.symbol).toMatch(new RegExp(`^C\\.N\\.\\d+\\.20\\d\\d\\.TREATIES-${reference}$`));
      expect(n.notifications[0]?.url).toMatch(/^https:\/\/treaties\.un\.org\/doc\/Publication\/CN\//);
      expect(a.quote).toMatch(/^On \d+ \w+ 20\d\d, the Government of .+ notification of withdrawal/);
    }
  });
});

describe('the notifications the record cites', () => {
  it('are the ones in the APMBC end notes (Lithuania: C.N.362.2025, 3 July 2025)', () => {
    const lithuania = page('XXVI-5-apmbc-status-2026-02-03.html').endNotes.find((n) => n.number === '4');
    expect(lithuania?.notifications).toStrictEqual([{ symbol: 'C.N.362.2025.TREATIES-XXVI-5', date: '2025-07-03', url: 'https://treaties.un.org/doc/Publication/CN/2025/CN.362.2025-Eng.pdf' }]);
    expect(lithuania?.actions[0]).toMatchObject({ kind: 'withdrawal', date: '2025-06-27', effect: '2025-12-27', actor: 'Republic of Lithuania' });
  });
});

describe('every treaty page in the reference set (for the other treaties\' import)', () => {
  // The page's own "Signatories : N. Parties : M" line, read here with a plain regular expression as the oracle.
  for (const file of readdirSync(UNTC).filter((f) => f.endsWith('.html'))) {
    it(`reads ${file}`, () => {
      const html = readFileSync(UNTC + file, 'utf8');
      // The CCW's later Protocols were never open for signature: their line is "Parties : M" alone.
      const line = /(?:Signatories :\s*(\d+)\.\s*)?Parties :\s*(\d+)/.exec(html.replace(/\s+/g, ' '));
      const rows = (html.match(/<tr class="tr(?:BWhite|BGGrey)">/g) ?? []).length;
      const p = page(file);
      expect(p.counts).toStrictEqual(line?.[1] === undefined ? { parties: Number(line?.[2]) } : { signatories: Number(line[1]), parties: Number(line[2]) });
      expect(p.participants.length).toBeGreaterThan(0);
      expect(p.participants.length).toBeLessThanOrEqual(rows);
      expect(p.participants.every((x) => x.entries.every((e) => /^\d{4}-\d\d-\d\d$/.test(e.date)))).toBe(true);
    });
  }

  it('reads the ATT\'s end note: the United States does not intend to become a party (18 July 2019)', () => {
    const att = page('XXVI-8-att-status-2026-02-03.html');
    const note = att.endNotes.flatMap((n) => n.actions).find((a) => a.kind === 'intent_not_to_become_party');
    expect(note).toMatchObject({ date: '2019-07-18', actor: 'United States of America' });
    expect(att.columns).toContain('Provisional application under article 23(n)');
  });

  it('keeps the other tables (the CCW\'s protocols) as text', () => {
    const ccw = page('XXVI-2-ccw-status-2026-02-03.html');
    expect(ccw.otherTables[0]?.headers).toStrictEqual(['Participant', 'Protocol I', 'Protocol II', 'Protocol III']);
    expect(ccw.otherTables[0]?.rows.find((r) => r[0] === 'Afghanistan')).toStrictEqual(['Afghanistan', 'x', '', 'x']);
  });
});
