// A property test per treaty: random event sequences for one state on a fresh record are accepted by
// validateNewEvent exactly when an independent checker accepts them. The checker below is written
// from the treaties' quoted rules (shared/reference/treaty-articles*.md, the depositary's notes), with
// its own dates and its own calendar arithmetic; it reads nothing of src/ but the event's shape. The
// shipped dataset passes the same checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventKind, TreatyEvent } from '../src/domain/event.js';
import { indexRecord } from '../src/domain/record-index.js';
import { validateNewEvent } from '../src/domain/validate-event.js';
import { currentEvents } from '../src/domain/dataset.js';
import { shipped } from './support/shipped.js';

const TODAY = '2026-11-23';

/** One treaty's rules as the checker reads them from the texts. */
interface Rules {
  /** Opened for signature (the first day any act can be dated). */
  readonly opens: string;
  /** Last day of the signature window; null when it has no end (TPNW "as from"; the CTBT, not in force); NEVER when never open for signature. */
  readonly lastSignature: string | null;
  /** The treaty's own entry into force; null while not in force (CTBT). */
  readonly inForce: string | null;
  /** A later state's entry into force after its deposit. */
  readonly later: (deposit: string) => string;
  /** When a withdrawal takes effect; null when there is no withdrawal clause (ENMOD). */
  readonly withdrawal: ((deposit: string) => string) | null;
  /** "subject to ratification by States Signatories": a ratification needs the state's signature first. */
  readonly ratifyNeedsSignature: boolean;
  /** "Any State which does not sign … before its entry into force may accede to it at any time thereafter". */
  readonly accedeOnlyInForce: boolean;
}

// Calendar arithmetic of the checker's own (dates are generated with days 1-28, so months never overflow).
const ymd = (d: string) => d.split('-').map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const plusMonths = (d: string, n: number) => {
  const [y, m, day] = ymd(d);
  const total = y * 12 + (m - 1) + n;
  return iso(Math.floor(total / 12), (total % 12) + 1, day);
};
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
// "the first day of the sixth month after the month in which" (APMBC, CCM Art. 17).
const firstOfSixthMonth = (d: string) => `${plusMonths(d, 6).slice(0, 8)}01`;

/** The signature window of an instrument never open for signature. */
const NEVER = 'never';

const ccwInstrument = (opens: string, inForce: string): Rules => ({
  // CCW Art. 4(3)-(4): the protocols and the amendment are joined by consent or instrument, never signed;
  // Art. 5(4): six months after consent; Art. 9(2): denunciation takes effect one year after receipt.
  opens, lastSignature: NEVER, inForce, later: (d) => plusMonths(d, 6), withdrawal: (d) => plusMonths(d, 12), ratifyNeedsSignature: false, accedeOnlyInForce: false,
});

const RULES: Readonly<Record<string, Rules>> = {
  // UNTC XXVI-5: open "until its entry into force" (1 March 1999); Art. 17(2); Art. 20(3) six months.
  apmbc: { opens: '1997-12-03', lastSignature: '1999-02-28', inForce: '1999-03-01', later: firstOfSixthMonth, withdrawal: (d) => plusMonths(d, 6), ratifyNeedsSignature: false, accedeOnlyInForce: false },
  // UNTC XXVI-6: "until its entry into force" (1 August 2010); Art. 17(2); Art. 20 six months.
  ccm: { opens: '2008-12-03', lastSignature: '2010-07-31', inForce: '2010-08-01', later: firstOfSixthMonth, withdrawal: (d) => plusMonths(d, 6), ratifyNeedsSignature: false, accedeOnlyInForce: false },
  // UNTC XXVI-1: "open for signature by States until 4 October 1978"; Art. IX(1)-(2), IX(4) on the day of deposit; no withdrawal clause.
  enmod: { opens: '1977-05-18', lastSignature: '1978-10-04', inForce: '1978-10-05', later: (d) => d, withdrawal: null, ratifyNeedsSignature: true, accedeOnlyInForce: false },
  // Art. 3: "for a period of twelve months from 10 April 1981" (the depositary: "the time-limit of 10 April 1982"); Art. 4(1), 5(2), 9(2).
  ccw: { opens: '1981-04-10', lastSignature: '1982-04-10', inForce: '1983-12-02', later: (d) => plusMonths(d, 6), withdrawal: (d) => plusMonths(d, 12), ratifyNeedsSignature: true, accedeOnlyInForce: false },
  'ccw-p1': ccwInstrument('1981-04-10', '1983-12-02'),
  'ccw-p2': ccwInstrument('1981-04-10', '1983-12-02'),
  'ccw-p3': ccwInstrument('1981-04-10', '1983-12-02'),
  'ccw-p4': ccwInstrument('1995-10-13', '1998-07-30'),
  'ccw-ap2': ccwInstrument('1996-05-03', '1998-12-03'),
  'ccw-art1': ccwInstrument('2001-12-21', '2004-05-18'),
  'ccw-p5': ccwInstrument('2003-11-28', '2006-11-12'),
  // Art. XVIII "before its entry into force" (29 April 1997); XIX, XX; XXI(2) the 30th day; XVI(2) 90 days.
  cwc: { opens: '1993-01-13', lastSignature: '1997-04-28', inForce: '1997-04-29', later: (d) => plusDays(d, 30), withdrawal: (d) => plusDays(d, 90), ratifyNeedsSignature: true, accedeOnlyInForce: true },
  // Art. XI "before its entry into force" (not yet); XII, XIII; not in force, so no state is a party.
  ctbt: { opens: '1996-09-24', lastSignature: null, inForce: null, later: (d) => plusDays(d, 30), withdrawal: (d) => plusMonths(d, 6), ratifyNeedsSignature: true, accedeOnlyInForce: true },
  // Art. 21(1) "until its entry into force" (24 December 2014); 21(2)-(3); 22(2) ninety days; 24(2) ninety days.
  att: { opens: '2013-06-03', lastSignature: '2014-12-23', inForce: '2014-12-24', later: (d) => plusDays(d, 90), withdrawal: (d) => plusDays(d, 90), ratifyNeedsSignature: true, accedeOnlyInForce: true },
  // Art. 13 "as from 20 September 2017" (no end); Art. 15(2) 90 days; Art. 17(3) 12 months.
  tpnw: { opens: '2017-09-20', lastSignature: null, inForce: '2021-01-22', later: (d) => plusDays(d, 90), withdrawal: (d) => plusMonths(d, 12), ratifyNeedsSignature: false, accedeOnlyInForce: false },
};

const DEPOSITS: readonly string[] = ['ratification', 'accession', 'acceptance', 'approval', 'succession', 'consent_to_be_bound'];
// Same-day order, as the treaties' logic reads: signed, then deposited, then in force, then withdrawn, then the withdrawal's effect.
const ORDER: Readonly<Record<string, number>> = { signature: 0, deposit: 1, in_force: 2, suspension_notice: 3, withdrawal: 4, ratification_withdrawn: 4, intent_not_to_become_party: 4, effect: 5 };

/** A minimal view of an event: what the checker needs. */
interface Act {
  readonly kind: string;
  /** The earliest day the date can be (a "1998-09" is read from its first day). */
  readonly date: string;
  readonly effectiveFrom?: string;
}

const earliest = (value: string) => (value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);

/** Whether one state's acts under a treaty make a history the treaty's text allows. */
function allowed(rules: Rules, acts: readonly Act[]): boolean {
  const signatures = acts.filter((a) => a.kind === 'signature');
  if (signatures.length > 1) return false;
  const signed = signatures[0]?.date;
  if (signed !== undefined) {
    if (rules.lastSignature === NEVER) return false;
    if (rules.lastSignature !== null && signed > rules.lastSignature) return false;
  }
  for (const a of acts) {
    if (a.date < rules.opens || a.date > TODAY) return false;
    if (DEPOSITS.includes(a.kind) && signed !== undefined && a.date < signed) return false;
    const hasSigned = signed !== undefined && signed <= a.date;
    if (a.kind === 'ratification' && rules.ratifyNeedsSignature && rules.lastSignature !== NEVER && !hasSigned) return false;
    if (a.kind === 'accession' && rules.accedeOnlyInForce && !hasSigned && (rules.inForce === null || a.date < rules.inForce)) return false;
  }
  // Walk through time: a deposit only when not bound, a withdrawal only by a party, one at a time.
  type Step = { date: string; order: number; kind: string; act?: Act };
  const steps: Step[] = acts.flatMap((a) => {
    const order = DEPOSITS.includes(a.kind) ? ORDER.deposit : ORDER[a.kind];
    return order === undefined ? [] : [{ date: a.date, order, kind: DEPOSITS.includes(a.kind) ? 'deposit' : a.kind, act: a }];
  });
  let status: 'out' | 'signatory' | 'deposited' | 'party' | 'suspended' | 'pending' | 'withdrawn' = 'out';
  while (steps.length > 0) {
    steps.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.order - y.order));
    const s = steps.shift() as Step;
    if (s.kind === 'signature') {
      if (status === 'out') status = 'signatory';
    } else if (s.kind === 'deposit') {
      if (status !== 'out' && status !== 'signatory' && status !== 'withdrawn') return false;
      status = 'deposited';
      const own = s.act?.effectiveFrom ?? (rules.inForce === null ? null : [rules.inForce, rules.later(s.date)].sort()[1] ?? null);
      if (own !== null && own <= s.date) status = 'party';
      else if (own !== null) steps.push({ date: own, order: ORDER.in_force ?? 2, kind: 'in_force' });
    } else if (s.kind === 'in_force') {
      if (status === 'deposited') status = 'party';
    } else if (s.kind === 'ratification_withdrawn') {
      if (status !== 'deposited') return false;
      for (let i = steps.length - 1; i >= 0; i -= 1) if (steps[i]?.kind === 'in_force') steps.splice(i, 1);
      status = signed !== undefined && signed <= s.date ? 'signatory' : 'out';
    } else if (s.kind === 'intent_not_to_become_party') {
      if (status !== 'signatory') return false;
      status = 'out';
    } else if (s.kind === 'suspension_notice') {
      if (status !== 'party') return false;
      status = 'suspended';
    } else if (s.kind === 'withdrawal') {
      if (rules.withdrawal === null || (status !== 'party' && status !== 'suspended')) return false;
      status = 'pending';
      steps.push({ date: rules.withdrawal(s.date), order: ORDER.effect ?? 5, kind: 'effect' });
    } else if (s.kind === 'effect') {
      if (status === 'pending') status = 'withdrawn';
    }
  }
  return true;
}

const dataset = shipped();
// A fresh record: the shipped treaties and sources, the one state the sequences are for, and no events
// (one state keeps indexing the record after each accepted event cheap).
const fresh = { ...dataset, states: dataset.states.filter((s) => s.iso3 === 'NOR'), memberships: [], events: [] };
const KINDS: readonly EventKind[] = ['signature', 'ratification', 'accession', 'acceptance', 'approval', 'consent_to_be_bound', 'withdrawal', 'ratification_withdrawn'];

/** A date near one of the treaty's turning points (or anywhere), with a day of 1-28. */
function dateArb(rules: Rules): fc.Arbitrary<string> {
  const pivots = [rules.opens, rules.lastSignature, rules.inForce, '2025-01-01'].filter((d): d is string => d !== null && d !== NEVER);
  // Half the dates fall within two days of a turning point, where an off-by-one would show.
  return fc.tuple(fc.constantFrom(...pivots), fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -500, max: 1500 }))).map(([pivot, offset]) => {
    const d = plusDays(pivot, offset);
    const [y, m, day] = ymd(d);
    return iso(y, m, Math.min(day, 28));
  });
}

describe.each(Object.keys(RULES))('random event sequences under %s', (treatyId) => {
  const rules = RULES[treatyId] as Rules;

  it('are accepted exactly when the checker written from the quoted rules accepts them (property)', () => {
    expect(dataset.treaties.some((t) => t.id === treatyId)).toBe(true);
    let accepted = 0;
    let refused = 0;
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...KINDS), dateArb(rules)), { minLength: 1, maxLength: 7 }), (steps) => {
      let events: TreatyEvent[] = [];
      for (const [n, [kind, date]] of steps.entries()) {
        const e: TreatyEvent = {
          id: `p-${n}-${kind}-${date}`, iso3: 'NOR', treatyId, kind, date: { value: date, precision: 'day' },
          sources: [{ sourceId: 'S3' }], verified: true, recordedBy: 'property', recordedAt: '2026-01-01T00:00:00Z',
        };
        const duplicate = events.some((x) => x.kind === kind && x.date.value === date);
        const expected = !duplicate && allowed(rules, [...events, e].map((x) => ({ kind: x.kind, date: x.date.value })));
        const r = validateNewEvent(indexRecord({ ...fresh, events }), e, TODAY);
        expect(r.ok, `${treatyId}: ${[...events, e].map((x) => `${x.kind} ${x.date.value}`).join(', ')}${r.ok ? '' : ` → ${r.error.code}: ${r.error.message}`}`).toBe(expected);
        if (r.ok) {
          events = [...events, e];
          accepted += 1;
        } else refused += 1;
      }
    }), { numRuns: 200 });
    // Both answers occur, so the property is not won by refusing (or accepting) everything.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it('the shipped record of every state passes the checker', () => {
    const events = currentEvents(dataset.events).filter((e) => e.treatyId === treatyId);
    const byState = new Map<string, Act[]>();
    for (const e of events) byState.set(e.iso3, [...(byState.get(e.iso3) ?? []), { kind: e.kind, date: earliest(e.date.value), ...(e.effectiveFrom ? { effectiveFrom: e.effectiveFrom } : {}) }]);
    expect(byState.size).toBeGreaterThan(40);
    const refused = [...byState].filter(([, acts]) => !allowed(rules, acts)).map(([iso3]) => iso3);
    expect(refused).toEqual([]);
  });
});
