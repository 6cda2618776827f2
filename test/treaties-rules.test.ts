// Each treaty's entry-into-force and withdrawal rule, as data, against worked examples from its own
// text (../shared/reference/treaty-articles-more.md): the dates the texts and the depositary give.
import { describe, expect, it } from 'vitest';
import { applyDelay } from '../src/domain/delay.js';
import type { TreatyEvent } from '../src/domain/event.js';
import { statusOn } from '../src/domain/status-on.js';
import { buildTimeline } from '../src/domain/timeline.js';
import type { Treaty } from '../src/domain/treaty.js';
import { shippedIndex } from './support/shipped.js';

const index = shippedIndex();
/** A shipped treaty, from the index loaded once. */
function treaty(id: string): Treaty {
  const t = index.treaties.get(id);
  if (!t) throw new Error(`no treaty ${id}`);
  return t;
}
const eif = (t: string, iso3: string) => index.timelines.get(t)?.get(iso3)?.entryIntoForce?.date;

describe('entry into force: the worked examples', () => {
  it('CWC Art. XXI(1): the 65th deposit (Hungary, 31 Oct 1996) + 180 days = 29 Apr 1997, more than two years after opening', () => {
    const cwc = treaty('cwc');
    expect(applyDelay('1996-10-31', cwc.rules.entryIntoForce.initialDelay)).toBe('1997-04-29');
    expect(cwc.entryIntoForce?.date).toBe('1997-04-29');
    expect(cwc.rules.entryIntoForce.notEarlierThan ?? '').toBe('1995-01-13');
    expect(eif('cwc', 'HUN')).toBe('1997-04-29');
  });
  it('CWC Art. XXI(2): the 30th day after a later deposit', () => {
    expect(applyDelay('1998-04-15', treaty('cwc').rules.entryIntoForce.laterDelay)).toBe('1998-05-15');
    expect(eif('cwc', 'LTU')).toBe('1998-05-15');
  });
  it('ATT Art. 22: the 50th instrument on 25 Sep 2014 + 90 days = 24 Dec 2014; Vanuatu 5 Sep 2025 → 4 Dec 2025; Switzerland 30 Jan 2015 → 30 Apr 2015', () => {
    const r = treaty('att').rules.entryIntoForce;
    expect(applyDelay('2014-09-25', r.initialDelay)).toBe('2014-12-24');
    expect(treaty('att').entryIntoForce?.date).toBe('2014-12-24');
    expect(eif('att', 'VUT')).toBe('2025-12-04');
    expect(eif('att', 'CHE')).toBe('2015-04-30');
  });
  it('TPNW Art. 15: Honduras, the 50th, 24 Oct 2020 + 90 days = 22 Jan 2021; Ghana 26 Sep 2025 → 25 Dec 2025', () => {
    expect(applyDelay('2020-10-24', treaty('tpnw').rules.entryIntoForce.initialDelay)).toBe('2021-01-22');
    expect(eif('tpnw', 'HND')).toBe('2021-01-22');
    expect(eif('tpnw', 'GHA')).toBe('2025-12-25');
  });
  it('CCW Art. 5(1): the 20th instrument (Poland, 2 Jun 1983) → six months later, 2 Dec 1983; the Protocols with it (Art. 5(3))', () => {
    expect(applyDelay('1983-06-02', treaty('ccw').rules.entryIntoForce.initialDelay)).toBe('1983-12-02');
    expect(eif('ccw', 'POL')).toBe('1983-12-02');
    for (const p of ['ccw-p1', 'ccw-p2', 'ccw-p3']) {
      expect(treaty(p)).toMatchObject({ parentTreatyId: 'ccw', entryIntoForce: { date: '1983-12-02' } });
      expect(treaty(p).rules.entryIntoForce.instrumentKinds).toEqual(['consent_to_be_bound']);
    }
  });
  it('ENMOD Art. IX(3)-(4): in force on the day of the 20th ratification (Lao PDR, 5 Oct 1978); for a later State, the day it deposits', () => {
    const r = treaty('enmod').rules.entryIntoForce;
    expect(applyDelay('1978-10-05', r.initialDelay)).toBe('1978-10-05');
    expect(treaty('enmod').entryIntoForce?.date).toBe('1978-10-05');
    expect(eif('enmod', 'LAO')).toBe('1978-10-05');
    expect(eif('enmod', 'LTU')).toBe('2002-04-16');
    expect(statusOn(index.timelines.get('enmod')?.get('LTU'), '2002-04-16').status).toBe('party');
    // Yemen ratified on 20 Jul 1977, before the Convention was in force: deposited until 5 Oct 1978.
    expect(statusOn(index.timelines.get('enmod')?.get('YEM'), '1978-10-04').status).toBe('deposited');
  });
  it('CTBT Art. XIV: not in force, so no State\'s ratification has a date of entry into force; Annex 2 has 44 States', () => {
    const r = treaty('ctbt').rules.entryIntoForce;
    expect(r.requiredStates).toHaveLength(44);
    expect(r.notEarlierThan).toBe('1998-09-24');
    expect(index.timelines.get('ctbt')?.get('JPN')?.entryIntoForce).toMatchObject({ date: null });
  });
});

// A State Party's withdrawal on one day, under each treaty's rule; the effect dates follow the articles' words.
function withdraw(treatyId: string, deposit: string, notice: string, conflict?: string) {
  const ev = (kind: TreatyEvent['kind'], date: string, treatyOf: string | null = treatyId): TreatyEvent => ({
    id: `x-${kind}-${date}`, iso3: 'XXX', treatyId: treatyOf, kind, date: { value: date, precision: 'day' }, sources: [{ sourceId: 'x' }], verified: true, recordedBy: 't', recordedAt: '2026-01-01T00:00:00Z',
  });
  const conflicts = conflict === undefined ? [] : [{ began: conflict, eventIds: ['c'] }];
  return buildTimeline(treaty(treatyId), 'XXX', [ev('accession', deposit), ev('withdrawal', notice)], conflicts);
}

describe('withdrawal: each treaty\'s notice period and armed-conflict wording', () => {
  it('CWC Art. XVI(2): "90 days in advance"; no armed-conflict clause', () => {
    const t = withdraw('cwc', '2000-01-03', '2026-03-02', '2020-01-01');
    expect(t.ok && t.value.withdrawalEffect).toMatchObject({ date: '2026-05-31', rule: 'Art. XVI(2)' });
  });
  it('ATT Art. 24(2): ninety days after the Depositary receives the notification', () => {
    const t = withdraw('att', '2015-01-05', '2026-03-02');
    expect(t.ok && t.value.withdrawalEffect?.date).toBe('2026-05-31');
  });
  it('TPNW Art. 17(3): 12 months after receipt; a State then party to an armed conflict stays bound until it is no longer', () => {
    const plain = withdraw('tpnw', '2021-03-01', '2026-03-02');
    expect(plain.ok && plain.value.withdrawalEffect?.date).toBe('2027-03-02');
    const atWar = withdraw('tpnw', '2021-03-01', '2026-03-02', '2026-01-01');
    expect(atWar.ok && atWar.value.withdrawalEffect).toMatchObject({ date: null, label: 'open' });
    expect(treaty('tpnw').rules.withdrawal?.armedConflictQuote).toContain('il reste lié par les obligations');
  });
  it('CCW Art. 9(2): one year after receipt, of the Convention or of one Protocol; the Party at war continues to be bound', () => {
    const p = withdraw('ccw-p2', '1990-01-02', '2026-03-02');
    expect(p.ok && p.value.withdrawalEffect).toMatchObject({ date: '2027-03-02', rule: 'Art. 9(2) of the Convention' });
    const atWar = withdraw('ccw', '1990-01-02', '2026-03-02', '2026-01-01');
    expect(atWar.ok && atWar.value.withdrawalEffect?.date).toBeNull();
    expect(treaty('ccw').rules.withdrawal?.armedConflictQuote).toContain('shall continue to be bound');
  });
  it('CTBT Art. IX(3): six months\' notice, which only a State Party can give: none can while the Treaty is not in force', () => {
    expect(treaty('ctbt').rules.withdrawal?.notice).toEqual({ amount: 6, unit: 'months', landing: 'same_day' });
    const t = withdraw('ctbt', '2000-01-03', '2026-03-02');
    expect(t.ok ? 'ok' : t.error.code).toBe('withdrawal_by_non_party');
  });
  it('ENMOD: no withdrawal clause at all (Art. VII, unlimited duration)', () => {
    expect(treaty('enmod').rules.withdrawal).toBeNull();
    const t = withdraw('enmod', '2000-01-03', '2026-03-02');
    expect(t.ok ? 'ok' : t.error.code).toBe('no_withdrawal_clause');
  });
});

describe('values the reference marks UNVERIFIED keep their mark', () => {
  it('ENMOD Art. IX(3): the English authentic text\'s "twenty" is not verified (the copy quoted has "20")', () => {
    const marks = treaty('enmod').unverified ?? [];
    expect(marks.map((m) => m.path)).toEqual(['rules.entryIntoForce.quote']);
    // The reason names what is not verified, in the reference's terms (treaty-articles-more.md §1).
    expect(marks[0]?.reason).toMatch(/twenty/);
  });
  it('no other treaty carries a mark', () => {
    for (const t of index.treaties.values()) if (t.id !== 'enmod') expect(t.unverified, t.id).toBeUndefined();
  });
});
