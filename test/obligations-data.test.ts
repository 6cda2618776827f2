import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../src/data/load-dataset.js';
import { OBLIGATIONS_FILE, parseObligations } from '../src/data/monitor/load-obligations.js';
import { shipped, shippedMonitorIndex, shippedObligations } from './support/shipped.js';

type Json = Record<string, unknown>;
/** The shipped file as parsed JSON, fresh each call so a test can break its own copy. */
const fileJson = (): { sources: Json[]; events: Json[] } => JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, OBLIGATIONS_FILE), 'utf8')) as { sources: Json[]; events: Json[] };

const dataset = shipped();

function refused(json: unknown) {
  const r = parseObligations(json, dataset);
  if (r.ok) throw new Error('expected the obligations file to be refused');
  return r.error;
}

/** The first event of a state, obligation and kind in the file. */
function find(json: { events: Json[] }, state: string, obligation: string, kind: string): Json {
  const e = json.events.find((x) => x['state'] === state && x['obligation'] === obligation && x['kind'] === kind);
  if (!e) throw new Error(`no ${state} ${obligation} ${kind}`);
  return e;
}

describe('the Monitor obligation record (data/monitor/obligations.json)', () => {
  it('loads every event with its source and quote into the record index', () => {
    const record = shippedObligations();
    const raw = fileJson();
    expect(record.events).toHaveLength(raw.events.length);
    expect(new Set(record.events.map((e) => e.id)).size).toBe(record.events.length);
    const index = shippedMonitorIndex();
    for (const e of record.events) {
      expect(index.obligationSources.get(e.citation.sourceId)?.url).toMatch(/^https?:\/\//);
      expect(e.citation.quote.length).toBeGreaterThan(10);
    }
    expect(index.obligationEvents.get('KHM')?.filter((e) => e.kind === 'extension_granted').map((e) => e.kind === 'extension_granted' && e.deadline.value)).toEqual(['2025-12-31', '2030-12-31', '2020-01-01']);
  });

  it('keeps dates as precise as the source gives them', () => {
    const cambodia2030 = shippedObligations().events.find((e) => e.iso3 === 'KHM' && e.kind === 'extension_granted' && e.deadline.value === '2030-12-31');
    expect(cambodia2030?.date).toEqual({ value: '2025-12', precision: 'month' });
    expect(cambodia2030?.citation.quote).toContain('December 31, 2030');
  });

  it('keeps both of two sources that disagree, marked disputed (Jordan)', () => {
    const jordan = shippedObligations().events.filter((e) => e.iso3 === 'JOR');
    expect(jordan.map((e) => [e.kind, e.disputed])).toEqual([['completed', true], ['contamination_found', true]]);
  });

  it('refuses an impossible date, naming the record and field', () => {
    const json = fileJson();
    find(json, 'KHM', 'mined_area_clearance', 'extension_granted')['deadline'] = '2025-02-30';
    const e = refused(json);
    expect(e).toMatchObject({ code: 'invalid_date', file: OBLIGATIONS_FILE, field: 'deadline' });
    expect(e.record).toMatch(/^#\d+ KHM mined_area_clearance$/);
    expect(e.message).toContain('2025-02-30');
  });

  it('refuses an extension whose deadline is before its grant', () => {
    const json = fileJson();
    const grant = json.events.find((x) => x['state'] === 'KHM' && x['deadline'] === '2030-12-31');
    if (!grant) throw new Error('no Cambodia 2030 grant');
    grant['deadline'] = '2024-12-31';
    expect(refused(json)).toMatchObject({ code: 'deadline_before_date', field: 'deadline' });
  });

  it('refuses a completion or an extension dated before entry into force', () => {
    // Cambodia: APMBC in force for it on 2000-01-01 (deposit 1999-07-28, Art. 17(2)).
    const json = fileJson();
    const grant = json.events.find((x) => x['state'] === 'KHM' && x['deadline'] === '2030-12-31');
    if (!grant) throw new Error('no Cambodia 2030 grant');
    grant['date'] = '1999-12';
    grant['deadline'] = '2009';
    expect(refused(json)).toMatchObject({ code: 'before_entry_into_force', field: 'date' });
    const again = fileJson();
    find(again, 'MOZ', 'mined_area_clearance', 'completed')['date'] = '1998';
    const e = refused(again);
    expect(e).toMatchObject({ code: 'before_entry_into_force', field: 'date' });
    expect(e.message).toContain('1999-03-01');
  });

  it('refuses an unknown obligation, state, source and a finding filed under a deadline', () => {
    const a = fileJson();
    find(a, 'KHM', 'mined_area_clearance', 'extension_requested')['obligation'] = 'mine_clearance';
    expect(refused(a)).toMatchObject({ code: 'unknown_obligation', field: 'obligation' });
    const b = fileJson();
    find(b, 'KHM', 'mined_area_clearance', 'extension_requested')['state'] = 'XXX';
    expect(refused(b)).toMatchObject({ code: 'unknown_state', field: 'state' });
    const c = fileJson();
    find(c, 'KHM', 'mined_area_clearance', 'extension_requested')['sourceId'] = 'nowhere';
    expect(refused(c)).toMatchObject({ code: 'unknown_source', field: 'sourceId' });
    const d = fileJson();
    find(d, 'MMR', 'monitor_finding', 'finding')['obligation'] = 'stockpile_destruction';
    expect(refused(d)).toMatchObject({ code: 'invalid_value', field: 'kind' });
    const e = fileJson();
    delete find(e, 'KHM', 'mined_area_clearance', 'extension_requested')['quote'];
    expect(refused(e)).toMatchObject({ code: 'missing_field', field: 'quote' });
  });
});
