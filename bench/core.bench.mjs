// Core engine and CLI benchmarks (foundation issue).
import { versusNode } from './cold-start.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const title = 'Engine and CLI';

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { statusTable } = await import('../dist/domain/status-table.js');
  const { seriesOn } = await import('../dist/domain/counts.js');
  const { datesBetween } = await import('../dist/domain/calendar-date.js');

  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const dataset = loaded.value;

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


  const indexT = time(() => indexRecord(dataset).problems, 30); // reading problems builds every treaty's timelines (they are built lazily)
  add('index the record (build every timeline, 197 states × 2 treaties)', `${indexT.median.toFixed(2)} ms median`, '—', null);

  const index = indexRecord(dataset);
  const status = time(() => { statusTable(index, 'apmbc', '2025-03-26'); statusTable(index, 'ccm', '2025-03-26'); }, 2000);
  add('status of all 197 states × 2 treaties on one date, with counts (in process)', `${status.median.toFixed(3)} ms median, ${status.p95.toFixed(3)} ms p95`, '< 1 ms', status.median < 1);

  const days = datesBetween('1997-12-03', TODAY, 'day');
  const series = time(() => { seriesOn(index, 'apmbc', days); seriesOn(index, 'ccm', days); }, 50);
  add(`daily series 1997-12-03 → ${TODAY} (${days.length} days) for both treaties`, `${series.median.toFixed(1)} ms median, ${series.p95.toFixed(1)} ms p95`, '< 100 ms', series.median < 100);

  // Cold start: the compiled CLI against a ready SQLite file, as a ratio to `node -e 0` measured in this same run.
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-'));
  const env = { ...process.env, TREATYWATCH_DB: join(dir, 'bench.db'), TREATYWATCH_TODAY: TODAY };
  execFileSync(process.execPath, ['dist/bundle/treatywatch.js', 'init'], { env });
  const w = versusNode(['dist/bundle/treatywatch.js', 'status', 'apmbc', '--json'], env);
  add('`treatywatch status apmbc --json` cold start vs `node -e 0`', `${w.cli.toFixed(0)} ms vs ${w.node.toFixed(0)} ms = ${w.ratio.toFixed(2)}× (median of ${w.n} interleaved pairs)`, '≤ 3×', w.ratio <= 3);

  // Peak memory of one CLI run, read by GNU time-free means: the child's own resource usage.
  const peak = spawnSync(process.execPath, ['-e', `
    process.argv = [process.argv[0], 'dist/bundle/treatywatch.js', 'series', 'apmbc', '--from', '1997-12-03', '--to', '${TODAY}', '--every', 'day', '--json'];
    const w = process.stdout.write.bind(process.stdout); process.stdout.write = () => true;
    await import('./dist/bundle/treatywatch.js');
    process.on('exit', () => w(String(process.resourceUsage().maxRSS)));
  `, '--input-type=module'], { env, encoding: 'utf8' });
  const rssMb = Number(peak.stdout.trim().split('\n').pop()) / 1024;
  add('peak memory (max RSS) of `treatywatch series apmbc --every day --json`', `${rssMb.toFixed(0)} MiB`, '—', null);
  const inProc = process.resourceUsage().maxRSS / 1024;
  add('peak memory (max RSS) of this benchmark process', `${inProc.toFixed(0)} MiB`, '—', null);
  rmSync(dir, { recursive: true, force: true });


  return { dataset: `${dataset.events.length} events, ${dataset.states.length} states` };
}
