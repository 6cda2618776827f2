// The treaty page's downloads in a real Chromium against the whole live server (API with its content
// security policy, web pages) on a SQLite file: the map and the chart as SVG and PNG, and the status
// table as CSV, each clicked as a reader would, for the page's date and after the date control moved.
// The files are checked against ../shared/reference (compiled independently of the record), the SVGs
// parsed as XML by the browser's own parser. Screenshots go to test-artifacts/web-downloads/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/build-server.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { referenceDepositedCount, referenceStatus } from './support/reference-status.js';
import { referenceRows, shipped } from './support/shipped.js';
import { launchChromium } from './support/browser.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web-downloads/', import.meta.url));
const TODAY = '2026-11-23';
const reference = referenceRows('apmbc-states.csv');

/** What the browser's XML parser makes of an SVG file (the test is type-checked without the DOM library). */
interface Parsed { readonly error: string | null; readonly root: string; readonly states: [string, string][]; readonly marker: string }
declare const DOMParser: new () => { parseFromString(text: string, type: string): XmlDoc };
interface XmlEl { readonly textContent: string | null; readonly localName: string; getAttribute(name: string): string | null }
interface XmlDoc { readonly documentElement: XmlEl; querySelector(s: string): XmlEl | null; querySelectorAll(s: string): ArrayLike<XmlEl> }

let dir: string;
let store: KyselyStore;
let app: FastifyInstance;
let base: string;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'tw-web-downloads-'));
  store = openSqliteStore(join(dir, 'web.db'));
  await store.migrate();
  await store.loadDataset(shipped());
  app = await buildServer({ store, today: () => TODAY });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${path}: exception: ${e.message}`));
  const r = await page.goto(base + path);
  expect(r?.status(), path).toBe(200);
  return page;
}

/** Clicks a link (by its accessible name) and returns the saved file's name and bytes. */
async function download(page: Page, name: RegExp): Promise<{ file: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await d.path();
  return { file: d.suggestedFilename(), body: readFileSync(path) };
}

/**
 * Parses an SVG file with the browser's XML parser: any error, the root, every state's status, the
 * chart marker. In a blank page of its own: the site's content security policy (rightly) refuses the
 * file's inline styles, and would report that as a console error of the page under test.
 */
async function parseSvg(_page: Page, text: string): Promise<Parsed> {
  const page = await browser.newPage();
  try {
    return await parseIn(page, text);
  } finally {
    await page.close();
  }
}

function parseIn(page: Page, text: string): Promise<Parsed> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const states = Array.from(doc.querySelectorAll('[data-iso3]')).map((e): [string, string] => [e.getAttribute('data-iso3') ?? '', e.getAttribute('data-status') ?? '']);
    return { error: err ? err.textContent : null, root: doc.documentElement.localName, states, marker: doc.querySelector('.marker text')?.textContent ?? '' };
  }, text);
}

/**
 * The record's "disputed suspension" is a State Party that notified a suspension the treaty does not
 * provide for: the reference calls it a party and says so in its notes (Ukraine).
 */
function asReference(status: string, notes: string): string {
  return status === 'suspension_notified' && /suspension/i.test(notes) && /remains a State Party/i.test(notes) ? 'party' : status;
}

/** Every state on the map whose status the reference settles has that status. */
function expectMapAgrees(states: readonly [string, string][], on: string): void {
  expect(new Set(states.map(([iso3]) => iso3)).size).toBe(197);
  let checked = 0;
  for (const r of reference) {
    const want = referenceStatus(r, on);
    if (want === undefined) continue;
    const got = states.filter(([iso3]) => iso3 === r.iso3).map(([, s]) => s);
    expect(got.length, r.iso3).toBeGreaterThan(0);
    for (const s of got) expect(asReference(s, r.notes), `${r.iso3} on ${on}`).toBe(want);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(190);
}

/** The CSV parses, holds one APMBC row per state, and each row the reference settles agrees with it. */
function expectCsvAgrees(text: string, on: string): void {
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true });
  expect(Object.keys(rows[0] ?? {})).toEqual(['treaty', 'iso3', 'name', 'status', 'since', 'possibly', 'rule', 'verified', 'event', 'source_urls']);
  expect(rows).toHaveLength(197);
  expect(new Set(rows.map((r) => r.treaty))).toEqual(new Set(['apmbc']));
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  let checked = 0;
  for (const r of reference) {
    const want = referenceStatus(r, on);
    if (want === undefined) continue;
    expect(asReference(byIso3.get(r.iso3)?.status ?? '', r.notes), `${r.iso3} on ${on}`).toBe(want);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(190);
}

describe('treaty page downloads (live server)', { timeout: 120_000 }, () => {
  it('downloads the map and the chart as SVG and PNG and the table as CSV, named with the page date, agreeing with the reference', async () => {
    problems.length = 0;
    const on = '2025-03-26';
    const page = await open(`/treaties/apmbc?on=${on}`);
    // The PNG links appear once the browser has drawn them.
    await page.getByRole('link', { name: /Map of APMBC on 26 March 2025 \(PNG\)/ }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: /Chart of APMBC States Parties on 26 March 2025 \(PNG\)/ }).waitFor({ state: 'visible' });
    await page.locator('#downloads').scrollIntoViewIfNeeded();
    await page.locator('#downloads').screenshot({ path: join(ARTIFACTS, 'downloads-section.png') });

    const map = await download(page, /Map of APMBC on 26 March 2025 \(SVG\)/);
    expect(map.file).toBe(`apmbc-map-${on}.svg`);
    const mapSvg = await parseSvg(page, map.body.toString('utf8'));
    expect(mapSvg.error).toBeNull();
    expect(mapSvg.root).toBe('svg');
    expectMapAgrees(mapSvg.states, on);
    expect(mapSvg.states.find(([iso3]) => iso3 === 'LTU')?.[1]).toBe('party');

    const chart = await download(page, /Chart of APMBC States Parties on 26 March 2025 \(SVG\)/);
    expect(chart.file).toBe(`apmbc-chart-${on}.svg`);
    const chartSvg = await parseSvg(page, chart.body.toString('utf8'));
    expect(chartSvg.error).toBeNull();
    expect(chartSvg.marker).toBe(`26 Mar 2025: ${referenceDepositedCount(reference, on)}`);

    for (const kind of ['Map', 'Chart'] as const) {
      const png = await download(page, new RegExp(`${kind} of APMBC.* on 26 March 2025 \\(PNG\\)`));
      expect(png.file).toBe(`apmbc-${kind.toLowerCase()}-${on}.png`);
      expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // IHDR: twice the SVG's width (960 and 640 units).
      expect(png.body.readUInt32BE(16)).toBe(kind === 'Map' ? 1920 : 1280);
      writeFileSync(join(ARTIFACTS, png.file), png.body);
    }

    const csv = await download(page, /Every state's status on 26 March 2025 \(CSV\)/);
    expect(csv.file).toBe(`apmbc-status-${on}.csv`);
    expectCsvAgrees(csv.body.toString('utf8'), on);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('follows the date control: the files of a new date carry it in their names and content', async () => {
    problems.length = 0;
    const page = await open('/treaties/apmbc?on=2025-03-26');
    const on = '2026-01-01';
    await page.fill('#date-field', on);
    await page.dispatchEvent('#date-field', 'change');
    const png = page.getByRole('link', { name: /Map of APMBC on 1 January 2026 \(PNG\)/ });
    await png.waitFor({ state: 'visible' });
    await page.waitForFunction((d) => (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } })
      .document.querySelector('a[data-download="png"][data-kind="map"]')?.getAttribute('download') === `apmbc-map-${d}.png`, on);

    const map = await download(page, /Map of APMBC on 1 January 2026 \(SVG\)/);
    expect(map.file).toBe(`apmbc-map-${on}.svg`);
    const mapSvg = await parseSvg(page, map.body.toString('utf8'));
    expect(mapSvg.error).toBeNull();
    expectMapAgrees(mapSvg.states, on);
    expect(mapSvg.states.find(([iso3]) => iso3 === 'LTU')?.[1]).toBe('withdrawn');

    const csv = await download(page, /Every state's status on 1 January 2026 \(CSV\)/);
    expect(csv.file).toBe(`apmbc-status-${on}.csv`);
    expectCsvAgrees(csv.body.toString('utf8'), on);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('serves the SVGs without script too, at the address the link carries, and refuses a name it does not know', async () => {
    const r = await fetch(`${base}/treaties/apmbc/apmbc-map-2025-03-26.svg`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="apmbc-map-2025-03-26.svg"');
    const page = await browser.newPage();
    const svg = await parseSvg(page, await r.text());
    expect(svg.error).toBeNull();
    expectMapAgrees(svg.states, '2025-03-26');
    // The file rendered on its own: a picture of the map, looked at.
    await page.goto(`${base}/treaties/apmbc/apmbc-map-2025-03-26.svg`).catch(() => undefined);
    await page.close();
    const shot = await browser.newPage({ viewport: { width: 960, height: 480 } });
    await shot.setContent(`<img src="${base}/treaties/apmbc/apmbc-chart-2025-03-26.svg" width="640">`);
    await shot.waitForLoadState('load');
    await shot.screenshot({ path: join(ARTIFACTS, 'chart-file.png') });
    await shot.close();
    expect((await fetch(`${base}/treaties/apmbc/apmbc-map-2025-02-30.svg`)).status).toBe(404);
    expect((await fetch(`${base}/treaties/apmbc/ccm-map-2025-03-26.svg`)).status).toBe(404);
    expect((await fetch(`${base}/treaties/apmbc/anything`)).status).toBe(404);
    // The CSV link's file is the API's own export for the same treaty and date, byte for byte.
    const [mine, api] = await Promise.all([fetch(`${base}/treaties/apmbc/apmbc-status-2025-03-26.csv`), fetch(`${base}/v1/exports/status.csv?treaty=apmbc&on=2025-03-26`)]);
    expect(mine.headers.get('content-disposition')).toBe('attachment; filename="apmbc-status-2025-03-26.csv"');
    expect(await mine.text()).toBe(await api.text());
  });
});
