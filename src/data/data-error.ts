/** Why the dataset was refused, as stable snake_case codes (messages are rendered from the error). */
export const DATA_ERROR_CODES = [
  'missing_file',
  'invalid_json',
  'missing_field',
  'unknown_key',
  'invalid_type',
  'invalid_value',
  'invalid_date',
  'missing_source',
  'duplicate_id',
  'duplicate_alias',
  'unknown_source',
  'unknown_state',
  'unknown_treaty',
  'unknown_group',
  'unknown_event',
  'treaty_required',
  'wrong_file',
  /** An obligation event names no deadline of its treaty (nor retained_mines / monitor_finding). */
  'unknown_obligation',
  /** An extension's deadline falls before the date it was granted or requested. */
  'deadline_before_date',
  /** An extension granted or a completion dated before the treaty entered into force for the state. */
  'before_entry_into_force',
] as const;
/** One of DATA_ERROR_CODES. */
export type DataErrorCode = (typeof DATA_ERROR_CODES)[number];

/** A refused dataset file or record: which file, which record (its id, or `#index`), which field, and what to fix. */
export interface DataError {
  readonly code: DataErrorCode;
  /** Path relative to the data folder, e.g. `events/apmbc.json`. */
  readonly file: string;
  /** The record's id (`apmbc-LTU-ratification`, `LTU`, `eu:GBR`), or `#3` when it has none. */
  readonly record?: string;
  /** Dotted path inside the record, e.g. `date.value` or `sources[0].sourceId`. */
  readonly field?: string;
  readonly message: string;
}

/** Builds a DataError, leaving out a record or field that is not known (exactOptionalPropertyTypes). */
export function dataError(code: DataErrorCode, file: string, message: string, record?: string, field?: string): DataError {
  return {
    code,
    file,
    ...(record === undefined ? {} : { record }),
    ...(field === undefined || field === '' ? {} : { field }),
    message,
  };
}

/** One line for a terminal or a log: `events/apmbc.json › apmbc-LTU-ratification › date.value: …`. */
export function formatDataError(e: DataError): string {
  const where = [e.file, e.record, e.field].filter((p) => p !== undefined).join(' › ');
  return `${where}: ${e.message} [${e.code}]`;
}
