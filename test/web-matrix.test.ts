// The matrix page (/matrix) in a real Chromium: on the full server (API + web, its own security
// headers) and in the static export (written by the export's own renderer, served as plain files).
// Cells are checked against the reference tables (../shared/reference), not against our output.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPeople } from '../src/web/people-source.js';
import { renderSite } from '../src/web/render-site.js';
import { writeSite } from '../src/web/write-site.js';
import { BACKENDS, TODAY, type TestDb, testServer } from './support/api-harness.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';
import { launchChromium, lowContrast } from './support/browser.js';

/** The columns of the reference's APMBC and CCM tables used here. */
interface ReferenceRow { readonly iso3: string; readonly entry_into_force: string; readonly withdrawal_deposit: string; readonly withdrawal_effective: string }

// With the protocols the matrix has a column per treaty in the shipped data, after the states' column.
const TREATY_COUNT = (JSON.parse(readFileSync(new URL('../data/treaties.json', import.meta.url), 'utf8')) as unknown[]).length;
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web/', import.meta.url));
const ON = '2026-02-03';

/** Lithuania's row of the reference's APMBC or CCM table. */
function lithuania(file: 'apmbc-states.csv' | 'ccm-states.csv'): ReferenceRow {
  const rows = parse<ReferenceRow>(readFileSync(`${REFERENCE}${file}`, 'utf8'), { columns: true });
  const row = rows.find((r) => r.iso3 === 'LTU');
  if (!row) throw new Error(`${file}: no LTU`);
  return row;
}
const APMBC = lithuania('apmbc-states.csv');
const CCM = lithuania('ccm-states.csv');

let browser: Browser;
let problems: string[] = [];
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A page at 1280 × 900, collecting console errors, failed requests and uncaught exceptions. */
async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return page;
}

/** Lithuania's cell under a treaty: its status and its since-date. */
async function ltu(page: Page, treaty: string): Promise<{ status: string | null; since: string | null }> {
  const columns = await page.locator('table.matrix thead th').allTextContents();
  const i = columns.findIndex((c) => c.startsWith(treaty));
  if (i < 1) throw new Error(`no column ${treaty} in ${columns.join(' | ')}`);
  const td = page.locator(`table.matrix tbody tr[data-row-iso3="LTU"] > :nth-child(${i + 1})`);
  return { status: await td.getAttribute('data-status'), since: (await td.locator('.since').count()) > 0 ? await td.locator('.since').textContent() : null };
}

describe('the matrix page on the live server', { timeout: 120_000 }, () => {
  let db: TestDb;
  let app: FastifyInstance;
  let base = '';
  beforeAll(async () => {
    const sqlite = BACKENDS[0]?.[1];
    if (!sqlite) throw new Error('no backend');
    db = await sqlite.create();
    app = await testServer(db.store);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('is a real table: column and row headers with scope, every state, the eight treaties; Lithuania as the reference has it', async () => {
    problems = [];
    const page = await open(`${base}/matrix?on=${ON}`);
    expect(await page.locator('nav.main a[href="/matrix"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('table.matrix caption').textContent()).toContain('197 states, 8 treaties');
    expect(await page.locator('table.matrix thead th[scope="col"]').count()).toBe(9);
    expect(await page.locator('table.matrix tbody tr').count()).toBe(197);
    expect(await page.locator('table.matrix tbody th[scope="row"]').count()).toBe(197);
    expect(await ltu(page, 'APMBC')).toEqual({ status: 'withdrawn', since: APMBC.withdrawal_effective });
    expect(await ltu(page, 'CCM')).toEqual({ status: 'withdrawn', since: CCM.withdrawal_effective });
    expect((await ltu(page, 'TPNW')).status).toBe('not_joined');
    expect(await page.locator('text=unverified: see below').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'matrix-2026-02-03.png') });
    // The header row stays in view while the rows scroll under it.
    await page.locator('.matrix-wrap').evaluate((el: { scrollTop: number }) => {
      el.scrollTop = 3000;
    });
    const wrapTop = (await page.locator('.matrix-wrap').boundingBox())?.y ?? NaN;
    const headTop = (await page.locator('table.matrix thead th').first().boundingBox())?.y ?? NaN;
    expect(Math.abs(headTop - wrapTop)).toBeLessThan(3);
    await page.screenshot({ path: join(ARTIFACTS, 'matrix-scrolled.png') });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: join(ARTIFACTS, 'matrix-375.png') });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the date control reloads the page for the date chosen and keeps it in ?on=', async () => {
    problems = [];
    const page = await open(`${base}/matrix?on=${ON}`);
    await page.fill('#date-field', '2024-01-01');
    await Promise.all([page.waitForURL(/on=2024-01-01/), page.click('#date-control button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('on')).toBe('2024-01-01');
    // Before both withdrawals were deposited (reference: 2025-06-27 and 2024-09-06): a State Party of both since entry into force.
    expect(APMBC.withdrawal_deposit > '2024-01-01' && CCM.withdrawal_deposit > '2024-01-01').toBe(true);
    expect(await ltu(page, 'APMBC')).toEqual({ status: 'party', since: APMBC.entry_into_force });
    expect(await ltu(page, 'CCM')).toEqual({ status: 'party', since: CCM.entry_into_force });
    // The protocols link keeps the date and adds the CCW's Protocols and its Article 1 amendment.
    await Promise.all([page.waitForURL(/protocols=true/), page.click('text=With the CCW Protocols')]);
    expect(new URL(page.url()).searchParams.get('on')).toBe('2024-01-01');
    expect(await page.locator('table.matrix thead th[scope="col"]').count()).toBe(TREATY_COUNT + 1);
    await page.fill('#date-field', ON);
    await Promise.all([page.waitForURL(new RegExp(`on=${ON}`)), page.click('#date-control button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('protocols')).toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keeps every text at a contrast of at least 4.5:1 (badges, dates under them, unverified marks, the counts)', async () => {
    const page = await open(`${base}/matrix?on=${ON}&protocols=true`);
    expect(await page.evaluate(lowContrast)).toEqual([]);
    await page.close();
  });

  it('links a CSV of the same table, with the matrix header', async () => {
    const page = await open(`${base}/matrix?on=${ON}`);
    const href = await page.locator('a[download]').getAttribute('href');
    const r = await page.request.get(new URL(href ?? '', base).toString());
    expect(r.headers()['content-type']).toMatch(/^text\/csv/);
    const table: string[][] = parse(await r.text());
    const [header, ...rows] = table;
    expect(header?.slice(0, 4)).toEqual(['iso3', 'name', 'apmbc', 'apmbc_since']);
    expect(rows.find((row) => row[0] === 'LTU')?.slice(2, 4)).toEqual(['withdrawn', APMBC.withdrawal_effective]);
    await page.close();
  });
});

describe('the matrix page in the static export', { timeout: 120_000 }, () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tw-matrix-site-')), 'site');
    writeSite(dir, renderSite(shippedIndex(), emptyPeople(), ON, TODAY));
    server = staticServer(dir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('renders the table as of the export date with the protocols, says the date is fixed, and its CSV sits beside it', async () => {
    problems = [];
    const page = await open(`${base}/matrix/`);
    expect(await page.locator('table.matrix thead th[scope="col"]').count()).toBe(TREATY_COUNT + 1);
    expect(await ltu(page, 'APMBC')).toEqual({ status: 'withdrawn', since: APMBC.withdrawal_effective });
    expect(await page.locator('#date-control').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('the day it was exported');
    const href = await page.locator('a[download]').getAttribute('href');
    const r = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(r.status()).toBe(200);
    const table: string[][] = parse(await r.text());
    const [header] = table;
    expect(header).toContain('ccw-p1_since');
    await page.screenshot({ path: join(ARTIFACTS, 'matrix-static.png') });
    await page.close();
    expect(problems).toEqual([]);
  });
});

/** A plain static file server, as any host would be: files as they are, `dir/` → `dir/index.html`. */
function staticServer(root: string): Server {
  const types: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.csv': 'text/csv' };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const asked = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!asked.startsWith(root)) return void res.writeHead(403).end();
    const file = existsSync(asked) && statSync(asked).isDirectory() ? join(asked, 'index.html') : asked;
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
}
