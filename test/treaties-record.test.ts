// The six further chapter XXVI treaties against their depositary pages (../shared/reference/untc,
// status as at 2026-02-03), each page parsed here with the depositary import's own reader: the
// counts the page states, and the whole record, row by row. Expected values come from the pages.
import { describe, expect, it } from 'vitest';
import { countsOn } from '../src/domain/counts.js';
import { DEPOSIT_KINDS } from '../src/domain/event.js';
import { resolveState } from '../src/domain/resolve.js';
import { diffUntcPage } from '../src/ingest/untc/untc-diff.js';
import { statusOn } from '../src/domain/status-on.js';
import { DEPOSITED_STATUSES } from '../src/domain/status.js';
import { shippedIndex } from './support/shipped.js';
import { PAGE_DATE, TREATY_PAGES, type PageTreaty, page, pageStanding } from './support/treaty-pages.js';

const index = shippedIndex();
const TREATIES = Object.keys(TREATY_PAGES) as PageTreaty[];
const iso3 = (name: string): string => {
  const r = resolveState(index, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.iso3;
};
const events = (treatyId: string, state: string) => (index.eventsByState.get(state) ?? []).filter((e) => e.treatyId === treatyId);

describe('the counts each page states, on its date', () => {
  it('the pages state what the issue quotes: ATT 117, CWC 193, CCW 128, TPNW 74, ENMOD 78, CTBT 178 ratifications', () => {
    expect(TREATIES.map((t) => [t, page(t).counts.parties])).toEqual([['enmod', 78], ['ccw', 128], ['cwc', 193], ['ctbt', 178], ['att', 117], ['tpnw', 74]]);
  });
  for (const t of TREATIES) {
    it(`${t}: parties counting deposits (the depositary's convention) = the page's "Parties"`, () => {
      expect(countsOn(index, t, PAGE_DATE).parties_deposited).toBe(page(t).counts.parties);
    });
  }
  it('the CTBT is not in force: no entry-into-force milestone, none of its 178 ratifications in force', () => {
    const c = countsOn(index, 'ctbt', PAGE_DATE);
    expect(index.treaties.get('ctbt')?.entryIntoForce).toBeUndefined();
    expect([c.parties_deposited, c.parties_in_force, c.by_status.deposited]).toEqual([178, 0, 178]);
    expect(index.timelines.get('ctbt')?.get(iso3('Lithuania'))?.entryIntoForce).toMatchObject({ date: null, rule: 'Art. XIV' });
  });
  it('the treaties in force on the page date have all their parties in force (the last deposits were more than 90 days before)', () => {
    for (const t of TREATIES.filter((x) => x !== 'ctbt')) expect(countsOn(index, t, PAGE_DATE).parties_in_force, t).toBe(page(t).counts.parties);
  });
});

describe('the whole record of each treaty against its page', () => {
  for (const t of TREATIES) {
    it(`${t}: every state stands on ${PAGE_DATE} where its row puts it, and states without a row are not joined`, () => {
      const pg = page(t);
      const expected = new Map(pg.participants.map((p) => [iso3(p.name), pageStanding(pg, p)]));
      for (const state of index.stateList) {
        const s = statusOn(index.timelines.get(t)?.get(state.iso3), PAGE_DATE).status;
        const want = expected.get(state.iso3) ?? 'not_joined';
        expect(want === 'parties' ? DEPOSITED_STATUSES.includes(s) : s === want, `${t} ${state.iso3}: ${s}, the page says ${want}`).toBe(true);
      }
    });
    it(`${t}: every dated entry of the page is an event citing the page, of the same kind and day, and nothing else cites it`, () => {
      const pg = page(t);
      const source = `untc-${TREATY_PAGES[t].split('-').slice(0, 2).join('-').toLowerCase()}`;
      let entries = 0;
      for (const p of pg.participants) {
        const mine = events(t, iso3(p.name));
        for (const e of p.entries) {
          entries += 1;
          const match = mine.filter((x) => x.kind === e.action && x.date.value === e.date && x.date.precision === 'day');
          expect(match, `${t} ${p.name} ${e.action} ${e.date}`).toHaveLength(1);
          expect(match[0]?.sources.map((c) => c.sourceId)).toContain(source);
        }
      }
      const fromPage = [...index.events.values()].filter((e) => e.treatyId === t && e.sources.some((c) => c.sourceId === source) && ['signature', 'provisional_application', ...DEPOSIT_KINDS].includes(e.kind));
      expect(fromPage).toHaveLength(entries);
    });
  }
  for (const t of TREATIES) {
    it(`${t}: the depositary import (import-untc) finds no difference, and the page's counts agree with ours`, () => {
      const d = diffUntcPage(index, page(t));
      if (!d.ok) throw new Error(d.error.message);
      // A ratification the page no longer shows because the record has it withdrawn (Russia, CTBT) is explained, not a difference.
      const withdrawn = (iso3: string) => events(t, iso3).some((e) => e.kind === 'ratification_withdrawn');
      expect(d.value.differences.filter((x) => !(x.kind === 'not_on_page' && x.eventKind === 'ratification' && withdrawn(x.iso3)))).toEqual([]);
      expect(d.value.counts.parties.ours).toBe(d.value.counts.parties.page);
      expect(d.value.counts.signatories?.ours).toBe(d.value.counts.signatories?.page);
    });
  }
  it('the end-note actions are events, with the depositary\'s words: the United States\' ATT notice of 18 July 2019', () => {
    const note = page('att').endNotes.flatMap((n) => n.actions).find((a) => a.kind === 'intent_not_to_become_party');
    const usa = events('att', 'USA').find((e) => e.kind === 'intent_not_to_become_party');
    expect(usa?.date.value).toBe(note?.date);
    expect(usa?.sources[0]).toEqual({ sourceId: 'untc-xxvi-8', quote: note?.quote });
    expect(statusOn(index.timelines.get('att')?.get('USA'), PAGE_DATE)).toMatchObject({ status: 'not_joined', cause: 'intent_not_to_become_party', since: '2019-07-18' });
    expect(statusOn(index.timelines.get('att')?.get('USA'), '2019-07-17').status).toBe('signatory');
  });
  it('ATT provisional application: the page\'s column, recorded for each state it lists, changing no status', () => {
    const listed = page('att').participants.filter((p) => p.entries.some((e) => e.action === 'provisional_application')).map((p) => iso3(p.name));
    expect(listed).toHaveLength(22);
    const recorded = [...index.events.values()].filter((e) => e.treatyId === 'att' && e.kind === 'provisional_application').map((e) => e.iso3);
    expect(recorded.sort()).toEqual([...listed].sort());
  });
  it('CCW Protocols I-III: one consent for each "x" in the page\'s table, on the deposit or the later date the cell gives', () => {
    const table = page('ccw').otherTables.find((x) => x.headers.includes('Protocol I'));
    if (!table) throw new Error('no protocol table on the CCW page');
    const ids = { 'Protocol I': 'ccw-p1', 'Protocol II': 'ccw-p2', 'Protocol III': 'ccw-p3' } as const;
    for (const [name, ...cells] of table.rows) {
      const state = iso3((name ?? '').replace(/\s+\d+$/, ''));
      for (const [i, cell] of cells.entries()) {
        const id = ids[table.headers[i + 1] as keyof typeof ids];
        const consent = events(id, state).filter((e) => e.kind === 'consent_to_be_bound');
        expect(consent, `${id} ${state} "${cell}"`).toHaveLength(/^x/i.test(cell) ? 1 : 0);
      }
    }
    expect(events('ccw-p3', 'FRA')[0]?.date.value).toBe('2002-07-18');
    expect(events('ccw-p3', 'USA')[0]?.date.value).toBe('2009-01-21');
  });
});

describe('the Russian Federation and the CTBT (from other sources: the page shows only its signature)', () => {
  const rus = index.timelines.get('ctbt')?.get('RUS');
  it('ratified in June 2000 (to the month), withdrew the ratification in November 2023: a signatory again', () => {
    expect(statusOn(rus, '2010-01-01').status).toBe('deposited');
    expect(statusOn(rus, '2023-11-03')).toMatchObject({ status: 'signatory', cause: 'ratification_withdrawn' });
    expect(statusOn(rus, PAGE_DATE).status).toBe(pageStanding(page('ctbt'), page('ctbt').participants.find((p) => p.name === 'Russian Federation') ?? { name: '', notes: [], entries: [] }));
  });
  it('the withdrawal is marked unverified: the depositary\'s date of receipt and notification number are not known', () => {
    const w = events('ctbt', 'RUS').find((e) => e.kind === 'ratification_withdrawn');
    expect(w?.verified).toBe(false);
    expect(w?.details?.notification).toBeUndefined();
    expect(w?.note).toMatch(/UNVERIFIED/);
    expect(events('ctbt', 'RUS').map((e) => [e.kind, e.date.value])).toEqual(expect.arrayContaining([['parliamentary_vote', '2023-10-18'], ['head_of_state_signature', '2023-11-02']]));
  });
});
