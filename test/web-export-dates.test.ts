// The static export (renderSite + writeSite, what `treatywatch export-site` writes) served by a plain
// static file server on loopback, in a real Chromium: a state page's date control works with no
// server (Lithuania under the APMBC before and after its withdrawal took effect, its groups, its
// events), each state page stays within the page-weight budget, and the treaty page's downloads are
// files next to the page, named with the export's date. Checked against ../shared/reference.
// Screenshots go to test-artifacts/web-export-dates/.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../src/web/render-site.js';
import { emptyPeople } from '../src/web/people-source.js';
import { writeSite } from '../src/web/write-site.js';
import { referenceStatus } from './support/reference-status.js';
import { REFERENCE, referenceRows, shippedIndex } from './support/shipped.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web-export-dates/', import.meta.url));
const TODAY = '2026-11-23';
const LABELS: Record<string, string> = { party: 'State Party', withdrawn: 'Withdrawn', withdrawal_pending: 'Withdrawal under way', signatory: 'Signatory', deposited: 'Joined, not yet in force', not_joined: 'Not joined' };
const ltu = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
const groups = parse<{ org: string; iso3: string; joined: string; left: string }>(readFileSync(`${REFERENCE}org-memberships.csv`, 'utf8'), { columns: true, skip_empty_lines: true });

let root: string;
let server: Server;
let base: string;
let browser: Browser;
const problems: string[] = [];

/** A plain static file server, as any host would be: files as they are, `dir/` → `dir/index.html`. */
function staticServer(dir: string): Server {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.csv': 'text/csv', '.json': 'application/json' };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  root = join(mkdtempSync(join(tmpdir(), 'tw-export-dates-')), 'site');
  writeSite(root, renderSite(shippedIndex(), emptyPeople(), TODAY, TODAY));
  server = staticServer(root);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
  rmSync(join(root, '..'), { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${path}: exception: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
  await page.goto(base + path);
  await page.waitForLoadState('load');
  return page;
}

/** The groups the reference lists the state in on a date. */
function referenceGroups(iso3: string, on: string): string[] {
  return groups.filter((g) => g.iso3 === iso3 && g.joined <= on && (g.left === '' || on <= g.left)).map((g) => g.org).sort();
}

describe('state pages of the static export follow ?on= and the date control', { timeout: 120_000 }, () => {
  it('shows Lithuania under the APMBC as the reference has it on each date, with its groups and only the events recorded by then', async () => {
    problems.length = 0;
    expect(ltu?.withdrawal_effective).toBe('2025-12-27');
    for (const on of ['2003-01-01', '2025-03-26', '2025-09-01', '2026-01-01']) {
      const want = referenceStatus(ltu!, on) ?? '';
      const page = await open(`/states/LTU/?on=${on}`);
      const summary = page.locator('li[data-state-treaty="apmbc"] .badge');
      await expect.poll(() => summary.textContent(), { message: on }).toBe(LABELS[want]);
      expect(await page.locator('h2[data-state-treaty="apmbc"] .badge').textContent()).toBe(LABELS[want]);
      expect(await page.locator('#date-field').inputValue()).toBe(on);
      // The groups on the date, as the reference lists them (EU, NATO).
      const text = (await page.locator('#state-groups').textContent()) ?? '';
      const listed = text.startsWith('Member of ') ? text : '';
      const shown = [['European Union', 'EU'], ['North Atlantic Treaty Organization', 'NATO']].filter(([n]) => listed.includes(`${n} (since`)).map(([, code]) => code).sort();
      expect(shown, `groups on ${on}: ${text}`).toEqual(referenceGroups('LTU', on));
      // The instrument of withdrawal (deposited 2025-06-27) shows only once deposited.
      const withdrawalShown = await page.locator('#treaty-apmbc li[data-event-from]:visible', { hasText: 'Instrument of withdrawal deposited' }).count();
      expect(withdrawalShown > 0, `withdrawal event on ${on}`).toBe(ltu!.withdrawal_deposit <= on);
      // The deadlines are the server's for the export's date: another day hides them and says so.
      expect(await page.getByText(/Deadlines are worked out for 23 November 2026 only/).first().isVisible()).toBe(on !== TODAY);
      await page.screenshot({ path: join(ARTIFACTS, `static-LTU-${on}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('moves with the date field without reloading, and words the withdrawal as to come or past', async () => {
    problems.length = 0;
    const page = await open('/states/LTU/');
    const badge = page.locator('li[data-state-treaty="apmbc"] .badge');
    await expect.poll(() => badge.textContent()).toBe(LABELS[referenceStatus(ltu!, TODAY) ?? '']);
    await page.fill('#date-field', '2025-09-01');
    await page.dispatchEvent('#date-field', 'change');
    await expect.poll(() => badge.textContent()).toBe(LABELS.withdrawal_pending);
    expect(await page.locator('[data-effect-on="2025-12-27"]').textContent()).toBe('Withdrawal takes effect');
    expect(page.url()).toContain('?on=2025-09-01');
    await page.fill('#date-field', '2026-01-01');
    await page.dispatchEvent('#date-field', 'change');
    await expect.poll(() => badge.textContent()).toBe(LABELS.withdrawn);
    expect(await page.locator('[data-effect-on="2025-12-27"]').textContent()).toBe('Withdrawal took effect');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keeps every state page within 250 KB compressed, page and the styles and scripts it loads', () => {
    const assets = join(root, 'assets');
    const gz = (file: string): number => gzipSync(readFileSync(file)).length;
    let largest = 0;
    for (const iso3 of shippedIndex().stateList.map((s) => s.iso3)) {
      const page = join(root, 'states', iso3, 'index.html');
      const text = readFileSync(page, 'utf8');
      const linked = [...text.matchAll(/(?:src|href)="(?:\.\.\/)+assets\/([^"]+)"/g)].map((m) => join(assets, m[1] as string));
      largest = Math.max(largest, gz(page) + linked.reduce((n, f) => n + gz(f), 0));
    }
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(250 * 1024);
  });
});

describe('treaty page downloads in the static export', { timeout: 120_000 }, () => {
  it('downloads the CSV and the SVG written next to the page, named with the export date, agreeing with the reference', async () => {
    problems.length = 0;
    const page = await open('/treaties/apmbc/');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Every state's status on 23 November 2026 \(CSV\)/ }).click()]);
    expect(csv.suggestedFilename()).toBe(`apmbc-status-${TODAY}.csv`);
    const rows = parse<Record<string, string>>(readFileSync(await csv.path(), 'utf8'), { columns: true, skip_empty_lines: true });
    expect(rows).toHaveLength(197);
    let checked = 0;
    for (const r of referenceRows('apmbc-states.csv')) {
      const want = referenceStatus(r, TODAY);
      if (want === undefined || /remains a State Party/i.test(r.notes)) continue;
      expect(rows.find((x) => x.iso3 === r.iso3)?.status, r.iso3).toBe(want);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(190);
    // The map's SVG (made in the browser from the map as shown) for another date carries that date.
    await page.fill('#date-field', '2025-03-26');
    await page.dispatchEvent('#date-field', 'change');
    const link = page.getByRole('link', { name: /Map of APMBC on 26 March 2025 \(SVG\)/ });
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } })
      .document.querySelector('a[data-download="svg"][data-kind="map"]')?.getAttribute('download') === 'apmbc-map-2025-03-26.svg');
    const [svg] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(svg.suggestedFilename()).toBe('apmbc-map-2025-03-26.svg');
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/data-iso3="LTU" data-status="party"/);
    // The static CSV holds the export's date only: the page says so for another date.
    expect(await page.getByText(/this copy of the site holds the table for 23 November 2026 only/).isVisible()).toBe(true);
    await page.locator('#downloads').screenshot({ path: join(ARTIFACTS, 'static-downloads.png') });
    await page.close();
    // Without script, the files themselves are next to the page.
    for (const file of [`apmbc-map-${TODAY}.svg`, `apmbc-chart-${TODAY}.svg`, `apmbc-status-${TODAY}.csv`]) {
      expect((await fetch(`${base}/treaties/apmbc/${file}`)).status, file).toBe(200);
    }
    expect(problems).toEqual([]);
  });
});
