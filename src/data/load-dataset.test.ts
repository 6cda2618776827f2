import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, DEFAULT_DATA_DIR, loadDataset, parseDatasetFiles } from './load-dataset.js';
import { formatDataError } from './data-error.js';

type Json = Record<string, unknown>;

/** The shipped files as parsed JSON, fresh each call so a test can break its own copy. */
function shippedFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const names = [...DATASET_FILES, ...readdirSync(join(DEFAULT_DATA_DIR, 'events')).map((f) => `events/${f}`)];
  for (const name of names) files[name] = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, name), 'utf8'));
  return files;
}

function list(files: Record<string, unknown>, name: string): Json[] {
  return files[name] as Json[];
}

function record(files: Record<string, unknown>, name: string, key: string, id: string): Json {
  const found = list(files, name).find((r) => r[key] === id);
  if (!found) throw new Error(`no ${id} in ${name}`);
  return found;
}

function refused(files: Record<string, unknown>) {
  const r = parseDatasetFiles(files);
  if (r.ok) throw new Error('expected the dataset to be refused');
  return r.error;
}

describe('loadDataset', () => {
  it('loads the shipped dataset', () => {
    const r = loadDataset();
    if (!r.ok) throw new Error(formatDataError(r.error));
    expect(r.value.states).toHaveLength(197);
    expect(r.value.treaties.map((t) => t.id).slice(0, 2)).toEqual(['apmbc', 'ccm']);
    expect(r.value.groups.map((g) => g.id)).toEqual(['eu', 'nato']);
    expect(r.value.events.length).toBeGreaterThan(500);
    expect(r.value.events.every((e) => e.sources.length > 0)).toBe(true);
  });

  it('names a missing file and a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treatywatch-data-'));
    const files = shippedFiles();
    mkdirSync(join(dir, 'events'));
    for (const [name, value] of Object.entries(files)) if (name !== 'groups.json') writeFileSync(join(dir, name), JSON.stringify(value));
    expect(loadDataset(dir)).toMatchObject({ ok: false, error: { code: 'missing_file', file: 'groups.json' } });
    writeFileSync(join(dir, 'groups.json'), '{ "groups": [');
    expect(loadDataset(dir)).toMatchObject({ ok: false, error: { code: 'invalid_json', file: 'groups.json' } });
  });
});

describe('parseDatasetFiles refuses bad records, naming file, record and field', () => {
  it('an impossible date', () => {
    const files = shippedFiles();
    (record(files, 'events/apmbc.json', 'id', 'apmbc-LTU-ratification').date as Json).value = '2025-02-30';
    const e = refused(files);
    expect(e).toMatchObject({ code: 'invalid_date', file: 'events/apmbc.json', record: 'apmbc-LTU-ratification', field: 'date.value' });
    expect(e.message).toContain('2025-02-30 does not exist in the calendar');
  });

  it('a precision the value does not have', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-LBN-accession').date = { value: '2026', precision: 'day' };
    expect(refused(files)).toMatchObject({ code: 'invalid_date', record: 'apmbc-LBN-accession', field: 'date.precision' });
  });

  it('an impossible stated effect and an impossible source date', () => {
    const files = shippedFiles();
    (record(files, 'events/ccm.json', 'id', 'ccm-LTU-withdrawal').statedEffect as Json).date = '2025-02-29';
    expect(refused(files)).toMatchObject({ code: 'invalid_date', file: 'events/ccm.json', record: 'ccm-LTU-withdrawal', field: 'statedEffect.date' });
    const more = shippedFiles();
    record(more, 'sources.json', 'id', 'S10').date = '2025-13';
    expect(refused(more)).toMatchObject({ code: 'invalid_date', file: 'sources.json', record: 'S10', field: 'date' });
  });

  it('an unknown state', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-EST-withdrawal').iso3 = 'XXX';
    expect(refused(files)).toMatchObject({ code: 'unknown_state', file: 'events/apmbc.json', record: 'apmbc-EST-withdrawal', field: 'iso3' });
  });

  it('an unknown source id', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-FIN-withdrawal').sources = [{ sourceId: 'S999' }];
    expect(refused(files)).toMatchObject({ code: 'unknown_source', record: 'apmbc-FIN-withdrawal', field: 'sources[0].sourceId' });
  });

  it('an unknown source in a stated effect and in a membership', () => {
    const files = shippedFiles();
    (record(files, 'events/apmbc.json', 'id', 'apmbc-POL-withdrawal').statedEffect as Json).sources = [{ sourceId: 'S25' }, { sourceId: 'nowhere' }];
    expect(refused(files)).toMatchObject({ code: 'unknown_source', record: 'apmbc-POL-withdrawal', field: 'statedEffect.sources[1].sourceId' });
    const more = shippedFiles();
    const groups = more['groups.json'] as { memberships: Json[] };
    const gbr = groups.memberships.find((m) => m.groupId === 'eu' && m.iso3 === 'GBR');
    if (!gbr) throw new Error('no eu:GBR');
    gbr.sources = [{ sourceId: 'nowhere' }];
    expect(refused(more)).toMatchObject({ code: 'unknown_source', file: 'groups.json', record: 'eu:GBR', field: 'sources[0].sourceId' });
  });

  it('an empty or missing source list', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-TON-accession').sources = [];
    expect(refused(files)).toMatchObject({ code: 'missing_source', record: 'apmbc-TON-accession', field: 'sources' });
    const more = shippedFiles();
    delete record(more, 'events/apmbc.json', 'id', 'apmbc-TON-accession').sources;
    expect(refused(more)).toMatchObject({ code: 'missing_field', record: 'apmbc-TON-accession', field: 'sources' });
  });

  it('a duplicate id', () => {
    const files = shippedFiles();
    list(files, 'events/ccm.json').push(structuredClone(record(files, 'events/ccm.json', 'id', 'ccm-LTU-ratification')));
    expect(refused(files)).toMatchObject({ code: 'duplicate_id', file: 'events/ccm.json', record: 'ccm-LTU-ratification', field: 'id' });
    const more = shippedFiles();
    list(more, 'sources.json').push({ ...record(more, 'sources.json', 'id', 'S1') });
    expect(refused(more)).toMatchObject({ code: 'duplicate_id', file: 'sources.json', record: 'S1', field: 'id' });
  });

  it('an unknown key', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-LVA-accession').ratifiedOn = '2005-07-01';
    expect(refused(files)).toMatchObject({ code: 'unknown_key', record: 'apmbc-LVA-accession', field: 'ratifiedOn' });
    const more = shippedFiles();
    (record(more, 'events/apmbc.json', 'id', 'apmbc-LVA-withdrawal').statedEffect as Json).dat = '2025-12-27';
    expect(refused(more)).toMatchObject({ code: 'unknown_key', record: 'apmbc-LVA-withdrawal', field: 'statedEffect.dat' });
  });

  it('a wrong kind', () => {
    const files = shippedFiles();
    record(files, 'events/apmbc.json', 'id', 'apmbc-LTU-ratification').kind = 'ratified';
    const e = refused(files);
    expect(e).toMatchObject({ code: 'invalid_value', record: 'apmbc-LTU-ratification', field: 'kind' });
    expect(e.message).toContain('ratification');
    const more = shippedFiles();
    record(more, 'sources.json', 'id', 'S27').kind = 'blog';
    expect(refused(more)).toMatchObject({ code: 'invalid_value', file: 'sources.json', record: 'S27', field: 'kind' });
  });

  it('a treaty-less signature, a misfiled event and a correction of nothing', () => {
    const files = shippedFiles();
    record(files, 'events/ccm.json', 'id', 'ccm-AGO-signature').treatyId = null;
    expect(refused(files)).toMatchObject({ code: 'treaty_required', record: 'ccm-AGO-signature', field: 'treatyId' });
    const moved = shippedFiles();
    record(moved, 'events/ccm.json', 'id', 'ccm-AGO-signature').treatyId = 'apmbc';
    expect(refused(moved)).toMatchObject({ code: 'wrong_file', file: 'events/ccm.json', record: 'ccm-AGO-signature' });
    const corrected = shippedFiles();
    record(corrected, 'events/ccm.json', 'id', 'ccm-AGO-signature').supersedes = 'ccm-AGO-signature-old';
    expect(refused(corrected)).toMatchObject({ code: 'unknown_event', record: 'ccm-AGO-signature', field: 'supersedes' });
  });

  it('a name that two states claim', () => {
    const files = shippedFiles();
    const aliases = record(files, 'states.json', 'iso3', 'VEN').aliases as string[];
    aliases.push('the U.S.');
    const e = refused(files);
    expect(e).toMatchObject({ code: 'duplicate_alias', file: 'states.json', record: 'VEN', field: `aliases[${aliases.length - 1}]` });
    expect(e.message).toContain('USA');
  });

  it('a bad state code, an unknown member and an unknown group', () => {
    const files = shippedFiles();
    record(files, 'states.json', 'iso3', 'LTU').iso2 = 'lt';
    expect(refused(files)).toMatchObject({ code: 'invalid_value', file: 'states.json', record: 'LTU', field: 'iso2' });
    const more = shippedFiles();
    const groups = more['groups.json'] as { memberships: Json[] };
    groups.memberships.push({ groupId: 'nato', iso3: 'ATL', joined: '2030-01-01', sources: [{ sourceId: 'S1' }], verified: true });
    expect(refused(more)).toMatchObject({ code: 'unknown_state', file: 'groups.json', record: 'nato:ATL', field: 'iso3' });
    groups.memberships.pop();
    groups.memberships.push({ groupId: 'asean', iso3: 'LTU', joined: '2030-01-01', sources: [{ sourceId: 'S1' }], verified: true });
    expect(refused(more)).toMatchObject({ code: 'unknown_group', record: 'asean:LTU', field: 'groupId' });
  });

  it('a deadline fulfilled by no event kind, and a day no year has', () => {
    const files = shippedFiles();
    const apmbc = record(files, 'treaties.json', 'id', 'apmbc') as { rules: { deadlines: Json[] } };
    const [first] = apmbc.rules.deadlines;
    if (!first) throw new Error('no deadline');
    first.fulfilledBy = 'stockpile_destruction';
    expect(refused(files)).toMatchObject({ code: 'invalid_value', file: 'treaties.json', record: 'apmbc', field: 'rules.deadlines[0].fulfilledBy' });
    const more = shippedFiles();
    const annual = (record(more, 'treaties.json', 'id', 'ccm') as { rules: { deadlines: Json[] } }).rules.deadlines.find((d) => d.kind === 'annual');
    if (!annual) throw new Error('no annual deadline');
    annual.day = 31;
    expect(refused(more)).toMatchObject({ code: 'invalid_date', record: 'ccm', field: 'rules.deadlines[3].day' });
  });

  it('a missing file', () => {
    const files = shippedFiles();
    delete files['states.json'];
    expect(refused(files)).toMatchObject({ code: 'missing_file', file: 'states.json' });
  });
});
