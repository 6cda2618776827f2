import { describe, expect, it } from 'vitest';
import { datesBetween } from '../src/domain/calendar-date.js';
import { PIPELINE_STAGES, pipelineBoard, pipelineOf } from '../src/domain/pipeline.js';
import { shippedPeople } from './support/people.js';
import { referenceRows, shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const people = shippedPeople();
const apmbc = (iso3: string) => referenceRows('apmbc-states.csv').find((r) => r.iso3 === iso3);
const row = (iso3: string, on: string, treaty = 'apmbc') => pipelineOf(index, people, iso3, treaty, on);

// Parliamentary votes on leaving the APMBC (lithuania-constitution.md §3 and §5).
const VOTES: Record<string, string> = { LTU: '2025-05-08', LVA: '2025-04-16', EST: '2025-06-04', FIN: '2025-06-19', POL: '2025-06-25' };

describe('the withdrawal pipeline (the board the web app draws)', () => {
  it('on 2025-05-08 Lithuania has voted in parliament and not deposited', () => {
    const r = row('LTU', '2025-05-08');
    expect(r?.reached).toBe('parliamentary_vote');
    expect(r?.cells.parliamentary_vote?.date).toBe('2025-05-08');
    expect(r?.cells.parliamentary_vote?.label).toMatch(/107 for, 0 against, 3 abstained — adopted; 85 needed/);
    expect(r?.cells.joint_statement?.date).toBe('2025-03-18');
    expect([r?.cells.deposit, r?.cells.effect, r?.status]).toEqual([null, null, 'party']);
    expect(r?.cells.parliamentary_vote?.sources.length).toBeGreaterThan(0);
  });

  it('on the deposit day the deposit is there and the effect is pending, dated by the rule', () => {
    const ref = apmbc('LTU');
    const r = row('LTU', ref?.withdrawal_deposit ?? '');
    expect(r?.reached).toBe('deposit');
    expect(r?.cells.deposit?.date).toBe(ref?.withdrawal_deposit);
    expect(r?.cells.effect).toBeNull();
    expect(r?.effect).toMatchObject({ date: ref?.withdrawal_effective, pending: true });
  });

  it('has, for each of the five 2025 withdrawals, the vote, deposit and effect of the reference tables', () => {
    for (const [iso3, vote] of Object.entries(VOTES)) {
      const ref = apmbc(iso3);
      const r = row(iso3, '2026-11-23');
      expect(r?.reached, iso3).toBe('effect');
      expect(r?.cells.parliamentary_vote?.items.map((i) => i.date), iso3).toContain(vote);
      expect([r?.cells.deposit?.date, r?.cells.effect?.date], iso3).toEqual([ref?.withdrawal_deposit, ref?.withdrawal_effective]);
    }
  });

  it("has Lithuania's CCM withdrawal: the Seimas vote of 2024-07-18, deposit and effect as ccm-states.csv", () => {
    const ref = referenceRows('ccm-states.csv').find((x) => x.iso3 === 'LTU');
    const r = row('LTU', '2026-11-23', 'ccm');
    expect(r?.cells.parliamentary_vote?.date).toBe('2024-07-18');
    expect(r?.cells.parliamentary_vote?.items.map((i) => i.date)).toEqual(['2024-07-11', '2024-07-18']);
    expect([r?.cells.deposit?.date, r?.cells.effect?.date]).toEqual([ref?.withdrawal_deposit, ref?.withdrawal_effective]);
  });

  it('lists only states in a withdrawal process: not Lebanon (joining), Ukraine with its disputed suspension', () => {
    const board = pipelineBoard(index, people, '2026-11-23', 'apmbc');
    expect(board.map((r) => r.iso3).sort()).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'POL', 'UKR']);
    const ukraine = board.find((r) => r.iso3 === 'UKR');
    expect(ukraine).toMatchObject({ reached: 'government_decision', status: 'suspension_notified' });
    expect(ukraine?.note).toMatch(/suspension/);
    expect(pipelineBoard(index, people, '2024-12-31', 'apmbc')).toEqual([]);
  });

  it('never shows on a day a stage dated after it (every month 2024–2026)', () => {
    for (const on of datesBetween('2024-01-01', '2026-12-31', 'month')) {
      for (const r of pipelineBoard(index, people, on, 'apmbc')) {
        for (const s of PIPELINE_STAGES) for (const i of r.cells[s]?.items ?? []) if (!i.uncertain) expect(i.sortDate <= on, `${r.iso3} ${s} ${i.date} on ${on}`).toBe(true);
      }
    }
  });

  it('orders the board by how far each state has gone', () => {
    const board = pipelineBoard(index, people, '2025-06-20', 'apmbc');
    const ranks = board.map((r) => PIPELINE_STAGES.indexOf(r.reached ?? 'first_statement'));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });
});
