// Bundles the tsc output of the CLI into dist/bundle/treatywatch.js, the package's bin (src/cli/bin.ts),
// with each lazily imported command in a chunk of its own (so a read never parses zod or the writers),
// and dist/bundle/main.js, the same CLI as a function (main(argv, io)) that the tests run in process.
// Why: Node 20 spends most of a cold start finding, reading and compiling hundreds of small
// ES modules (Kysely alone has ~300); a bundle starts about a third faster. The native
// driver (better-sqlite3) and pg stay external. dist/bundle/ is at the same depth as dist/data/, so the
// dataset loader still finds data/ relative to itself.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: { treatywatch: 'dist/cli/bin.js', main: 'dist/cli/main.js' },
  outdir: 'dist/bundle',
  splitting: true,
  minifySyntax: true,
  minifyWhitespace: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'pg'],
  // commander and csv-* are CommonJS: give the ES module bundle a require() of its own.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __twRequire } from 'node:module';\nconst require = __twRequire(import.meta.url);" },
  logLevel: 'warning',
});
// The bin runs by its shebang (`./dist/bundle/treatywatch.js`, or npx reusing a cached link to this
// folder, which does not set the mode again after a rebuild): it must be executable.
chmodSync('dist/bundle/treatywatch.js', 0o755);
