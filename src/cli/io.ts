import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where a CLI run writes: standard output or standard error, and what it knows of the terminal behind it. */
export interface CliWriter {
  write(text: string): void;
  /** Whether a terminal reads this (colours, progress bars, widths). */
  readonly isTTY: boolean;
  /** The terminal's width, when it is one. */
  readonly columns: number | undefined;
  /** Whether the terminal shows colours (NO_COLOR and FORCE_COLOR are read from `env` besides). */
  readonly hasColors: boolean;
  /** The terminal stream itself, for what draws on it (the progress bar); only a real process has one. */
  readonly stream?: NodeJS.WriteStream;
}

/**
 * Everything a CLI run reads from or writes to its process: output, environment, working folder,
 * standard input and the stop signal. The bin entry gives the real process's; tests give their own,
 * so that the commands run as functions with captured output, as they would in a process.
 */
export interface CliIo {
  readonly stdout: CliWriter;
  readonly stderr: CliWriter;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are read from and written to. */
  readonly cwd: string;
  /** All of standard input, as UTF-8 text. */
  stdin(): string;
  /** Resolves with the signal's name when the run is asked to stop (SIGTERM, SIGINT). */
  stopSignal(): Promise<string>;
}

function processWriter(stream: NodeJS.WriteStream): CliWriter {
  return {
    write: (text) => {
      stream.write(text);
    },
    get isTTY() { return stream.isTTY === true; },
    get columns() { return stream.isTTY ? stream.columns : undefined; },
    get hasColors() { return stream.isTTY === true && stream.hasColors(); },
    stream,
  };
}

/** The real process's input and output. */
export function processIo(): CliIo {
  return {
    stdout: processWriter(process.stdout),
    stderr: processWriter(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    stdin: () => readFileSync(0, 'utf8'),
    stopSignal: () => new Promise<string>((resolve) => {
      for (const s of ['SIGTERM', 'SIGINT'] as const) process.once(s, () => resolve(s));
    }),
  };
}

const current = new AsyncLocalStorage<CliIo>();

/** The input and output of the CLI run in progress (the real process's outside a run). */
export function io(): CliIo {
  return current.getStore() ?? processIo();
}

/** Runs `fn` (and all it starts) with `cliIo` as the run's input and output. */
export function withIo<T>(cliIo: CliIo, fn: () => T): T {
  return current.run(cliIo, fn);
}

/** A path as the run's user means it: relative to the run's working folder. */
export function inCwd(path: string): string {
  return resolve(io().cwd, path);
}

/** Whether commander's help may use colours on `w`, as commander decides for a process: NO_COLOR and FORCE_COLOR=0 say no, FORCE_COLOR and CLICOLOR_FORCE yes, else the terminal. */
export function colorsOn(w: CliWriter, env: CliIo['env'] = io().env): boolean {
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true;
  return w.isTTY && w.hasColors;
}
