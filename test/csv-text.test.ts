// The CSV writer (src/present/csv-text.ts) against csv-stringify, which wrote every export before
// it: the same bytes for any table of strings, including commas, quotes, line ends and empty fields;
// and csv-parse reads back what it wrote. The matrix CSV of the shipped record is compared whole.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusMatrix } from '../src/domain/matrix.js';
import { csvText } from '../src/present/csv-text.js';
import { matrixCsv, matrixCsvHeader, matrixTreatyIds } from '../src/present/matrix-json.js';
import { shippedIndex } from './support/shipped.js';

// Strings made mostly of the characters that decide quoting.
const fieldArb = fc.oneof(fc.string(), fc.stringMatching(/^[a,"\n\r ;'\t=é]*$/));
const tableArb = fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe('csvText', () => {
  it('writes what csv-stringify writes with its defaults (property)', () => {
    fc.assert(fc.property(tableArb, (rows) => {
      expect(csvText(rows)).toBe(stringify(rows));
    }), { numRuns: 500 });
  });

  it('is read back by csv-parse as the same table (property)', () => {
    // A row of one empty field is a blank line, which a CSV reader skips: rows have a non-empty field.
    fc.assert(fc.property(tableArb.filter((rows) => rows.every((r) => r.join('') !== '')), (rows) => {
      const width = rows[0]?.length ?? 0;
      const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
      expect(parse(csvText(even), { relax_column_count: false })).toEqual(even);
    }), { numRuns: 300 });
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvText([['a', 'b,c', 'say "no"', 'line\nbreak', 'cr\r', '', ' x ']])).toBe('a,"b,c","say ""no""","line\nbreak","cr\r",, x \n');
    expect(csvText([])).toBe('');
  });

  it('gives the matrix of the shipped record, every treaty, byte for byte as csv-stringify did', () => {
    const index = shippedIndex();
    const m = statusMatrix(index, '2026-02-03', matrixTreatyIds(index, true));
    const rows = m.states.map((r) => [r.iso3, r.name, ...r.cells.flatMap((c) => [c.status, c.since ?? ''])]);
    expect(matrixCsv(m)).toBe(stringify([matrixCsvHeader(m), ...rows]));
    expect(matrixCsv(m).split('\n')).toHaveLength(index.stateList.length + 2);
  });
});
