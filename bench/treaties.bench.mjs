// All treaties at once (issue 8): the status of every state under every treaty on one date, in
// process, and the `matrix` command's cold start, next to the core figures they build on.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const title = 'All treaties';

/** Median and p95 of `runs` timed calls, in milliseconds. */
function time(fn, runs) {
  for (let i = 0; i < Math.min(20, runs); i += 1) fn(); // warm up
  const ms = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)], p95: ms[Math.floor(runs * 0.95)] };
}

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { statusMatrix } = await import('../dist/domain/matrix.js');
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const dataset = loaded.value;
  const treaties = dataset.treaties.length;
  const states = dataset.states.length;

  const load = time(() => loadDataset(), 10);
  add(`load and validate the shipped dataset (${dataset.events.length} events, ${treaties} treaties)`, `${load.median.toFixed(0)} ms median`, '—', null);
  const indexT = time(() => indexRecord(dataset).problems, 30); // reading problems builds every timeline (they are built lazily, per treaty)
  add(`index the record (every timeline, ${states} states × ${treaties} treaties)`, `${indexT.median.toFixed(2)} ms median`, '—', null);

  const index = indexRecord(dataset);
  void index.problems;
  const matrix = time(() => statusMatrix(index, '2026-02-03'), 1000);
  add(`status of all ${states} states × all ${treaties} treaties on one date, with each treaty's counts (in process)`, `${matrix.median.toFixed(3)} ms median, ${matrix.p95.toFixed(3)} ms p95`, '< 5 ms', matrix.median < 5);

  // Cold start of `matrix` against a ready SQLite file, as a ratio to `node -e 0` measured in this run.
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-treaties-'));
  const env = { ...process.env, TREATYWATCH_DB: join(dir, 'bench.db'), TREATYWATCH_TODAY: TODAY };
  execFileSync(process.execPath, ['dist/bundle/treatywatch.js', 'init'], { env });
  // Interleaved with `node -e 0`, run for run, so that a busy machine slows both alike; the ratio is the median of the pairs'.
  function versusNode(args, n = 21) {
    const once = (a) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, a, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`${a.join(' ')} failed: ${r.stderr}`);
      return performance.now() - t;
    };
    const pairs = Array.from({ length: n }, () => [once(['-e', '0']), once(args)]);
    const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return { node: median(pairs.map((p) => p[0])), cli: median(pairs.map((p) => p[1])), ratio: median(pairs.map((p) => p[1] / p[0])) };
  }
  for (const [label, args] of [
    [`\`treatywatch status apmbc --json\` cold start vs \`node -e 0\` (a record of ${treaties} treaties)`, ['dist/bundle/treatywatch.js', 'status', 'apmbc', '--json']],
    ['`treatywatch matrix --protocols --csv` cold start vs `node -e 0` (every treaty\'s timelines)', ['dist/bundle/treatywatch.js', 'matrix', '--protocols', '--csv']],
  ]) {
    const w = versusNode(args);
    add(label, `${w.cli.toFixed(0)} ms vs ${w.node.toFixed(0)} ms = ${w.ratio.toFixed(2)}× (median of ${21} interleaved pairs)`, '≤ 3×', w.ratio <= 3);
  }
  rmSync(dir, { recursive: true, force: true });
  return { dataset: `${dataset.events.length} events, ${states} states, ${treaties} treaties` };
}
