// Every CLI answer for a date after the record's horizon says so: state, pending, group, series (by its
// --to), matrix and departures (by its --until) print the sentence and give a `horizon` field in --json;
// an answer over several treaties takes the earliest horizon among them; claim verdicts "as of today"
// after the horizon say so in their explanation and in `after_record_horizon`. The horizon is read
// from the stored depositary pages (STATUS AS AT 03-02-2026), not from our data; "today" is 2026-11-23.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../src/claims/check-text.js';
import { indexRecord } from '../src/domain/record-index.js';
import { isBeyondRecord, recordHorizon, treatyHorizon } from '../src/domain/horizon.js';
import { cli, tempDb } from './support/cli.js';
import { REFERENCE, shipped, shippedIndex } from './support/shipped.js';

const dates = new Set(readdirSync(join(REFERENCE, 'untc')).map((f) => {
  const at = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/u.exec(readFileSync(join(REFERENCE, 'untc', f), 'utf8'));
  return at ? `${at[3]}-${at[2]}-${at[1]}` : 'none';
}));
const HORIZON = [...dates][0] ?? '';
const SENTENCE = `The depositary's record is complete to ${HORIZON}; later actions may be missing.`;
const TODAY = '2026-11-23';

const db = tempDb();
const env = { TREATYWATCH_DB: db };
const run = (...args: string[]) => cli(args, env);
async function json<T>(...args: string[]): Promise<T> {
  const r = await run(...args, '--json');
  if (r.code !== 0) throw new Error(`treatywatch ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
interface WithHorizon { horizon?: { record_complete_to: string; source: string; after_horizon: boolean; warning?: string } }

beforeAll(async () => {
  expect([...dates], 'every stored page has the same STATUS AS AT date').toEqual(['2026-02-03']);
  const r = await run('init');
  expect(r.code, r.stderr).toBe(0);
});

describe('CLI answers after the horizon say so, in text and in --json', () => {
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['state', ['state', 'lithuania']],
    ['state --treaty', ['state', 'finland', '--treaty', 'apmbc']],
    ['pending', ['pending', 'apmbc']],
    ['group', ['group', 'nato', 'apmbc']],
    ['series', ['series', 'ccm', '--from', '2025-01-01', '--every', 'month']],
    ['matrix', ['matrix']],
    ['departures', ['departures', '--since', '2025-01-01']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: the sentence in text, horizon.after_horizon in --json`, async () => {
      const text = await run(...args);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout.split('\n').slice(0, 4).join('\n')).toContain(SENTENCE);
      expect((await json<WithHorizon>(...args)).horizon).toEqual({ record_complete_to: HORIZON, source: expect.stringMatching(/^untc-xxvi-/) as unknown, after_horizon: true, warning: SENTENCE });
    });
  }

  it('on the horizon day or before, the field is there without a warning and the text says nothing', async () => {
    for (const args of [['state', 'lithuania', '--on', HORIZON], ['pending', 'apmbc', '--on', HORIZON], ['group', 'eu', 'ccm', '--on', '2025-03-26'], ['matrix', '--on', HORIZON]]) {
      expect((await run(...args)).stdout, args.join(' ')).not.toContain('later actions may be missing');
      expect((await json<WithHorizon>(...args)).horizon, args.join(' ')).toMatchObject({ record_complete_to: HORIZON, after_horizon: false });
    }
  });

  it('series is judged by its last day (--to), departures by --until', async () => {
    expect((await json<WithHorizon>('series', 'apmbc', '--from', '2020-01-01', '--to', HORIZON)).horizon?.after_horizon).toBe(false);
    expect((await json<WithHorizon>('series', 'apmbc', '--from', '2020-01-01', '--to', '2026-02-04')).horizon?.after_horizon).toBe(true);
    expect((await json<WithHorizon>('departures', '--since', '2025-01-01', '--until', HORIZON)).horizon?.after_horizon).toBe(false);
    expect((await run('departures', '--since', '2025-01-01', '--until', '2026-03-01')).stdout).toContain(SENTENCE);
  });

  it('the matrix in CSV stays a plain table (the header of the API carries the date there)', async () => {
    expect((await run('matrix', '--csv')).stdout).not.toContain('later actions');
  });
});

describe('several treaties: the earliest horizon among them', () => {
  it('is the treaty whose record ends first (a record whose CCM page is older, made from the shipped one)', () => {
    const data = shipped();
    // The same record, but with the CCM's status page dated earlier: the CCM's record now ends first.
    const sources = data.sources.map((s) => (s.id === 'untc-xxvi-6' ? { ...s, date: '2025-09-30' } : s));
    const index = indexRecord({ ...data, sources });
    expect(treatyHorizon(index, 'ccm')?.completeTo).toBe('2025-09-30');
    expect(recordHorizon(index, ['apmbc', 'ccm'])).toEqual({ completeTo: '2025-09-30', sourceId: 'untc-xxvi-6', treatyId: 'ccm' });
    expect(recordHorizon(index, ['apmbc'])?.completeTo).toBe(HORIZON);
  });

  it('a protocol with no page of its own takes its parent\'s (CCW Protocol I: the CCW page, which its events cite)', () => {
    const index = shippedIndex();
    expect(treatyHorizon(index, 'ccw-p1')).toEqual({ completeTo: HORIZON, sourceId: 'untc-xxvi-2', treatyId: 'ccw-p1' });
    expect([...index.events.values()].filter((e) => e.treatyId === 'ccw-p1').every((e) => e.sources.some((c) => c.sourceId === 'untc-xxvi-2'))).toBe(true);
  });

  it('treaties with no depositary page add nothing; none at all gives none', () => {
    const data = shipped();
    // The same record without the CCW's depositary number: neither the CCW nor its Protocol I has a page.
    const index = indexRecord({ ...data, treaties: data.treaties.map((t) => {
      if (t.id !== 'ccw') return t;
      const { untcNumber: _dropped, ...rest } = t;
      return rest;
    }) });
    expect(treatyHorizon(index, 'ccw-p1')).toBeUndefined();
    expect(recordHorizon(index, ['ccw-p1', 'apmbc'])?.completeTo).toBe(HORIZON);
    expect(recordHorizon(index, ['ccw-p1', 'ccw'])).toBeUndefined();
    expect(recordHorizon(index, [])).toBeUndefined();
  });
});

describe('claim verdicts "as of today" after the horizon', () => {
  const index = shippedIndex();
  const text = 'The Mine Ban Convention has 166 States Parties. The Convention entered into force on 1 March 1999.';

  it('say so in the explanation and in after_record_horizon; a claim on a rule does not', () => {
    const r = checkText(index, text, { today: TODAY, asOf: '2025-03-26' });
    const count = r.claims.find((c) => c.kind === 'party_count');
    expect(count).toMatchObject({ after_record_horizon: true, record_complete_to: HORIZON });
    expect(count?.explanation_today.endsWith(`(${SENTENCE})`)).toBe(true);
    // As of the text's date (before the horizon) the record is complete: no note.
    expect(count?.explanation).not.toContain('later actions may be missing');
    const rule = r.claims.find((c) => c.kind === 'treaty_date');
    expect(rule?.after_record_horizon).toBeUndefined();
    expect(rule?.explanation_today).not.toContain('later actions');
  });

  it('a today on or before the horizon gives after_record_horizon false and no note', () => {
    const count = checkText(index, text, { today: HORIZON, asOf: '2025-03-26' }).claims.find((c) => c.kind === 'party_count');
    expect(count?.after_record_horizon).toBe(false);
    expect(count?.explanation_today).not.toContain('later actions');
  });

  it('check --json carries it, and the text report prints the note under "Today"', async () => {
    const file = join(db, '..', 'claim.txt');
    writeFileSync(file, text);
    const out = await json<{ claims: { kind: string; after_record_horizon?: boolean; explanation_today: string }[] }>('check', file, '--date', '2025-03-26');
    expect(out.claims.find((c) => c.kind === 'party_count')).toMatchObject({ after_record_horizon: true });
    const report = (await run('check', file, '--date', '2025-03-26')).stdout.replace(/\s+/g, ' ');
    expect(report).toContain(`Today (${TODAY}):`);
    expect(report).toContain(SENTENCE);
  });
});

describe('events beyond the depositary record are labelled as from other sources', () => {
  it('Lebanon\'s APMBC accession ("2026", not on the page of 2026-02-03) is; Poland\'s withdrawal, on the page, is not', () => {
    const index = shippedIndex();
    const h = treatyHorizon(index, 'apmbc');
    const lbn = index.events.get('apmbc-LBN-accession');
    const pol = index.events.get('apmbc-POL-withdrawal');
    if (!lbn || !pol) throw new Error('events missing');
    expect(lbn.date).toEqual({ value: '2026', precision: 'year' });
    expect(isBeyondRecord(h, lbn)).toBe(true);
    expect(isBeyondRecord(h, pol)).toBe(false);
  });

  it('state lebanon says so in text and lists the event in beyondRecord in --json', async () => {
    const text = (await run('state', 'lebanon', '--treaty', 'apmbc')).stdout;
    expect(text).toContain(`not in the depositary's record (complete to ${HORIZON}): from other sources`);
    const j = await json<{ treaties: { treatyId: string; beyondRecord?: string[] }[] }>('state', 'lebanon');
    expect(j.treaties.find((t) => t.treatyId === 'apmbc')?.beyondRecord).toEqual(['apmbc-LBN-accession']);
    expect(j.treaties.find((t) => t.treatyId === 'ccm')?.beyondRecord).toBeUndefined();
  });
});
