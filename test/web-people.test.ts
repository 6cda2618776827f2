// The campaign-workspace pages in a real Chromium against the live server (the whole server: API,
// security headers with the content security policy, web pages) on a SQLite file holding the record
// and the workspace: the person page, a state's positions and votes, the campaign log's filter, the
// media-pack builder's preview and a download, and the casualty chart. Screenshots go to
// test-artifacts/web-people/ (and are looked at).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/build-server.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { referencePrimeMinister, shippedPeopleData } from './support/people.js';
import { referenceRows, shipped } from './support/shipped.js';
import { launchChromium } from './support/browser.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web-people/', import.meta.url));
const TODAY = '2026-11-23';

/** The little of the browser's globals the page callbacks read (the tests are type-checked without the DOM library). */
interface El { readonly textContent: string | null; getAttribute(name: string): string | null }
declare const document: { querySelectorAll(selector: string): ArrayLike<El>; title: string };

let dir: string;
let store: KyselyStore;
let app: FastifyInstance;
let base: string;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'tw-web-people-'));
  store = openSqliteStore(join(dir, 'web.db'));
  await store.migrate();
  await store.loadDataset(shipped());
  await peopleStoreOf(store).load(shippedPeopleData());
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

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  const r = await page.goto(base + path);
  expect(r?.status(), path).toBe(200);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, name), fullPage: true, clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? 1280, height: 2600 } });

describe('the campaign pages in Chromium', () => {
  it('person page: offices with dates, the one held on the date, statements with quotes and sources', async () => {
    const page = await open('/people/Paluckas?on=2025-03-26');
    expect(page.url()).toMatch(/\/people\/[a-z-]+\?on=2025-03-26$/);
    expect(await page.locator('h1').textContent()).toContain(referencePrimeMinister('2025-03-26'));
    const row = page.locator('table tbody tr', { hasText: 'Prime Minister of Lithuania' });
    // officials.csv: Paluckas, 2024-12-12 to 2025-08-04.
    await expect.poll(() => row.textContent()).toContain('12 December 2024');
    expect(await row.textContent()).toContain('4 August 2025');
    expect(await row.textContent()).toContain('holds it');
    const statements = page.locator('#statements-h + ol > li');
    expect(await statements.count()).toBeGreaterThan(0);
    expect(await statements.first().locator('blockquote').count()).toBe(1);
    expect(await statements.first().locator('.cites a').count()).toBeGreaterThan(0);
    await shot(page, 'person-paluckas.png');
    await page.close();
  });

  it('positions: office holders on the date, the timeline, and the vote with its rule, result and the disagreeing threshold', async () => {
    const page = await open('/states/LTU/positions?on=2025-06-01');
    const pm = page.locator('#holders-h + .table-wrap tr', { hasText: 'Prime Minister of Lithuania' });
    expect(await pm.textContent()).toContain(referencePrimeMinister('2025-06-01'));
    expect(await page.locator('#positions-h ~ ol.timeline > li').count()).toBeGreaterThan(5);
    const vote = page.locator('article.vote', { hasText: '8 May 2025' });
    const text = (await vote.textContent()) ?? '';
    // The Constitution's 3/5 of all 141 members → 85; the vote was 107–0–3 (corpus); a source's 86 is shown as a disagreement.
    expect(text).toContain('107');
    expect(text).toContain(String(Math.ceil((3 / 5) * 141)));
    expect(text).toContain('Adopted');
    expect(await vote.locator('.disagree').textContent()).toMatch(/86/);
    await vote.screenshot({ path: join(ARTIFACTS, 'positions-ltu-vote.png') });
    await shot(page, 'positions-ltu.png');
    // The state page links here.
    const state = await open('/states/LTU');
    await state.getByRole('link', { name: 'positions, votes and office holders' }).click();
    await page.waitForTimeout(0);
    expect(state.url()).toContain('/states/LTU/positions');
    await state.close();
    await page.close();
  });

  it('campaign log: the spokesperson filter works as a plain form, and the log lists engagements with their parties', async () => {
    const page = await open('/campaign');
    expect(await page.locator('#log-h + ol > li, #log-h ~ ol.timeline > li').count()).toBeGreaterThan(0);
    await page.getByLabel('Language').fill('Polish');
    await page.getByLabel('Place').fill('Vilnius');
    await page.getByLabel('Available on').fill('2025-04-01');
    await Promise.all([page.waitForURL(/language=Polish/), page.getByRole('button', { name: 'Find' }).click()]);
    // The ICBL media pack of 2025-03-26: the Polish speaker (Kasia Derlicka-Rosenbauer) has no place or date given.
    expect(await page.locator('#spokes-summary').textContent()).toMatch(/Nobody in the record speaks Polish and is in Vilnius on 1 April 2025/);
    expect(await page.locator('#spokespeople-h ~ ul').first().textContent()).toContain('Kasia Derlicka-Rosenbauer');
    await shot(page, 'campaign-polish-vilnius.png');
    await page.getByLabel('Language').fill('English');
    await Promise.all([page.waitForURL(/language=English/), page.getByRole('button', { name: 'Find' }).click()]);
    expect(await page.locator('#spokes-summary').textContent()).toBe('3 spokespeople who speak English and are in Vilnius on 1 April 2025.');
    const names = await page.locator('table.spokespeople tbody th').allTextContents();
    expect(names.map((n) => n.replace(/ unverified$/, '').trim()).sort()).toEqual(['Darvin Lisica', 'Per Nergaard', 'Tamar Gabelnick']);
    await shot(page, 'campaign-english-vilnius.png');
    await page.close();
    const bad = await browser.newPage();
    const r = await bad.goto(`${base}/campaign?on=2025-02-30`);
    expect(r?.status()).toBe(400);
    expect(await bad.locator('[role="alert"]').textContent()).toMatch(/Available on/);
    await bad.close();
  });

  it('media-pack builder: the preview shows the pack for the date, the letter names the holder, and a PDF downloads', async () => {
    const ltu = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
    const page = await open('/media-pack');
    await page.getByLabel('Media pack', { exact: true }).check();
    await page.getByLabel(/^State/).selectOption('LTU');
    await page.getByLabel('Facts as of').fill(TODAY);
    await Promise.all([page.waitForURL(/kind=media_pack/), page.getByRole('button', { name: 'Preview' }).click()]);
    const frame = page.frameLocator('iframe.report-preview');
    await expect.poll(() => frame.locator('h1').textContent()).toContain('Media pack: Lithuania');
    const body = (await frame.locator('main').textContent()) ?? '';
    expect(body).toContain(`took effect on ${Number(ltu?.withdrawal_effective.slice(8))} December 2025`);
    await page.waitForTimeout(300);
    await shot(page, 'builder-media-pack.png');
    // The letter to the Prime Minister on 2025-03-26 goes to the holder of officials.csv on that day.
    await page.getByLabel('Letter to a post holder').check();
    await page.getByLabel(/^Post written to/).selectOption({ label: 'Prime Minister of Lithuania' });
    await page.getByLabel('Facts as of').fill('2025-03-26');
    await Promise.all([page.waitForURL(/kind=letter/), page.getByRole('button', { name: 'Preview' }).click()]);
    const holder = referencePrimeMinister('2025-03-26') ?? '?';
    expect(await page.locator('.preview > p').first().textContent()).toContain(holder);
    await expect.poll(() => page.frameLocator('iframe.report-preview').locator('main').textContent()).toContain(holder);
    await page.waitForTimeout(300);
    await shot(page, 'builder-letter.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^letter-.+-2025-03-26\.pdf$/);
    const file = join(dir, 'letter.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Markdown' }).click()]);
    await md.saveAs(join(dir, 'letter.md'));
    expect(readFileSync(join(dir, 'letter.md'), 'utf8')).toContain(holder);
    await page.close();
  }, 60_000);

  it('casualties: a chart per year with the table behind it, and the disagreeing shares shown', async () => {
    const page = await open('/monitor?on=2025-03-26');
    expect(await page.locator('figure.casualty-chart svg rect').count()).toBeGreaterThan(5);
    expect(await page.locator('figure.casualty-chart').getAttribute('aria-label')).toContain('2023: 5,757');
    expect(await page.locator('#claims-h ~ ul').textContent()).toMatch(/differ/);
    await shot(page, 'monitor.png');
    await page.close();
  });

  it('the pages are reachable from the navigation, have one h1 and labelled fields, and logged no error', async () => {
    for (const path of ['/campaign', '/media-pack', '/monitor', '/people']) {
      const page = await open(path, 375);
      expect(await page.locator('h1').count(), path).toBe(1);
      const unlabelled = await page.evaluate(() => Array.from(document.querySelectorAll('main input:not([type="hidden"]):not([type="radio"]), main select')).filter((el) => {
        const id = el.getAttribute('id');
        return id === null || document.querySelectorAll(`label[for="${id}"]`).length === 0;
      }).length);
      expect(unlabelled, path).toBe(0);
      if (path === '/media-pack') await shot(page, 'builder-375.png');
      await page.close();
    }
    const home = await open('/');
    for (const name of ['Campaign', 'Media packs', 'Casualties']) expect(await home.locator('nav.main').getByRole('link', { name }).count(), name).toBe(1);
    await home.close();
    expect(errors).toEqual([]);
  });
});
