import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import type { CliIo, CliWriter } from '../../src/cli/io.js';

const BIN = fileURLToPath(new URL('../../dist/bundle/treatywatch.js', import.meta.url));
// The same bundle's CLI as a function: main(argv, io). vitest.config.ts has Node load dist/bundle/ itself.
const MAIN = fileURLToPath(new URL('../../dist/bundle/main.js', import.meta.url));

/** What a CLI run printed and returned. */
export interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }

/** What a run reads besides its arguments and environment. */
export interface RunOptions {
  /** Standard input (default: empty). */
  readonly stdin?: string;
  /** The working folder relative paths are taken from (default: the test process's). */
  readonly cwd?: string;
}

/** The environment every test run has, as a process started by the tests would: a pinned "today" and user. */
function baseEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-11-23', TREATYWATCH_USER: 'tester', ...env };
}

function built(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test does)`);
  return file;
}

type Main = (argv: readonly string[], io: CliIo) => Promise<number>;
let loaded: Promise<Main> | undefined;

/**
 * Runs the compiled CLI (`npm test` builds it first) in this process, with a pinned "today": the
 * bundle's main() on an io that captures standard output and error (not a terminal, 80 columns),
 * reads `options.stdin`, and is never asked to stop. Exit codes, stdin piping and signals of a real
 * process are tested with cliProcess().
 */
export async function cli(args: readonly string[], env: Record<string, string> = {}, options: RunOptions = {}): Promise<Run> {
  loaded ??= import(pathToFileURL(built(MAIN)).href).then((m: { main: Main }) => m.main);
  const main = await loaded;
  let stdout = '';
  let stderr = '';
  const writer = (append: (text: string) => void): CliWriter => ({ write: append, isTTY: false, columns: undefined, hasColors: false });
  const code = await main(args, {
    stdout: writer((t) => { stdout += t; }),
    stderr: writer((t) => { stderr += t; }),
    env: baseEnv(env),
    cwd: options.cwd ?? process.cwd(),
    stdin: () => options.stdin ?? '',
    stopSignal: () => new Promise<string>(() => undefined),
  });
  return { code, stdout, stderr };
}

/** Runs the compiled CLI as a process of its own (`node dist/bundle/treatywatch.js …`), for what only a process shows: its exit status, piped input. */
export function cliProcess(args: readonly string[], env: Record<string, string> = {}, options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [built(BIN), ...args], {
    encoding: 'utf8',
    env: baseEnv(env),
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.stdin !== undefined ? { input: options.stdin } : {}),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary SQLite file for one test file. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'tw-cli-')), 'test.db');
}

/** A fresh temporary SQLite file on which `treatywatch init` already ran: a copy of the one the global setup (./prepared-db.ts) built for this run. */
export function preparedDb(): string {
  const prepared = inject('preparedDb');
  if (prepared === '') throw new Error('dist/bundle/main.js is missing: run `npm run build` (npm test does)');
  const db = tempDb();
  copyFileSync(prepared, db);
  return db;
}
