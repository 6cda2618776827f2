import type { Command } from 'commander';
import { CliError } from './cli-error.js';
import type { Format } from './output.js';

/** Helpers every command registration uses, so that all commands look and behave alike. */
export interface CommandKit {
  /** Adds `--json` (and `--csv` unless `csv` is false). */
  readonly fmt: (c: Command, csv?: boolean) => Command;
  /** Adds an "Example:" line to the command's --help. */
  readonly example: (c: Command, text: string) => Command;
}

/** The output format the flags ask for. */
export function format(o: { json?: unknown; csv?: unknown }): Format {
  if (o.json && o.csv) throw new CliError('conflicting_flags', 'choose one of --json and --csv', 'json');
  return o.json ? 'json' : o.csv ? 'csv' : 'table';
}
