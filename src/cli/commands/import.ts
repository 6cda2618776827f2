import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { EVENT_CSV_COLUMNS } from '../../ingest/event-input.js';
import type { RawEvent } from '../../ingest/record-events.js';
import { CliError } from '../cli-error.js';
import type { Format } from '../output.js';
import { writeEvents } from './add-event.js';
import { inCwd } from '../io.js';

const REQUIRED = ['state', 'kind', 'date', 'source_url', 'source_title', 'publisher'];
const MAX_BYTES = 50 * 1024 * 1024;

/** `treatywatch import <file>`: events from a CSV (columns as add-event's flags) or JSON file, all or nothing. */
export async function importCommand(file: string, opts: { readonly by?: string; readonly format: Format }): Promise<void> {
  const text = readText(file);
  const raws = extname(file).toLowerCase() === '.csv' ? fromCsv(file, text) : fromJson(file, text);
  if (raws.length === 0) throw new CliError('empty_file', `${file} holds no events`, 'file');
  await writeEvents(raws, opts);
}

function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(inCwd(file));
  } catch (e) {
    throw new CliError('unreadable_file', `cannot read ${file}: ${(e as Error).message}`, 'file');
  }
  if (buf.length > MAX_BYTES) throw new CliError('file_too_large', `${file} is larger than ${MAX_BYTES / 1024 / 1024} MiB`, 'file');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD')) throw new CliError('invalid_encoding', `${file} is not valid UTF-8: save it as UTF-8 and try again`, 'file');
  return text.replace(/^\uFEFF/, '');
}

function fromJson(file: string, text: string): RawEvent[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliError('invalid_json', `${file} is not valid JSON (${(e as Error).message}): is the file complete?`, 'file');
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.events) ? data.events : undefined;
  if (!list) throw new CliError('invalid_json', `${file} must hold an array of events or an object with an "events" array`, 'file');
  return list.map((input: unknown, i: number) => {
    const { supersedes, ...rest } = isObject(input) ? input : { supersedes: undefined };
    return { input: isObject(input) ? rest : input, where: `${file}: events[${i}]: `, ...(typeof supersedes === 'string' ? { supersedes } : {}) };
  });
}

function fromCsv(file: string, text: string): RawEvent[] {
  let rows: string[][];
  try {
    const parsed: unknown = parse(text, { skip_empty_lines: true, relax_column_count: false });
    rows = parsed as string[][];
  } catch (e) {
    throw new CliError('invalid_csv', `${file} is not valid CSV: ${(e as Error).message}`, 'file');
  }
  const [header, ...body] = rows;
  const known: readonly string[] = EVENT_CSV_COLUMNS;
  const unknown = (header ?? []).filter((h) => !known.includes(h));
  const missing = REQUIRED.filter((r) => !(header ?? []).includes(r));
  if (!header || unknown.length > 0 || missing.length > 0) {
    const problem = unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : `missing column(s) ${missing.join(', ')}`;
    throw new CliError('invalid_csv_header', `${file}: wrong header (${problem}); the columns are ${EVENT_CSV_COLUMNS.join(',')} (state, kind, date, source_url, source_title and publisher required)`, 'header');
  }
  return body.map((cells, i) => ({
    input: Object.fromEntries(header.map((h, j): [string, string] => [h, cells[j] ?? '']).filter(([, v]) => v !== '')),
    where: `${file}: row ${i + 2}: `,
  }));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
