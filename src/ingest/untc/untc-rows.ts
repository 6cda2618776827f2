import type { CheerioAPI } from 'cheerio/slim';
import { type Result, domainError, err, ok } from '../../domain/result.js';
import type { UntcColumn } from './untc-columns.js';
import { parseUntcDate } from './untc-dates.js';
import type { UntcEntry, UntcParticipant } from './untc-page.js';

/** A table row as cheerio holds it. */
export type Row = ReturnType<CheerioAPI>;

// A dated cell: "11 Sep 2002 a", "[ 3 Dec 2008 ]", "[24 Mar 2011 n]".
const CELL = /^(\[)?\s*(\d{1,2})\s+([A-Z][a-z]{2,3})\s+(\d{4})\s*([A-Za-z]{1,3})?\s*(\])?$/;

/** Reads the participant rows: the name (footnote marks split off) and each dated cell, as its column's legend says. */
export function readParticipants($: CheerioAPI, rows: readonly Row[], columns: readonly UntcColumn[]): Result<UntcParticipant[]> {
  const out: UntcParticipant[] = [];
  for (const [i, row] of rows.entries()) {
    const cells = row.find('> td').toArray().map((c) => $(c));
    const [first, ...dated] = cells;
    if (!first || dated.length !== columns.length) {
      return bad(`row ${i + 1} has ${cells.length} cells where the heading has ${columns.length + 1}`);
    }
    const notes = first.find('sup a').toArray().map((a) => $(a).text().trim()).filter((n) => /^\d+$/.test(n));
    first.find('sup').remove();
    const name = clean(first.text());
    if (name === '') return bad(`row ${i + 1} has no participant name`);
    const entries: UntcEntry[] = [];
    for (const [j, cell] of dated.entries()) {
      const column = columns[j] as UntcColumn;
      const raw = clean(cell.text());
      if (raw === '') continue;
      const m = CELL.exec(raw);
      const date = m ? parseUntcDate(m[2] ?? '', m[3] ?? '', m[4] ?? '') : undefined;
      if (!m || date === undefined || (m[1] === undefined) !== (m[6] === undefined)) {
        return bad(`${name}: "${raw}" under "${column.heading}" is not a date as the depositary writes them (e.g. "11 Sep 2002 a")`);
      }
      const marker = m[5] ?? '';
      const action = column.markers.get(marker);
      if (action === undefined) return bad(`${name}: the marker "${marker || '(none)'}" in "${raw}" is not in the legend of "${column.heading}"`);
      entries.push({ action, date, marker, bracketed: m[1] !== undefined, text: raw, column: column.heading });
    }
    out.push({ name, notes, entries });
  }
  if (out.length === 0) return bad('the participant table has no rows');
  return ok(out);
}

function bad(what: string): Result<never> {
  return err(domainError('untc_layout_changed', `cannot read this page: ${what}: the page's layout has changed. Nothing was imported.`, 'page'));
}

function clean(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}
