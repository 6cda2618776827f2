import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../domain/dataset.js';
import { DEPOSIT_KINDS, EVENT_KINDS, TREATY_EVENT_KINDS, type TreatyEvent } from '../domain/event.js';
import type { GroupMembership } from '../domain/group.js';
import { type Result, err, ok } from '../domain/result.js';
import type { Citation } from '../domain/source.js';
import { normaliseName } from '../domain/state.js';
import { openedOn } from '../domain/treaty.js';
import { type DataError, dataError } from './data-error.js';
import { type Path, at, byKey, parseFile } from './parse-file.js';
import { fileSchemas } from './schemas.js';

/** The shipped data folder: `../../data/` from both `src/data/` (vitest) and `dist/data/` (compiled). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The files every dataset has; the event log comes as one file per treaty under `events/`. */
export const DATASET_FILES = ['sources.json', 'states.json', 'treaties.json', 'groups.json'] as const;

/** Reads, validates and cross-checks the dataset in `dir` (default: the package's `data/`). */
export function loadDataset(dir: string = DEFAULT_DATA_DIR): Result<Dataset, DataError> {
  const eventsDir = join(dir, 'events');
  const eventFiles = existsSync(eventsDir) ? readdirSync(eventsDir).filter((f) => f.endsWith('.json')).sort().map((f) => `events/${f}`) : [];
  const files: Record<string, unknown> = {};
  for (const name of [...DATASET_FILES, ...eventFiles]) {
    const path = join(dir, name);
    if (!existsSync(path)) return err(dataError('missing_file', name, `${path} is missing: every dataset has ${DATASET_FILES.join(', ')}`));
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      return err(dataError('invalid_json', name, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  return parseDatasetFiles(files);
}

/** Validates already-parsed JSON, keyed by file name relative to the data folder (`events/apmbc.json`). Pure. */
export function parseDatasetFiles(files: Readonly<Record<string, unknown>>): Result<Dataset, DataError> {
  for (const name of DATASET_FILES) {
    if (!(name in files)) return err(dataError('missing_file', name, `the dataset has no ${name}`));
  }
  const sources = parseFile('sources.json', fileSchemas.sources, files['sources.json'], byKey('id'));
  if (!sources.ok) return sources;
  const states = parseFile('states.json', fileSchemas.states, files['states.json'], byKey('iso3'));
  if (!states.ok) return states;
  const treaties = parseFile('treaties.json', fileSchemas.treaties, files['treaties.json'], byKey('id'));
  if (!treaties.ok) return treaties;
  const groups = parseFile('groups.json', fileSchemas.groups, files['groups.json'], groupsRecord);
  if (!groups.ok) return groups;
  const logs: { file: string; events: TreatyEvent[] }[] = [];
  for (const file of Object.keys(files).filter((f) => /^events\/[^/]+\.json$/.test(f)).sort()) {
    const events = parseFile(file, fileSchemas.events, files[file], byKey('id'));
    if (!events.ok) return events;
    logs.push({ file, events: events.value });
  }
  const dataset: Dataset = {
    sources: sources.value,
    states: states.value,
    treaties: treaties.value,
    groups: groups.value.groups,
    memberships: groups.value.memberships,
    events: logs.flatMap((l) => l.events),
  };
  const problem = crossCheck(dataset, logs);
  return problem ? err(problem) : ok(dataset);
}

// ---------------------------------------------------------------- records named in errors

/** groups.json: groups by id, memberships as `groupId:iso3`. */
function groupsRecord(input: unknown, path: Path): { record?: string; rest: Path } {
  const [list, index, ...rest] = path;
  if (typeof index !== 'number') return { rest: path };
  const row = at(input, [list ?? '', index]);
  const name = list === 'memberships' ? `${String(at(row, ['groupId']))}:${String(at(row, ['iso3']))}` : at(row, ['id']);
  return { record: typeof name === 'string' ? name : `${String(list)}#${index}`, rest };
}

// ---------------------------------------------------------------- cross-references

/** The first broken reference or clash across files, if any. */
function crossCheck(d: Dataset, logs: readonly { file: string; events: readonly TreatyEvent[] }[]): DataError | undefined {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const stateIds = new Set(d.states.map((s) => s.iso3));
  const treatyIds = new Set(d.treaties.map((t) => t.id));
  const groupIds = new Set(d.groups.map((g) => g.id));
  const cites = (file: string, record: string, field: string, list: readonly Citation[]): DataError | undefined => {
    const i = list.findIndex((c) => !sourceIds.has(c.sourceId));
    const c = list[i];
    return c ? dataError('unknown_source', file, `no source has the id "${c.sourceId}": add it to sources.json or fix the id`, record, `${field}[${i}].sourceId`) : undefined;
  };
  return (
    duplicate('sources.json', d.sources.map((s) => s.id), 'id') ??
    duplicate('states.json', d.states.map((s) => s.iso3), 'iso3') ??
    duplicate('states.json', d.states.map((s) => s.iso2), 'iso2', d.states.map((s) => s.iso3)) ??
    nameClash('states.json', d.states.map((s) => [s.iso3, named({ iso3: s.iso3, iso2: s.iso2, name: s.name, officialName: s.officialName }, s.aliases)])) ??
    duplicate('treaties.json', d.treaties.map((t) => t.id), 'id') ??
    nameClash('treaties.json', d.treaties.map((t) => [t.id, named({ id: t.id, shortName: t.shortName, fullName: t.fullName }, t.aliases)])) ??
    first(d.treaties, (t) => treatyProblem(t, cites)) ??
    first(d.treaties, (t) => (t.parentTreatyId === undefined || treatyIds.has(t.parentTreatyId) ? undefined : dataError('unknown_treaty', 'treaties.json', `no treaty has the id "${t.parentTreatyId}"`, t.id, 'parentTreatyId'))) ??
    duplicate('groups.json', d.groups.map((g) => g.id), 'id') ??
    nameClash('groups.json', d.groups.map((g) => [g.id, named({ id: g.id, name: g.name }, g.aliases)])) ??
    first(d.memberships, (m) => membershipProblem(m, stateIds, groupIds, cites)) ??
    duplicate('groups.json', d.memberships.map((m) => `${m.groupId}:${m.iso3}:${m.joined}`), 'joined', d.memberships.map((m) => `${m.groupId}:${m.iso3}`)) ??
    duplicateEvent(logs) ??
    first(logs, (log) => first(log.events, (e) => eventProblem(log.file, e, { stateIds, treatyIds, eventIds: new Set(d.events.map((x) => x.id)) }, cites)))
  );
}

type Cites = (file: string, record: string, field: string, list: readonly Citation[]) => DataError | undefined;

function treatyProblem(t: Dataset['treaties'][number], cites: Cites): DataError | undefined {
  const f = 'treaties.json';
  const kinds = t.rules.entryIntoForce.instrumentKinds.findIndex((k) => !(DEPOSIT_KINDS as readonly string[]).includes(k));
  if (kinds >= 0) return dataError('invalid_value', f, `not a kind of deposit: use ${DEPOSIT_KINDS.join(', ')}`, t.id, `rules.entryIntoForce.instrumentKinds[${kinds}]`);
  const dl = t.rules.deadlines;
  const bad = dl.findIndex((x) => !(EVENT_KINDS as readonly string[]).includes(x.fulfilledBy));
  if (bad >= 0) return dataError('invalid_value', f, `fulfilledBy must be an event kind, e.g. stockpile_destroyed or transparency_report`, t.id, `rules.deadlines[${bad}].fulfilledBy`);
  const twin = dl.findIndex((x, i) => dl.findIndex((y) => y.id === x.id) !== i);
  if (twin >= 0) return dataError('duplicate_id', f, `two deadlines of ${t.id} have the id ${dl[twin]?.id}`, t.id, `rules.deadlines[${twin}].id`);
  const sig = t.rules.signature;
  if (sig?.kind === 'window' && sig.closes.kind === 'last_day' && sig.closes.date < openedOn(t).date) {
    return dataError('invalid_value', f, `the signature window's last day ${sig.closes.date} is before the treaty opened for signature on ${openedOn(t).date}`, t.id, 'rules.signature.closes.date');
  }
  return (
    cites(f, t.id, 'sources', t.sources) ??
    cites(f, t.id, 'adopted.sources', t.adopted.sources) ??
    cites(f, t.id, 'openedForSignature.sources', t.openedForSignature?.sources ?? []) ??
    cites(f, t.id, 'entryIntoForce.sources', t.entryIntoForce?.sources ?? []) ??
    cites(f, t.id, 'rules.signature.sources', sig?.kind === 'window' ? sig.sources : [])
  );
}

function membershipProblem(m: GroupMembership, states: ReadonlySet<string>, groups: ReadonlySet<string>, cites: Cites): DataError | undefined {
  const f = 'groups.json';
  const record = `${m.groupId}:${m.iso3}`;
  if (!groups.has(m.groupId)) return dataError('unknown_group', f, `no group has the id "${m.groupId}"`, record, 'groupId');
  if (!states.has(m.iso3)) return dataError('unknown_state', f, `no state has the code "${m.iso3}": add it to states.json or fix the code`, record, 'iso3');
  return cites(f, record, 'sources', m.sources);
}

interface Known {
  readonly stateIds: ReadonlySet<string>;
  readonly treatyIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
}

function eventProblem(file: string, e: TreatyEvent, known: Known, cites: Cites): DataError | undefined {
  if (!known.stateIds.has(e.iso3)) return dataError('unknown_state', file, `no state has the code "${e.iso3}": add it to states.json or fix the code`, e.id, 'iso3');
  if (e.treatyId !== null && !known.treatyIds.has(e.treatyId)) return dataError('unknown_treaty', file, `no treaty has the id "${e.treatyId}"`, e.id, 'treatyId');
  if (e.treatyId === null && TREATY_EVENT_KINDS.includes(e.kind)) return dataError('treaty_required', file, `a ${e.kind} needs a treatyId`, e.id, 'treatyId');
  // events/apmbc.json holds the APMBC's log: an event of another treaty there is misfiled.
  const stem = /^events\/(.+)\.json$/.exec(file)?.[1];
  if (stem !== undefined && known.treatyIds.has(stem) && e.treatyId !== stem) {
    return dataError('wrong_file', file, `this file holds ${stem} events; move this ${e.treatyId ?? 'treaty-less'} event to its own file`, e.id, 'treatyId');
  }
  if (e.supersedes !== undefined && !known.eventIds.has(e.supersedes)) return dataError('unknown_event', file, `it corrects "${e.supersedes}", which is no event`, e.id, 'supersedes');
  return cites(file, e.id, 'sources', e.sources) ?? (e.statedEffect ? cites(file, e.id, 'statedEffect.sources', e.statedEffect.sources) : undefined);
}

/** The second record that repeats a key (records named by `names`, default the key itself). */
function duplicate(file: string, keys: readonly string[], field: string, names: readonly string[] = keys): DataError | undefined {
  const seen = new Set<string>();
  for (const [i, key] of keys.entries()) {
    if (seen.has(key)) return dataError('duplicate_id', file, `"${key}" is used twice: ids must be unique`, names[i] ?? `#${i}`, field);
    seen.add(key);
  }
  return undefined;
}

function duplicateEvent(logs: readonly { file: string; events: readonly TreatyEvent[] }[]): DataError | undefined {
  const seen = new Map<string, string>();
  for (const { file, events } of logs) {
    for (const e of events) {
      const other = seen.get(e.id);
      if (other !== undefined) return dataError('duplicate_id', file, `the event id "${e.id}" is already used${other === file ? '' : ` in ${other}`}: ids must be unique`, e.id, 'id');
      seen.set(e.id, file);
    }
  }
  return undefined;
}

/** A record's names with the field each sits in: codes and names first, then `aliases[i]`. */
function named(fields: Readonly<Record<string, string | undefined>>, aliases: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, name] of Object.entries(fields)) if (name !== undefined) out.push([field, name]);
  for (const [i, name] of aliases.entries()) out.push([`aliases[${i}]`, name]);
  return out;
}

/** A name (normalised as look-ups normalise it: domain/state.ts) that two records both claim. */
function nameClash(file: string, entries: readonly (readonly [string, readonly (readonly [string, string])[]])[]): DataError | undefined {
  const owner = new Map<string, string>();
  for (const [id, names] of entries) {
    for (const [field, name] of names) {
      const key = normaliseName(name);
      const other = owner.get(key);
      if (other !== undefined && other !== id) {
        return dataError('duplicate_alias', file, `"${name}" would name both ${other} and ${id}: a name may belong to one record only`, id, field);
      }
      owner.set(key, id);
    }
  }
  return undefined;
}

function first<T>(items: readonly T[], check: (item: T) => DataError | undefined): DataError | undefined {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}
