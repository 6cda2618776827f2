// Web app benchmarks (web issue): the treaty page in Chromium on loopback — bytes transferred
// (compressed), largest contentful paint, console errors — server render times, and the static export.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

export const title = 'Web app';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const { default: Fastify } = await import('fastify');
  const { chromium } = await import('playwright-core');
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { registerWeb } = await import('../dist/web/register-web.js');
  const { renderSite } = await import('../dist/web/render-site.js');
  const { emptyPeople, shippedPeople } = await import('../dist/web/people-source.js');
  const { treatyPage } = await import('../dist/web/pages/treaty-page.js');
  const { liveLinks } = await import('../dist/web/links.js');

  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const index = indexRecord(loaded.value);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

  // Rendering on the server: the first treaty page pays for the atlas and the treaty's data; later dates only for the page.
  let t = performance.now();
  treatyPage(index, index.treaties.get('apmbc'), TODAY, TODAY, liveLinks());
  const first = performance.now() - t;
  const renders = [];
  for (let i = 0; i < 30; i += 1) {
    t = performance.now();
    treatyPage(index, index.treaties.get('apmbc'), `2025-0${1 + (i % 9)}-1${i % 10}`, TODAY, liveLinks());
    renders.push(performance.now() - t);
  }
  add('render the APMBC page on the server: first (atlas, timelines) / any other date', `${first.toFixed(0)} ms / ${median(renders).toFixed(1)} ms median`, '—', null);

  // The live server on loopback, as tests build it (Fastify + registerWeb), and Chromium with a cold cache each time.
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerWeb(app, { readIndex: async () => index, today: () => TODAY });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
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
    await page.goto(`${base}/treaties/apmbc?on=2025-03-26`, { waitUntil: 'load' });
    const lcp = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const all = list.getEntries();
        resolve(all[all.length - 1].startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }));
    // The first run warms the server's page cache; the figures are of the runs after it.
    if (i > 0) {
      lcps.push(lcp);
      transferred = Math.max(transferred, bytes);
    }
    await context.close();
  }
  await browser.close();
  await app.close();
  add('APMBC treaty page: bytes transferred, compressed, page + styles + scripts (cold browser cache)', `${(transferred / 1024).toFixed(0)} KB`, '≤ 250 KB', transferred <= 250 * 1024);
  add('APMBC treaty page: largest contentful paint, Chromium on loopback (8 runs)', `${median(lcps).toFixed(0)} ms median, ${p95(lcps).toFixed(0)} ms max`, '≤ 1000 ms', p95(lcps) <= 1000);
  add('console errors while loading the treaty page (9 loads)', String(errors), '0', errors === 0);

  // The static export, in process (the CLI adds only the store read): time, size, and the treaty page as a CDN would gzip it.
  const people = shippedPeople(index);
  t = performance.now();
  const files = renderSite(index, people.ok ? people.value : emptyPeople(), TODAY, TODAY);
  const exportMs = performance.now() - t;
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.body), 0);
  const treaty = files.find((f) => f.path === 'treaties/apmbc/index.html');
  add(`static export: ${files.filter((f) => f.path.endsWith('index.html')).length} pages and assets rendered`, `${(exportMs / 1000).toFixed(1)} s, ${(bytes / 1048576).toFixed(1)} MiB`, '—', null);
  add('static export: APMBC page gzipped (as a CDN serves it)', `${(gzipSync(treaty.body, { level: 9 }).length / 1024).toFixed(0)} KB`, '—', null);
  return { dataset: `${loaded.value.events.length} events, ${loaded.value.states.length} states` };
}
