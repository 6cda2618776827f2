import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../dist/bundle/treatywatch.js', import.meta.url));

/** What a CLI run printed and returned. */
export interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }

/** A fresh temporary SQLite file for one test file. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'tw-cli-')), 'test.db');
}

/** Runs the compiled CLI (`npm test` builds it first) with a pinned "today". */
export function cli(args: readonly string[], env: Record<string, string> = {}): Run {
  if (!existsSync(MAIN)) throw new Error('dist/bundle/treatywatch.js is missing: run `npm run build` (npm test does)');
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-11-23', TREATYWATCH_USER: 'tester', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
