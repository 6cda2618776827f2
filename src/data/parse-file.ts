import type { core, z } from 'zod';
import { type Result, err, ok } from '../domain/result.js';
import { type DataError, type DataErrorCode, DATA_ERROR_CODES, dataError } from './data-error.js';

// Schema errors named by file, record and field: shared by every loader of the curated data.

/** A path into parsed JSON, as zod reports it. */
export type Path = readonly PropertyKey[];
/** Splits an issue path into the record it points at and the field inside that record. */
export type Locate = (input: unknown, path: Path) => { record?: string; rest: Path };

/** Parses one file's JSON with its schema; the first issue becomes a DataError naming the record and field. */
export function parseFile<S extends z.ZodType>(file: string, schema: S, input: unknown, locate: Locate): Result<z.output<S>, DataError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  if (!issue) return err(dataError('invalid_value', file, 'refused without a reason'));
  return err(issueError(file, input, issue, locate));
}

function issueError(file: string, input: unknown, issue: core.$ZodIssue, locate: Locate): DataError {
  const { record, rest } = locate(input, issue.path);
  const field = pathText(rest);
  const value = at(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '?';
      return dataError('unknown_key', file, `unknown key "${key}": this kind of record has no such field (check the spelling)`, record, pathText([...rest, key]));
    }
    case 'invalid_type':
      if (value === undefined) return dataError('missing_field', file, `${field || 'the value'} is required`, record, field);
      return dataError('invalid_type', file, `expected ${issue.expected}, found ${describe(value)}`, record, field);
    case 'invalid_value':
      return dataError('invalid_value', file, `${JSON.stringify(value)} is not allowed here: use one of ${issue.values.map(String).join(', ')}`, record, field);
    case 'invalid_union': {
      const options = 'options' in issue && issue.options ? `: use one of ${issue.options.map(String).join(', ')}` : '';
      const disc = 'discriminator' in issue && issue.discriminator ? issue.discriminator : undefined;
      const where = disc ? pathText([...rest, disc]) : field;
      return dataError('invalid_value', file, `${disc ?? 'the value'} is not a known kind${options}`, record, where);
    }
    case 'too_small':
      if (issue.origin === 'array' && rest[rest.length - 1] === 'sources') {
        return dataError('missing_source', file, 'cite at least one source: every fact in the record needs one', record, field);
      }
      return dataError('invalid_value', file, issue.message, record, field);
    case 'custom': {
      const code: unknown = issue.params?.['code'];
      return dataError(isDataErrorCode(code) ? code : 'invalid_value', file, issue.message, record, field);
    }
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return dataError('invalid_value', file, issue.message, record, field);
  }
}

/** A top-level array of records named by one of their keys (`id`, `iso3`), or `#index`. */
export function byKey(key: string): Locate {
  return (input, path) => {
    const [index, ...rest] = path;
    if (typeof index !== 'number') return { rest: path };
    const name = at(input, [index, key]);
    return { record: typeof name === 'string' && name !== '' ? name : `#${index}`, rest };
  };
}

/** The value at a path inside parsed JSON (undefined when absent). */
export function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** `date.value`, `sources[0].sourceId`. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `a ${typeof value}`;
}

function isDataErrorCode(code: unknown): code is DataErrorCode {
  return typeof code === 'string' && (DATA_ERROR_CODES as readonly string[]).includes(code);
}

