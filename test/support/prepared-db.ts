// vitest's global setup: one SQLite file on which `treatywatch init` ran (the shipped dataset and
// workspace loaded), built once per test run by the compiled CLI; test files that read the shipped
// record start from a copy of it (preparedDb() in ./cli.ts) instead of loading the dataset again.
// (Built by `treatywatch init` as a user would, with the pinned day and user of test/support/cli.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The prepared SQLite file, or '' when the CLI is not built. */
    preparedDb: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'tw-prepared-'));
  const path = join(dir, 'prepared.db');
  const bin = fileURLToPath(new URL('../../dist/bundle/treatywatch.js', import.meta.url));
  if (existsSync(bin)) {
    // A process of its own: the global setup runs outside the test workers (and may not import vitest's test API).
    const r = spawnSync(process.execPath, [bin, 'init'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-11-23', TREATYWATCH_USER: 'tester', TREATYWATCH_DB: path } });
    if (r.status !== 0) throw new Error(`treatywatch init for the prepared database failed (${r.status ?? r.signal ?? '?'}): ${r.stderr}`);
    project.provide('preparedDb', path);
  } else {
    project.provide('preparedDb', '');
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
