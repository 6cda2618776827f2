// The loader's checks for what the further treaties brought: a protocol's parent must exist, a delay
// may be zero (ENMOD), unverified marks are a list of paths, and the new kinds of deposit and action
// are accepted; a broken file is refused with a code naming the file, record and field.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, DEFAULT_DATA_DIR, parseDatasetFiles } from '../src/data/load-dataset.js';

type Json = Record<string, unknown>;

function shippedFiles(): Record<string, unknown> {
  const names = [...DATASET_FILES, ...readdirSync(join(DEFAULT_DATA_DIR, 'events')).map((f) => `events/${f}`)];
  return Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, n), 'utf8')) as unknown]));
}
const treatyIn = (files: Record<string, unknown>, id: string): Json => {
  const t = (files['treaties.json'] as Json[]).find((x) => x.id === id);
  if (!t) throw new Error(`no treaty ${id}`);
  return t;
};
const refused = (files: Record<string, unknown>) => {
  const r = parseDatasetFiles(files);
  if (r.ok) throw new Error('expected the dataset to be refused');
  return r.error;
};

describe('loading the further treaties', () => {
  it('loads: eleven treaties, the CCW Protocols under the CCW, a zero delay for ENMOD', () => {
    const r = parseDatasetFiles(shippedFiles());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.treaties.filter((t) => t.parentTreatyId === 'ccw').map((t) => t.id)).toEqual(['ccw-p1', 'ccw-p2', 'ccw-p3', 'ccw-p4', 'ccw-ap2', 'ccw-art1', 'ccw-p5']);
    expect(r.value.treaties.find((t) => t.id === 'enmod')?.rules.entryIntoForce.laterDelay).toEqual({ amount: 0, unit: 'days', landing: 'same_day' });
  });
  it('refuses a protocol whose parent is no treaty', () => {
    const files = shippedFiles();
    treatyIn(files, 'ccw-p2').parentTreatyId = 'ccw-typo';
    expect(refused(files)).toMatchObject({ code: 'unknown_treaty', file: 'treaties.json', record: 'ccw-p2', field: 'parentTreatyId' });
  });
  it('refuses a negative delay and an unverified mark that is not a list of { path, reason }', () => {
    const files = shippedFiles();
    ((treatyIn(files, 'enmod').rules as Json).entryIntoForce as Json).laterDelay = { amount: -1, unit: 'days', landing: 'same_day' };
    expect(refused(files)).toMatchObject({ code: 'invalid_value', record: 'enmod', field: 'rules.entryIntoForce.laterDelay.amount' });
    const again = shippedFiles();
    treatyIn(again, 'enmod').unverified = 'rules.entryIntoForce.quote';
    expect(refused(again)).toMatchObject({ code: 'invalid_type', record: 'enmod', field: 'unverified' });
    const bare = shippedFiles();
    treatyIn(bare, 'enmod').unverified = ['rules.entryIntoForce.quote'];
    expect(refused(bare), 'a mark without its reason').toMatchObject({ code: 'invalid_type', record: 'enmod', field: 'unverified[0]' });
  });
  it('refuses a consent to a protocol filed under another treaty', () => {
    const files = shippedFiles();
    const consent = (files['events/ccw-p1.json'] as Json[])[0] as Json;
    (files['events/ccw.json'] as Json[]).push({ ...consent, id: 'misfiled' });
    expect(refused(files)).toMatchObject({ code: 'wrong_file', file: 'events/ccw.json', record: 'misfiled' });
  });
});
