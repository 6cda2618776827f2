import { type CheerioAPI, load } from 'cheerio/slim';
import { parseIsoDate } from '../../domain/calendar-date.js';
import { type Result, domainError, err, ok } from '../../domain/result.js';
import { type UntcColumn, readColumn } from './untc-columns.js';
import { readEndNotes } from './untc-end-notes.js';
import { type Row, readParticipants } from './untc-rows.js';
import type { UntcOtherTable, UntcPage } from './untc-page.js';

/**
 * Reads a UN Treaty Collection status page as published (chapter XXVI-5, XXVI-6, or any other
 * treaty's): the "status as at" date, the treaty, the page's own counts, the participant table
 * (whatever its columns, read from their headings and legends), the end notes with their
 * notifications and actions, and any other tables. A page whose layout is not the one this
 * reader knows is refused with `untc_layout_changed` saying what is missing: never a wrong import.
 */
export function parseUntcPage(html: string): Result<UntcPage> {
  const $ = load(html);
  $('script, style, noscript, template').remove();
  const status = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/.exec($('body').text());
  if (!status) return layout('it has no "STATUS AS AT" line: is this a UN Treaty Collection status page (treaties.un.org, "Status of Treaties")?', 'not_untc_page');
  const asAt = parseIsoDate(`${status[3]}-${status[2]}-${status[1]}`);
  if (!asAt.ok) return layout(`its "STATUS AS AT" date ${status[1]}-${status[2]}-${status[3]} is not a date`);
  const chapter = /CHAPTER\s+([IVXLC]+)\b/.exec(text($, '[id$="_tcHead"]'))?.[1];
  // "2. b Protocol …": an instrument filed under its treaty's number (the CCW's later Protocols), XXVI-2-b.
  const heading = /^(\d+[a-z]?)\s*\.\s*(?:([a-z])\s+(?=[A-Z]))?([\s\S]+)$/.exec(text($, '[id$="_tcTreaty"]'));
  if (chapter === undefined || !heading) return layout('the treaty\'s chapter and number ("CHAPTER XXVI", "5.") are not where they were');
  const counts = readCounts(text($, '[id$="rptStatus_ctl00_tcText"]'));
  if (!counts) return layout('the "Status" line with the number of Parties is missing');
  const tables = participantTables($);
  const main = tables[0];
  if (!main) return layout('it has no participant table (a table headed "Participant")');
  const columns: UntcColumn[] = [];
  for (const h of main.headers.slice(1)) {
    const c = readColumn(h);
    if (!c.ok) return c;
    columns.push(c.value);
  }
  if (!columns.some((c) => [...c.markers.values()].some((a) => a !== 'signature' && a !== 'provisional_application'))) {
    return layout(`the participant table has no column for instruments of consent (ratification, accession…): its columns are ${main.headers.join(' | ')}`);
  }
  const participants = readParticipants($, main.rows, columns);
  if (!participants.ok) return participants;
  const endNotes = readEndNotes($);
  const cited = new Set(participants.value.flatMap((p) => p.notes));
  const missing = [...cited].filter((n) => !endNotes.some((e) => e.number === n));
  if (missing.length > 0) return layout(`rows point to end note(s) ${missing.join(', ')}, which the page does not have`);
  const concluded = text($, '[id$="rptTreaty_ctl00_tcText"]');
  return ok({
    statusAsAt: asAt.value,
    reference: `${chapter}-${heading[1] ?? ''}${heading[2] ? `-${heading[2]}` : ''}`,
    title: (heading[3] ?? '').replace(/\s+/g, ' ').trim(),
    ...(concluded ? { concluded } : {}),
    counts,
    columns: main.headers.slice(1),
    participants: participants.value,
    endNotes,
    otherTables: tables.slice(1).map((t): UntcOtherTable => ({ headers: t.headers, rows: t.rows.map((r) => r.find('> td').toArray().map((td) => clean($(td).text()))) })),
  });
}

function layout(what: string, code = 'untc_layout_changed'): Result<never> {
  return err(domainError(code, `cannot read this page: ${what}. Nothing was imported.`, 'page'));
}

function text($: CheerioAPI, selector: string): string {
  return clean($(selector).first().text());
}

function clean(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

function readCounts(line: string): UntcPage['counts'] | undefined {
  const s = /Signatories\s*:\s*(\d+)/.exec(line);
  const p = /Parties\s*:\s*(\d+)/.exec(line);
  if (!p) return undefined;
  // The CCW's Protocols were never open for signature: their pages' Status line reads "Parties : 107" alone.
  return s ? { signatories: Number(s[1]), parties: Number(p[1]) } : { parties: Number(p[1]) };
}

/** Every table headed "Participant", in page order: the first is the participant table. */
function participantTables($: CheerioAPI): { headers: string[]; rows: Row[] }[] {
  return $('table').toArray().flatMap((table) => {
    const rows = $(table).find('> tbody > tr, > tr').toArray();
    const headers = rows[0] ? $(rows[0]).find('> td, > th').toArray().map((c) => clean($(c).text())) : [];
    return headers[0] === 'Participant' ? [{ headers, rows: rows.slice(1).map((r) => $(r)) }] : [];
  });
}
