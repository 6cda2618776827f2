import type { core } from 'zod';
import type { PeopleProblem } from '../../domain/people/people-problem.js';

/** A refused workspace file or record: which file, which record, which field, what to fix, with a stable code. */
export interface PeopleDataError {
  readonly code: string;
  readonly file: string;
  readonly record?: string;
  readonly field?: string;
  readonly message: string;
}

/** Names a zod issue by file, record (its id, or `#index`) and field, with a code a script can test. */
export function issueToError(file: string, input: unknown, issue: core.$ZodIssue | undefined): PeopleDataError {
  if (!issue) return { code: 'invalid_value', file, message: 'refused without a reason' };
  const path = issue.path;
  // monitor.json is { reports, figures, claims }: the record sits one level deeper.
  const listDepth = typeof path[0] === 'string' && typeof path[1] === 'number' ? 2 : typeof path[0] === 'number' ? 1 : 0;
  const recordValue = listDepth === 0 ? undefined : at(input, path.slice(0, listDepth));
  const id = at(recordValue, ['id']);
  const record = listDepth === 0 ? undefined : typeof id === 'string' ? id : `#${String(path[listDepth - 1])}`;
  const field = path.slice(listDepth).map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  const value = at(input, path);
  const base = { file, ...(record === undefined ? {} : { record }), ...(field === '' ? {} : { field }) };
  switch (issue.code) {
    case 'unrecognized_keys':
      return { ...base, field: `${field === '' ? '' : `${field}.`}${issue.keys[0] ?? '?'}`, code: 'unknown_key', message: `unknown key "${issue.keys[0] ?? '?'}": this kind of record has no such field (check the spelling)` };
    case 'invalid_type':
      return value === undefined ? { ...base, code: 'missing_field', message: `${field || 'the value'} is required` } : { ...base, code: 'invalid_type', message: `expected ${issue.expected}` };
    case 'too_small':
      if (field.endsWith('sources')) return { ...base, code: 'source_required', message: 'cite at least one source: every fact needs one' };
      return { ...base, code: 'invalid_value', message: issue.message };
    case 'custom': {
      const code: unknown = issue.params?.['code'];
      return { ...base, code: typeof code === 'string' ? code : 'invalid_value', message: issue.message };
    }
    case 'invalid_value':
      return { ...base, code: 'invalid_value', message: `${JSON.stringify(value)} is not allowed here: use one of ${issue.values.map(String).join(', ')}` };
    case 'invalid_union':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return { ...base, code: 'invalid_value', message: issue.message };
  }
}

/** A domain problem, named by the file its collection lives in. */
export function problemToError(p: PeopleProblem, file: string): PeopleDataError {
  return { code: p.code, file, record: p.record, ...(p.field === undefined ? {} : { field: p.field }), message: p.message };
}

/** One line for a terminal: `votes.json › v-x › votes[v-x].counts: … [counts_exceed_seats]`. */
export function formatPeopleDataError(e: PeopleDataError): string {
  return `${[e.file, e.record, e.field].filter((x) => x !== undefined).join(' › ')}: ${e.message} [${e.code}]`;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
