// The whole shipped dataset against the reference tables in ../shared/reference (tests may read
// them; the product never does). Values the reference still marks unverified are not used as
// expected values: their events must carry verified: false instead.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load-dataset.js';
import { formatDataError } from '../src/data/data-error.js';
import type { Dataset } from '../src/domain/dataset.js';
import type { TreatyEvent } from '../src/domain/event.js';
import { indexRecord } from '../src/domain/record-index.js';
import { resolveState } from '../src/domain/resolve.js';

const REFERENCE = fileURLToPath(new URL('../../shared/reference/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse<Row>(readFileSync(REFERENCE + file, 'utf8'), { columns: true, skip_empty_lines: true });

function dataset(): Dataset {
  const r = loadDataset();
  if (!r.ok) throw new Error(formatDataError(r.error));
  return r.value;
}
const DATA = dataset();

/** A notes cell that still marks a value unverified ("SOURCED (was UNVERIFIED …)" is verified now). */
function unverified(notes: string): boolean {
  const rest = notes.replace(/\(was UNVERIFIED[^)]*\)/g, '').replace(/\(earlier derived[^)]*\)/g, '');
  return /UNVERIFIED|from memory|\bderived\b/i.test(rest);
}

const LOGGED = ['signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'withdrawal'];

function eventsOf(treatyId: string, iso3: string): TreatyEvent[] {
  return DATA.events.filter((e) => e.treatyId === treatyId && e.iso3 === iso3);
}

function one(events: readonly TreatyEvent[], kind: string): TreatyEvent {
  const found = events.filter((e) => e.kind === kind);
  expect(found, kind).toHaveLength(1);
  const [e] = found;
  if (!e) throw new Error(`no ${kind}`);
  return e;
}

/** Every date of every row of a reference table, as the dataset holds it. */
function checkTable(treatyId: string, file: string): void {
  const rows = csv(file);
  for (const row of rows) {
    const iso3 = row.iso3 ?? '';
    const mine = eventsOf(treatyId, iso3);
    const context = `${treatyId} ${iso3}`;
    const expectedKinds = [row.signature ? 'signature' : '', row.deposit_kind ?? '', row.withdrawal_deposit ? 'withdrawal' : ''].filter(Boolean).sort();
    expect(mine.filter((e) => LOGGED.includes(e.kind)).map((e) => e.kind).sort(), context).toEqual(expectedKinds);
    const flagged = unverified(row.notes ?? '');
    for (const e of mine.filter((x) => LOGGED.includes(x.kind))) expect(e.verified, `${e.id} verified`).toBe(!flagged);
    if (flagged) continue;
    if (row.signature) expect(one(mine, 'signature').date, context).toEqual({ value: row.signature, precision: 'day' });
    if (row.deposit_kind) {
      const deposit = one(mine, row.deposit_kind);
      if (row.deposit) expect(deposit.date, context).toEqual({ value: row.deposit, precision: 'day' });
      else expect(deposit.date.precision, `${context}: a deposit day the reference does not give`).not.toBe('day');
      if (row.entry_into_force) expect(deposit.statedEffect?.date, context).toBe(row.entry_into_force);
      else expect(deposit.statedEffect, context).toBeUndefined();
      if (row.deposit_kind === 'succession') expect(deposit.effectiveFrom, context).toBe(row.entry_into_force);
      else expect(deposit.effectiveFrom, context).toBeUndefined();
    }
    if (row.withdrawal_deposit) {
      const w = one(mine, 'withdrawal');
      expect(w.date, context).toEqual({ value: row.withdrawal_deposit, precision: 'day' });
      expect(w.statedEffect?.date, context).toBe(row.withdrawal_effective);
    }
  }
  const inTable = new Set(rows.filter((r) => r.signature || r.deposit_kind).map((r) => r.iso3));
  const logged = new Set(DATA.events.filter((e) => e.treatyId === treatyId && LOGGED.includes(e.kind)).map((e) => e.iso3));
  expect([...logged].sort()).toEqual([...inTable].sort());
}

describe('the dataset against the reference tables', () => {
  it('apmbc-states.csv: every signature, deposit, kind, entry into force and withdrawal', () => {
    checkTable('apmbc', 'apmbc-states.csv');
  });

  it('ccm-states.csv: every signature, deposit, kind, entry into force and withdrawal', () => {
    checkTable('ccm', 'ccm-states.csv');
  });

  it('the withdrawals carry the depositary notifications of the reference README', () => {
    const notifications: Record<string, string> = {
      'apmbc-EST-withdrawal': 'C.N.360.2025',
      'apmbc-LVA-withdrawal': 'C.N.361.2025',
      'apmbc-LTU-withdrawal': 'C.N.362.2025',
      'apmbc-FIN-withdrawal': 'C.N.372.2025',
      'apmbc-POL-withdrawal': 'C.N.421.2025',
      'ccm-LTU-withdrawal': 'C.N.347.2024',
    };
    for (const [id, number] of Object.entries(notifications)) {
      const e = DATA.events.find((x) => x.id === id);
      expect(String(e?.details?.['notification']), id).toMatch(new RegExp(`^${number.replace(/\./g, '\\.')}\\.TREATIES`));
    }
  });

  it("Ukraine's disputed suspension and Lebanon's accession known only to the year", () => {
    const ukr = eventsOf('apmbc', 'UKR');
    const notice = one(ukr, 'suspension_notice');
    expect(notice.date).toEqual({ value: '2025-07-18', precision: 'day' });
    expect(notice.sources.map((s) => s.sourceId)).toEqual(['S27', 'S28', 'S29']);
    expect(notice.note).toMatch(/art\. 62/);
    expect(notice.note).toMatch(/not an Art\. 20 instrument of withdrawal/);
    expect(ukr.some((e) => e.kind === 'withdrawal')).toBe(false);
    const lbn = eventsOf('apmbc', 'LBN');
    expect(one(lbn, 'government_decision').date).toEqual({ value: '2026-01-12', precision: 'day' });
    const accession = one(lbn, 'accession');
    expect(accession.date).toEqual({ value: '2026', precision: 'year' });
    expect(accession.sources.map((s) => s.sourceId)).toEqual(['S2', 'S14']);
  });

  it("Belarus: S1's 2004-02-01 is corrected to 2004-03-01, with the conflict kept", () => {
    const e = one(eventsOf('apmbc', 'BLR'), 'accession');
    expect(e.statedEffect?.date).toBe('2004-03-01');
    expect(e.statedEffect?.sources.map((s) => s.sourceId)).toEqual(['S32']);
    expect(e.note).toContain('2004-02-01');
  });

  it('the engine accepts every state history', () => {
    expect(indexRecord(DATA).problems).toEqual([]);
  });
});

describe('states and their names', () => {
  const index = indexRecord(DATA);
  const resolves = (name: string, iso3: string | undefined) => {
    const r = resolveState(index, name);
    expect(r.ok ? r.value.iso3 : r.error.message, name).toBe(iso3);
  };

  it('are the 197 states of apmbc-states.csv, with unique codes', () => {
    const rows = csv('apmbc-states.csv');
    expect(DATA.states.map((s) => s.iso3).sort()).toEqual(rows.map((r) => r.iso3).sort());
    expect(new Set(DATA.states.map((s) => s.iso2)).size).toBe(197);
    for (const s of DATA.states) expect(s.iso2, s.iso3).toMatch(/^[A-Z]{2}$/);
  });

  it('every name in the reference tables resolves to its row', () => {
    for (const file of ['apmbc-states.csv', 'ccm-states.csv', 'org-memberships.csv']) for (const r of csv(file)) resolves(r.name ?? '', r.iso3);
  });

  it('the names texts use resolve', () => {
    const names: Record<string, string> = {
      'United States': 'USA', 'the United States': 'USA', 'U.S.': 'USA', US: 'USA', USA: 'USA', America: 'USA', 'United States of America': 'USA',
      Türkiye: 'TUR', Turkey: 'TUR', Turkiye: 'TUR', 'Holy See': 'VAT', Vatican: 'VAT', 'State of Palestine': 'PSE', Palestine: 'PSE',
      'Republic of Korea': 'KOR', 'South Korea': 'KOR', 'North Korea': 'PRK', DPRK: 'PRK', Russia: 'RUS', 'Russian Federation': 'RUS',
      UK: 'GBR', 'United Kingdom': 'GBR', Britain: 'GBR', 'Great Britain': 'GBR', 'Czech Republic': 'CZE',
      'The former Yugoslav Republic of Macedonia': 'MKD', Macedonia: 'MKD', Swaziland: 'SWZ', 'Cape Verde': 'CPV',
      "Côte d'Ivoire": 'CIV', 'Ivory Coast': 'CIV', Burma: 'MMR', Bosnia: 'BIH', 'Republic of Lithuania': 'LTU',
      'Bahamas (The)': 'BHS', 'St. Kitts and Nevis': 'KNA',
    };
    for (const [name, iso3] of Object.entries(names)) resolves(name, iso3);
  });

  it('the state names of the corpus resolve', () => {
    const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(CORPUS + f, 'utf8')).join('\n');
    const names: Record<string, string> = {
      Lithuania: 'LTU', Russia: 'RUS', Ukraine: 'UKR', Belarus: 'BLR', Poland: 'POL', Latvia: 'LVA', Estonia: 'EST', Finland: 'FIN',
      'North Korea': 'PRK', Myanmar: 'MMR', Iran: 'IRN', China: 'CHN', 'Bosnia and Herzegovina': 'BIH', Bosnia: 'BIH', Serbia: 'SRB',
      'the United States': 'USA', 'the US': 'USA', 'U.S.': 'USA', Mozambique: 'MOZ', Malawi: 'MWI', Lebanon: 'LBN',
      Switzerland: 'CHE', Sweden: 'SWE', 'Republic of Lithuania': 'LTU',
    };
    for (const [name, iso3] of Object.entries(names)) {
      expect(corpus.includes(name), `"${name}" is in the corpus`).toBe(true);
      resolves(name, iso3);
    }
  });
});

describe('groups', () => {
  it('memberships equal org-memberships.csv', () => {
    const rows = csv('org-memberships.csv');
    const mine = DATA.memberships.map((m) => `${m.groupId} ${m.iso3} ${m.joined} ${m.left ?? ''}`).sort();
    expect(mine).toEqual(rows.map((r) => `${(r.org ?? '').toLowerCase()} ${r.iso3} ${r.joined} ${r.left}`).sort());
    expect(DATA.memberships.find((m) => m.groupId === 'eu' && m.iso3 === 'GBR')?.left).toBe('2020-01-31');
    expect(DATA.memberships.every((m) => m.sources.length > 0 && m.verified)).toBe(true);
  });

  it('the NATO founders keep the caveat on the unused date', () => {
    const usa = DATA.memberships.find((m) => m.groupId === 'nato' && m.iso3 === 'USA');
    expect(usa?.joined).toBe('1949-04-04');
    expect(usa?.note).toContain('UNVERIFIED');
  });
});
