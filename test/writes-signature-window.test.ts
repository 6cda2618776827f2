import { describe, expect, it } from 'vitest';
import { shipped, shippedIndex, treaty } from './support/shipped.js';
import { validateNewEvent } from '../src/domain/validate-event.js';
import { checkSignatureWindow, signatureLastDay } from '../src/domain/signature-window.js';
import { checkStateExisted } from '../src/domain/state-existence.js';
import { currentEvents } from '../src/domain/dataset.js';
import type { EventKind, TreatyEvent } from '../src/domain/event.js';

const TODAY = '2026-11-23';
const event = (iso3: string, treatyId: string | null, kind: EventKind, date: string, extra: Partial<TreatyEvent> = {}): TreatyEvent => ({
  id: `w-${iso3}-${treatyId ?? 'state'}-${kind}-${date}`, iso3, treatyId, kind, date: { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' },
  sources: [{ sourceId: 'S3' }], verified: true, recordedBy: 'test', recordedAt: '2026-01-01T00:00:00Z', ...extra,
});
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const check = (e: TreatyEvent) => {
  const r = validateNewEvent(shippedIndex(), e, TODAY);
  return r.ok ? 'ok' : r.error.code;
};

describe('signature windows, from each treaty\'s own words', () => {
  // Last days known independently of the code: the depositary's notes and each treaty's entry into force
  // (reference/treaty-articles-more.md comparison table; APMBC in force 1 March 1999, CCM 1 August 2010).
  it.each([
    ['apmbc', '1999-02-28'],
    ['ccm', '2010-07-31'],
    ['enmod', '1978-10-04'],
    ['ccw', '1982-04-10'],
    ['cwc', '1997-04-28'],
    ['att', '2014-12-23'],
    ['ctbt', null],
    ['tpnw', null],
    ['ccw-p1', null],
  ])('%s is open for signature until %s', (id, last) => {
    expect(signatureLastDay(treaty(id))).toBe(last);
  });

  it('the CCW window ends on the time-limit the depositary names for Lao PDR\'s late signature', () => {
    const rule = treaty('ccw').rules.signature;
    expect(rule?.kind === 'window' && rule.sources.some((s) => s.quote.includes('time-limit of 10 April 1982'))).toBe(true);
    expect(signatureLastDay(treaty('ccw'))).toBe('1982-04-10');
  });

  it('the ENMOD last day is the day before its entry into force (UNTC: "until 4 October 1978")', () => {
    expect(treaty('enmod').entryIntoForce?.date).toBe('1978-10-05');
  });

  it('every treaty in the shipped data has a signature rule, and each window quote is in its openedForSignature source', () => {
    for (const t of shipped().treaties) {
      const rule = t.rules.signature;
      expect(rule, t.id).toBeDefined();
      if (rule?.kind !== 'window') continue;
      for (const s of rule.sources) expect((t.openedForSignature?.sources ?? []).map((c) => c.sourceId).concat([s.sourceId])).toContain(s.sourceId);
    }
  });

  it.each([
    ['the United States signs the APMBC in 2025', 'signature_window_closed', event('USA', 'apmbc', 'signature', '2025-01-01')],
    ['a signature of the CCM after 31 July 2010', 'signature_window_closed', event('USA', 'ccm', 'signature', '2010-08-01')],
    ['Lao PDR\'s CCW signature of 2 November 1982 (after the time-limit)', 'signature_window_closed', event('SAU', 'ccw', 'signature', '1982-11-02')],
    ['a CWC signature on its entry into force', 'signature_window_closed', event('EGY', 'cwc', 'signature', '1997-04-29')],
    ['an ATT signature in 2015', 'signature_window_closed', event('IND', 'att', 'signature', '2015-01-10')],
    ['an ENMOD signature on 5 October 1978', 'signature_window_closed', event('FRA', 'enmod', 'signature', '1978-10-05')],
    ['a signature of CCW Protocol IV', 'signature_not_provided', event('USA', 'ccw-p4', 'signature', '2000-01-01')],
    ['a TPNW signature in 2026 (no end date)', 'ok', event('NOR', 'tpnw', 'signature', '2026-01-05')],
    ['a CTBT signature today (not in force, still open)', 'ok', event('IND', 'ctbt', 'signature', '2026-01-05')],
    ['an APMBC signature known only to the year 1999 (it may be January)', 'ok', event('USA', 'apmbc', 'signature', '1999')],
    ['a CWC ratification by a state that never signed', 'ratification_without_signature', event('EGY', 'cwc', 'ratification', '2026-01-05')],
    ['an ATT accession before the ATT was in force', 'accession_before_entry_into_force', event('IND', 'att', 'accession', '2014-06-01')],
    ['a CTBT accession (the CTBT is not in force)', 'accession_before_entry_into_force', event('IND', 'ctbt', 'accession', '2026-01-05')],
    ['an ATT accession after entry into force', 'ok', event('IND', 'att', 'accession', '2026-01-05')],
    ['an APMBC accession by the United States', 'ok', event('USA', 'apmbc', 'accession', '2026-01-05')],
  ])('%s: %s', (_label, code, e) => {
    expect(check(e)).toBe(code);
  });

  it('names the article and the dates', () => {
    const r = validateNewEvent(shippedIndex(), event('USA', 'apmbc', 'signature', '2025-01-01'), TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Art\. 15.*1997-12-03 to 1999-02-28|1997-12-03 to 1999-02-28.*Art\. 15/);
  });

  it('every standing event of the shipped data passes the window and existence checks against its own record', () => {
    const index = shippedIndex();
    const events = currentEvents(index.dataset.events);
    const refused: string[] = [];
    for (const e of events) {
      const own = index.eventsByState.get(e.iso3) ?? [];
      const t = e.treatyId === null ? undefined : index.treaties.get(e.treatyId);
      const w = t ? checkSignatureWindow(t, own.filter((x) => x.treatyId === t.id), e) : { ok: true };
      const x = checkStateExisted(own, e);
      if (!w.ok || !x.ok) refused.push(`${e.id}: ${codeOf(w)} ${codeOf(x)}`);
    }
    expect(events.length).toBeGreaterThan(2500);
    expect(refused).toEqual([]);
  });
});

describe('impossible sequences, each with its own code', () => {
  it.each([
    ['France ratifies the APMBC again (it ratified in 1998)', 'already_bound', event('FRA', 'apmbc', 'ratification', '2025-02-01')],
    ['the United States withdraws from the APMBC (never joined)', 'withdrawal_by_non_party', event('USA', 'apmbc', 'withdrawal', '2025-05-01')],
    ['Lithuania deposits a second APMBC withdrawal', 'withdrawal_already_pending', event('LTU', 'apmbc', 'withdrawal', '2025-08-01')],
    ['a withdrawal whose stated effect is before its deposit', 'effect_before_deposit', event('FRA', 'apmbc', 'withdrawal', '2025-05-01', { statedEffect: { date: '2025-04-01', sources: [{ sourceId: 'S3' }] } })],
    ['Montenegro states an intent before 3 June 2006 (its succession dates it)', 'before_state_existed', event('MNE', 'tpnw', 'statement_of_intent', '2005-01-01')],
    ['South Sudan in an armed conflict before 9 July 2011', 'before_state_existed', event('SSD', null, 'armed_conflict_began', '2011-01-01')],
    ['Lithuania accedes to the CCM again after its withdrawal took effect (6 March 2025)', 'ok', event('LTU', 'ccm', 'accession', '2026-01-05')],
  ])('%s: %s', (_label, code, e) => {
    expect(check(e)).toBe(code);
  });
});

describe('the record as it would stand after the write', () => {
  it('refuses a deposit dated before the state\'s recorded signature (the signature would come after it)', () => {
    // Kyrgyzstan signed the TPNW on 26 September 2025 (UNTC XXVI-9) and has not ratified.
    const r = validateNewEvent(shippedIndex(), event('KGZ', 'tpnw', 'ratification', '2025-09-01'), TODAY);
    expect(r.ok ? 'ok' : r.error.code).toBe('signature_after_deposit');
  });

  it('accepts a correction of France\'s APMBC signature to another day inside the window, and refuses one outside it', () => {
    const index = shippedIndex();
    const signed = (index.eventsByState.get('FRA') ?? []).find((e) => e.treatyId === 'apmbc' && e.kind === 'signature');
    expect(signed?.date.value).toBe('1997-12-03');
    const fix = (date: string) => ({ ...event('FRA', 'apmbc', 'signature', date), id: `fix-${date}`, supersedes: signed?.id ?? '' });
    expect(check(fix('1997-12-04'))).toBe('ok');
    expect(check(fix('2025-01-01'))).toBe('signature_after_deposit');
  });

  it('refuses a correction that turns the only signature of a ratifying state into something else', () => {
    const index = shippedIndex();
    const signed = (index.eventsByState.get('FRA') ?? []).find((e) => e.treatyId === 'cwc' && e.kind === 'signature');
    expect(signed).toBeDefined();
    const r = validateNewEvent(index, { ...event('FRA', 'cwc', 'statement_of_intent', '1993-01-13'), supersedes: signed?.id ?? '' }, TODAY);
    expect(r.ok ? 'ok' : r.error.code).toBe('ratification_without_signature');
  });
});
