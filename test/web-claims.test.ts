import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../src/claims/index.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { CORPUS, referenceRows } from './support/shipped.js';
import { launchChromium, lowContrast } from './support/browser.js';

// The claim checker page in a real Chromium against the whole server (API, web app, the real security
// headers) on a SQLite file over loopback: a user pastes text, submits the form (with JavaScript off: the
// page must work without it), sees every claim highlighted by its verdict, opens one to its evidence and
// follows it; hostile text comes back as text and runs nothing. Expected values come from the reference tables.

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web/', import.meta.url));
const ICBL = readFileSync(`${CORPUS}icbl-media-pack-lithuania-2025-03-26.txt`, 'utf8');
// S10 in reference SOURCES.md: ICBL on the Marshall Islands, "the 165th State Party".
const S10 = 'https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty';

/** APMBC States Parties on a date from the reference table, counting deposits and counting entry into force. */
function referenceCounts(on: string): { deposited: number; inForce: number } {
  const rows = referenceRows('apmbc-states.csv');
  const live = (r: (typeof rows)[number]) => r.withdrawal_effective === '' || r.withdrawal_effective > on;
  return {
    deposited: rows.filter((r) => r.deposit !== '' && r.deposit <= on && live(r)).length,
    inForce: rows.filter((r) => r.entry_into_force !== '' && r.entry_into_force <= on && live(r)).length,
  };
}

/** The few browser globals the page callbacks read (the tests are type-checked without the DOM library). */
interface Win {
  readonly innerWidth: number;
  readonly __pwned?: unknown;
  readonly document: { readonly documentElement: { scrollHeight: number; scrollWidth: number } };
}

let db: TestDb;
let app: FastifyInstance;
let base = '';
let browser: Browser;
let problems: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const [, sqlite] = BACKENDS[0] ?? [];
  if (!sqlite) throw new Error('no backend');
  db = await sqlite.create();
  app = await testServer(db.store);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.store.close();
  await db?.cleanup();
});

/** A page in a fresh context, collecting console errors (a CSP violation is one), exceptions, failed requests and dialogs. */
async function open(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${path}: exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`${path}: request failed: ${r.url()}`));
  page.on('dialog', (d) => {
    problems.push(`${path}: dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(base + path);
  return { page, context };
}

/** Pastes a text (and a date) into the form and submits it, as a user does. */
async function submit(page: Page, text: string, date?: string): Promise<number> {
  await page.fill('#claim-text', text);
  if (date !== undefined) await page.fill('#claim-date', date);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/claims'), page.click('form.claim-form button[type="submit"]')]);
  await page.waitForLoadState('load');
  return response.status();
}

describe('the claim checker page', { timeout: 120_000 }, () => {
  it('checks a pasted text without JavaScript and highlights every claim with its verdict', async () => {
    problems = [];
    const { page, context } = await open('/claims', { javaScript: false });
    expect(await page.locator('nav.main a[href="/claims"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('label[for="claim-text"]').textContent()).toBe('Text to check');
    expect(await page.locator('label[for="claim-date"]').count()).toBe(1);
    expect(await submit(page, ICBL)).toBe(200);
    // The text's own dateline (corpus INDEX.md: 2025-03-26) is the date of the check.
    expect(await page.locator('#result time').first().getAttribute('datetime')).toBe('2025-03-26');
    const marks = page.locator('#claim-text-marked mark[data-verdict]');
    expect(await marks.count()).toBeGreaterThan(5);
    const verdicts = await page.locator('.claim-list > li').evaluateAll((els) => els.map((el) => (el as unknown as { dataset: Record<string, string> }).dataset.verdict));
    expect(verdicts.length).toBeGreaterThan(5);
    for (const v of verdicts) expect(['supported', 'contradicted', 'depends_on_definition', 'disputed', 'unverifiable']).toContain(v);
    // Every mark points to a claim in the list, and says the same verdict.
    for (const mark of await marks.all()) {
      const id = await mark.getAttribute('data-claim');
      expect(await page.locator(`#claim-${id ?? ''}`).getAttribute('data-verdict')).toBe(await mark.getAttribute('data-verdict'));
    }
    // Reference: 165 deposits and 164 in force on 2025-03-26, so "165" is right only counting deposits; fewer today.
    const then = referenceCounts('2025-03-26');
    expect([then.deposited, then.inForce]).toEqual([165, 164]);
    expect(referenceCounts('2026-11-23').deposited).toBeLessThan(165);
    const count = page.locator('#claim-text-marked mark', { hasText: '165 countries are onboard' });
    expect(await count.getAttribute('data-verdict')).toBe('depends_on_definition');
    expect(await count.getAttribute('data-verdict-today')).toBe('contradicted');
    // The text comes back as pasted, in the form too (line breaks as LF).
    expect(await page.inputValue('#claim-text')).toBe(ICBL.replace(/\r\n?/g, '\n'));
    await page.screenshot({ path: join(ARTIFACTS, 'claims-icbl-1280.png'), fullPage: false });
    await count.scrollIntoViewIfNeeded();
    await page.locator('#claim-text-marked').screenshot({ path: join(ARTIFACTS, 'claims-icbl-marked.png') });
    await context.close();
    expect(problems).toEqual([]);
  });

  it('opens a claim to its verdicts then and today, the record’s value, the explanation and the evidence, linked to the sources', async () => {
    problems = [];
    const { page, context } = await open('/claims');
    expect(await submit(page, ICBL)).toBe(200);
    const item = page.locator('.claim-list > li', { has: page.locator('summary .quote', { hasText: '165 countries are onboard' }) });
    expect(await item.count()).toBe(1);
    // The summary says what is claimed, in the checker's words, before it is opened.
    expect(await item.locator('summary .claimed').textContent()).toMatch(/^165 States Parties\b/);
    const evidence = item.locator('ul.evidence');
    expect(await evidence.isVisible()).toBe(false);
    await item.locator('summary').click();
    expect(await evidence.isVisible()).toBe(true);
    const then = referenceCounts('2025-03-26');
    const value = await item.locator('dd[data-value]').textContent();
    expect(value).toContain(`${then.deposited} counting deposits`);
    expect(value).toContain(`${then.inForce} in force`);
    expect(await item.locator('dd[data-when="as-of"] .verdict').textContent()).toBe('Depends on definition');
    expect(await item.locator('dd[data-when="today"] .verdict').textContent()).toBe('Contradicted');
    expect(await item.locator('dd[data-when="as-of"]').textContent()).toMatch(/deposits/);
    // The Marshall Islands' deposit (reference: 2025-03-12) with the ICBL's announcement (S10) linked.
    const mhl = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'MHL');
    const deposit = evidence.locator(`li[data-evidence="event"][data-date="${mhl?.deposit ?? '?'}"]`);
    expect(await deposit.count()).toBeGreaterThan(0);
    expect(await deposit.first().locator(`a[href="${S10}"]`).isVisible()).toBe(true);
    const top = await item.evaluate((el) => (el as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top + (globalThis as unknown as { scrollY: number }).scrollY);
    await page.screenshot({ path: join(ARTIFACTS, 'claims-evidence-1280.png'), fullPage: true, clip: { x: 0, y: Math.max(0, top - 40), width: 1280, height: 1000 } });
    // "In the record" leads to the event on the state's timeline.
    await deposit.first().getByRole('link', { name: 'in the record' }).click();
    await page.waitForURL(/\/states\/MHL#event-/);
    expect(await page.locator('h1').textContent()).toBe('Marshall Islands');
    expect(await page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`).isVisible()).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('sends a hostile text back as text: no script runs, no image loads, the form holds it unchanged', async () => {
    problems = [];
    const hostile = 'Lithuania joined the Ottawa Convention in 2004. <script>window.__pwned = 1</script><img src="/pwned.png" onerror="window.__pwned = 2"> "</textarea><script>window.__pwned = 3</script>';
    const { page, context } = await open('/claims');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    expect(await submit(page, hostile, '2025-01-17')).toBe(200);
    expect(await page.evaluate(() => (globalThis as unknown as Win).__pwned)).toBeUndefined();
    expect(requested).not.toContain('/pwned.png');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('#claim-text-marked img').count()).toBe(0);
    expect(await page.locator('#claim-text-marked').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.inputValue('#claim-text')).toBe(hostile);
    // Reference: Lithuania deposited in 2003 and was bound from 2003-11-01, not in 2004.
    expect(await page.locator('#claim-text-marked mark', { hasText: 'Lithuania joined the Ottawa Convention in 2004' }).getAttribute('data-verdict')).toBe('contradicted');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('answers a link (GET ?text=&date=) as the form does, and refuses a bad date or an empty text naming the field, keeping the text', async () => {
    problems = [];
    const { page, context } = await open('/claims');
    await page.locator('a', { hasText: 'Lithuania joined the Mine Ban Convention in 2004' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#claim-text-marked mark[data-verdict]').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#claim-date')).toBe('2025-03-26');
    const bad = await page.goto(`${base}/claims?text=${encodeURIComponent('Lithuania joined the Ottawa Convention in 2004.')}&date=2025-02-30`);
    expect(bad?.status()).toBe(400);
    expect(await page.locator('#claim-error').textContent()).toMatch(/2025-02-30.*real date/);
    expect(await page.getAttribute('#claim-date', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#claim-text')).toBe('Lithuania joined the Ottawa Convention in 2004.');
    const empty = await page.request.post(`${base}/claims`, { form: { text: '  ', date: '' } });
    expect(empty.status()).toBe(400);
    expect(await empty.text()).toContain('empty_text');
    const long = await page.request.post(`${base}/claims`, { form: { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) } });
    expect(long.status()).toBe(413);
    expect(await long.text()).toContain('text_too_long');
    // A body past the server's limit gets the page too, not a bare error.
    const huge = await page.request.post(`${base}/claims`, { form: { text: 'a'.repeat(MAX_TEXT_LENGTH * 5) } });
    expect(huge.status()).toBe(413);
    expect(huge.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await huge.text()).toContain('text_too_long');
    await context.close();
    // The refusals above are answers with 4xx statuses, by design: only page errors count here.
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });

  it('fits a phone without sideways scrolling and keeps every text at a contrast of at least 4.5:1', async () => {
    const { page, context } = await open('/claims', { width: 375 });
    expect(await submit(page, ICBL)).toBe(200);
    await page.locator('.claim-list > li summary').first().click();
    const overflow = await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.scrollWidth - (globalThis as unknown as Win).innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'claims-icbl-375.png'), fullPage: true, clip: { x: 0, y: 0, width: 375, height: 2400 } });
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const summary of await page.locator('.claim-list > li summary').all()) await summary.click();
    expect(await page.evaluate(lowContrast)).toEqual([]);
    await context.close();
  });
});

