import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Imports run one way (DESIGN.md): domain imports nothing of ours and does no I/O; each layer only what is below it.
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const ALLOWED: Record<string, readonly string[]> = {
  domain: ['domain'],
  data: ['domain', 'data'],
  text: ['domain', 'text'],
  store: ['domain', 'store'],
  ingest: ['domain', 'data', 'text', 'store', 'ingest'],
  claims: ['domain', 'data', 'text', 'store', 'claims'],
  reports: ['domain', 'data', 'text', 'store', 'claims', 'reports'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('layering', () => {
  const all = files(SRC);
  it('finds the source files', () => expect(all.length).toBeGreaterThan(40));
  for (const file of all) {
    const layer = relative(SRC, file).split('/')[0] ?? '';
    const allowed = ALLOWED[layer];
    if (!allowed) continue;
    it(`${relative(SRC, file)} imports only from ${allowed.join(', ')}`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
      for (const spec of imports) {
        if (spec.startsWith('.')) {
          const target = relative(SRC, join(file, '..', spec)).split('/')[0] ?? '';
          expect(allowed, `${spec} from ${layer}`).toContain(target);
        } else if (layer === 'domain') {
          expect(spec, 'the domain does no I/O and uses no framework').not.toMatch(/^(node:|fs|path|kysely|better-sqlite3|pg|commander)/);
        }
      }
    });
  }
});

// The CLI's commands run in process in the tests (test/support/cli.ts): everything a run reads from or
// writes to its process goes through the run's io (src/cli/io.ts); only io.ts and the bin touch `process`.
describe('the CLI and its process', () => {
  const cli = files(join(SRC, 'cli'));
  it('finds the CLI files', () => expect(cli.length).toBeGreaterThan(20));
  for (const file of cli.filter((f) => !/\/cli\/(io|bin)\.ts$/.test(f))) {
    it(`${relative(SRC, file)} reads no process.* and writes no console (it uses io())`, () => {
      const code = readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\/?\*)/.test(l)).join('\n');
      expect(code).not.toMatch(/\bprocess\.(env|stdout|stderr|stdin|argv|cwd|exit|exitCode|on|once)\b|\bconsole\.|readFileSync\(0\b/);
    });
  }
});
