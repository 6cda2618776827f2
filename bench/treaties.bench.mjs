// All treaties at once (issue 8): the status of every state under every treaty on one date, in
// process, the `matrix` command's cold start, next to the core figures they build on, and the
// matrix page against the web app's page budget.
import { versusNode } from './cold-start.mjs';
import { execFileSync } from 'node:child_process';
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
  // The eight treaties of the issue (the matrix's default columns: no CCW Protocols).
  const eight = dataset.treaties.filter((t) => t.parentTreatyId === undefined).map((t) => t.id);
  const matrix8 = time(() => statusMatrix(index, '2026-02-03', eight), 1000);
  add(`status of all ${states} states × the ${eight.length} treaties (no protocols) on one date, with counts (in process)`, `${matrix8.median.toFixed(3)} ms median, ${matrix8.p95.toFixed(3)} ms p95`, '< 5 ms', matrix8.median < 5);
  await matrixPageBudget(add, index, TODAY);

  // Cold start of `matrix` against a ready SQLite file, as a ratio to `node -e 0` measured in this run.
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-treaties-'));
  const env = { ...process.env, TREATYWATCH_DB: join(dir, 'bench.db'), TREATYWATCH_TODAY: TODAY };
  execFileSync(process.execPath, ['dist/bundle/treatywatch.js', 'init'], { env });
  // Interleaved with `node -e 0`, run for run, so that a busy machine slows both alike; the ratio is the median of the pairs'.
  for (const [label, args] of [
    [`\`treatywatch status apmbc --json\` cold start vs \`node -e 0\` (a record of ${treaties} treaties)`, ['dist/bundle/treatywatch.js', 'status', 'apmbc', '--json']],
    ['`treatywatch matrix --protocols --csv` cold start vs `node -e 0` (every treaty\'s timelines)', ['dist/bundle/treatywatch.js', 'matrix', '--protocols', '--csv']],
  ]) {
    const w = versusNode(args, env);
    add(label, `${w.cli.toFixed(0)} ms vs ${w.node.toFixed(0)} ms = ${w.ratio.toFixed(2)}× (median of ${w.n} interleaved pairs)`, '≤ 3×', w.ratio <= 3);
  }
  rmSync(dir, { recursive: true, force: true });
  return { dataset: `${dataset.events.length} events, ${states} states, ${treaties} treaties` };
}

/**
 * The matrix page (/matrix) against the web app's page budget, measured as the web bench measures
 * the treaty page: server render time, then Chromium on loopback with a cold cache each load —
 * bytes transferred compressed, largest contentful paint, console errors.
 */
async function matrixPageBudget(add, index, TODAY) {
  const { default: Fastify } = await import('fastify');
  const { chromium } = await import('playwright-core');
  const { registerWeb } = await import('../dist/web/register-web.js');
  const { matrixAnswer } = await import('../dist/web/matrix-web.js');
  const { liveLinks } = await import('../dist/web/links.js');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const render = matrixAnswer(() => TODAY, liveLinks());
  const renders = [];
  for (let i = 0; i < 20; i += 1) {
    const t = performance.now();
    render(index, {}, `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`);
    renders.push(performance.now() - t);
  }
  add('render the matrix page on the server (197 states × 8 treaties, any date)', `${median(renders).toFixed(1)} ms median`, '—', null);

  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerWeb(app, { readIndex: async () => index, today: () => TODAY });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const lcps = [];
  let transferred = 0;
  let errors = 0;
  for (let i = 0; i < 9; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    page.on('console', (m) => { if (m.type() === 'error') errors += 1; });
    page.on('pageerror', () => { errors += 1; });
    await page.goto(`${base}/matrix?on=2026-02-03`, { waitUntil: 'load' });
    const lcp = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const all = list.getEntries();
        resolve(all[all.length - 1].startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }));
    // The first load warms the server's page cache; the figures are of the loads after it.
    if (i > 0) {
      lcps.push(lcp);
      transferred = Math.max(transferred, bytes);
    }
    await context.close();
  }
  await browser.close();
  await app.close();
  const sorted = [...lcps].sort((a, b) => a - b);
  add('matrix page: bytes transferred, compressed, page + styles (cold browser cache)', `${(transferred / 1024).toFixed(0)} KB`, '≤ 250 KB', transferred <= 250 * 1024);
  add('matrix page: largest contentful paint, Chromium on loopback (8 runs)', `${median(lcps).toFixed(0)} ms median, ${sorted[sorted.length - 1].toFixed(0)} ms max`, '≤ 1000 ms', sorted[sorted.length - 1] <= 1000);
  add('console errors while loading the matrix page (9 loads)', String(errors), '0', errors === 0);
}
