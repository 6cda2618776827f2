import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PartialDate, parsePartialDate, rangeOf } from '../../domain/calendar-date.js';
import type { Dataset } from '../../domain/dataset.js';
import { type ObligationEvent, type ObligationRecord, EMPTY_OBLIGATIONS, RECORD_ONLY_OBLIGATIONS } from '../../domain/monitor/obligation-event.js';
import { indexRecord } from '../../domain/record-index.js';
import { type Result, err, ok } from '../../domain/result.js';
import { type DataError, dataError } from '../data-error.js';
import { DEFAULT_DATA_DIR } from '../load-dataset.js';
import { type Locate, at, parseFile } from '../parse-file.js';
import { type ObligationEventFile, obligationsFileSchema } from './obligation-schemas.js';

/** Where the Monitor's obligation record sits, relative to the data folder. */
export const OBLIGATIONS_FILE = 'monitor/obligations.json';

/** Reads and validates `monitor/obligations.json` against the treaty dataset it refers to; a dataset without the file has no obligation facts. */
export function loadObligations(dataset: Dataset, dir: string = DEFAULT_DATA_DIR): Result<ObligationRecord, DataError> {
  const path = join(dir, OBLIGATIONS_FILE);
  if (!existsSync(path)) return ok(EMPTY_OBLIGATIONS);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return err(dataError('invalid_json', OBLIGATIONS_FILE, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`));
  }
  return parseObligations(json, dataset);
}

/** Validates already-parsed obligations JSON against a dataset. Pure. */
export function parseObligations(json: unknown, dataset: Dataset): Result<ObligationRecord, DataError> {
  const parsed = parseFile(OBLIGATIONS_FILE, obligationsFileSchema, json, locate);
  if (!parsed.ok) return parsed;
  const { sources, events: rows } = parsed.value;
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) return err(dataError('duplicate_id', OBLIGATIONS_FILE, `"${s.id}" is used twice: ids must be unique`, s.id, 'id'));
    seen.add(s.id);
  }
  const events = withIds(rows);
  const problem = crossCheck(events, seen, dataset);
  return problem ? err(problem) : ok({ sources, events });
}

/** Events are named in errors by their place and what they are about: `#12 KHM mined_area_clearance`. */
const locate: Locate = (input, path) => {
  const [list, index, ...rest] = path;
  if (typeof index !== 'number') return { rest: path };
  if (list !== 'events') {
    const id = at(input, [list ?? '', index, 'id']);
    return { record: typeof id === 'string' ? id : `${String(list)}#${index}`, rest };
  }
  return { record: `#${index} ${String(at(input, ['events', index, 'state']))} ${String(at(input, ['events', index, 'obligation']))}`, rest };
};

/** Each event gets a stable id: treaty, state, obligation, kind and its rank among those. */
function withIds(rows: readonly ObligationEventFile[]): ObligationEvent[] {
  const count = new Map<string, number>();
  return rows.map((r) => {
    const stem = `${r.treaty}-${r.state}-${r.obligation}-${r.kind}`;
    const n = (count.get(stem) ?? 0) + 1;
    count.set(stem, n);
    return toEvent(r, n === 1 ? stem : `${stem}-${n}`);
  });
}

function toEvent(r: ObligationEventFile, id: string): ObligationEvent {
  const base = {
    id,
    iso3: r.state,
    treatyId: r.treaty,
    obligation: r.obligation,
    ...(r.date === undefined ? {} : { date: partial(r.date) }),
    citation: { sourceId: r.sourceId, quote: r.quote },
    ...(r.note === undefined ? {} : { note: r.note }),
    ...(r.disputed === undefined ? {} : { disputed: r.disputed }),
  };
  switch (r.kind) {
    case 'extension_requested':
      return { ...base, kind: r.kind, ...(r.deadline === undefined ? {} : { deadline: partial(r.deadline) }) };
    case 'extension_granted':
      return { ...base, kind: r.kind, deadline: partial(r.deadline), ...(r.grantedBy === undefined ? {} : { grantedBy: r.grantedBy }) };
    case 'retained':
      return { ...base, kind: r.kind, count: r.count, year: r.year };
    case 'report_submitted':
      return { ...base, kind: r.kind, ...(r.year === undefined ? {} : { year: r.year }) };
    case 'finding':
      return { ...base, kind: r.kind, finding: r.finding, confidence: r.confidence, year: r.year, ...(r.by === undefined ? {} : { by: r.by }) };
    default:
      return { ...base, kind: r.kind };
  }
}

/** The schema already refused impossible dates, so this parse cannot fail. */
function partial(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(`unreachable: ${text} passed the schema`);
  return r.value;
}

/** Kinds that belong to one obligation only. */
const ONLY_FOR: Partial<Record<ObligationEvent['kind'], string>> = { retained: 'retained_mines', finding: 'monitor_finding' };

function crossCheck(events: readonly ObligationEvent[], sourceIds: ReadonlySet<string>, dataset: Dataset): DataError | undefined {
  const states = new Set(dataset.states.map((s) => s.iso3));
  const treaties = new Map(dataset.treaties.map((t) => [t.id, t]));
  // Entry into force per state comes from the engine's timelines, built only for the treaties named here.
  const index = indexRecord(dataset);
  for (const [i, e] of events.entries()) {
    const f = (code: Parameters<typeof dataError>[0], message: string, field: string) => dataError(code, OBLIGATIONS_FILE, message, `#${i} ${e.iso3} ${e.obligation}`, field);
    if (!states.has(e.iso3)) return f('unknown_state', `no state has the code "${e.iso3}": add it to states.json or fix the code`, 'state');
    const treaty = treaties.get(e.treatyId);
    if (!treaty) return f('unknown_treaty', `no treaty has the id "${e.treatyId}"`, 'treaty');
    const deadlines = treaty.rules.deadlines.map((d) => d.id);
    const allowed = [...deadlines, ...RECORD_ONLY_OBLIGATIONS];
    if (!allowed.includes(e.obligation)) return f('unknown_obligation', `${treaty.id} has no obligation "${e.obligation}": use one of ${allowed.join(', ')}`, 'obligation');
    const only = ONLY_FOR[e.kind];
    if ((only !== undefined && e.obligation !== only) || (only === undefined && !deadlines.includes(e.obligation))) {
      return f('invalid_value', `a ${e.kind} event belongs to ${only ?? `a deadline (${deadlines.join(', ')})`}, not to ${e.obligation}`, 'kind');
    }
    if (!sourceIds.has(e.citation.sourceId)) return f('unknown_source', `no source has the id "${e.citation.sourceId}": add it to the file's sources or fix the id`, 'sourceId');
    if ((e.kind === 'extension_granted' || e.kind === 'extension_requested') && e.deadline && e.date && rangeOf(e.deadline).latest < rangeOf(e.date).earliest) {
      return f('deadline_before_date', `the extended deadline ${e.deadline.value} is before the ${e.kind === 'extension_granted' ? 'grant' : 'request'} (${e.date.value}): an extension runs forward`, 'deadline');
    }
    if ((e.kind === 'extension_granted' || e.kind === 'completed' || e.kind === 'in_breach') && e.date) {
      const eif = index.timelines.get(e.treatyId)?.get(e.iso3)?.entryIntoForce?.date;
      // A stockpile may be destroyed before joining (then the completion predates the obligation); nothing else may.
      const clearance = e.kind !== 'completed' || e.obligation !== 'stockpile_destruction';
      if (clearance && eif && rangeOf(e.date).latest < eif) {
        return f('before_entry_into_force', `${e.date.value} is before ${treaty.shortName} entered into force for ${e.iso3} (${eif}): no obligation existed yet to ${e.kind === 'completed' ? 'complete' : e.kind === 'in_breach' ? 'breach' : 'extend'}`, 'date');
      }
    }
  }
  return undefined;
}
