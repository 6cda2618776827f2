import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from '../src/web/register-web.js';
import { cli, preparedDb } from './support/cli.js';
import { shippedIndex } from './support/shipped.js';
import { launchChromium, lowContrast } from './support/browser.js';

// The web app in a real Chromium, twice: against the live server (Fastify on loopback, with the API's
// content security policy) and against the static export (written by the compiled CLI, served by a
// plain static file server). The same cases must pass on both.

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web/', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; script-src-attr 'none'";
const TODAY = '2026-11-23';
// A spokesperson from the shipped workspace: their page has every section (offices, statements, spokesperson).
const SPOKESPERSON = (JSON.parse(readFileSync('data/people/spokespeople.json', 'utf8')) as { personId: string }[])[0]?.personId ?? 'missing';

interface Target {
  readonly name: string;
  start(): Promise<{ base: string; close: () => Promise<void> }>;
}

const live: Target = {
  name: 'live',
  async start() {
    const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    app.addHook('onSend', async (_req, reply) => {
      reply.header('content-security-policy', CSP);
    });
    await registerWeb(app, { readIndex: () => Promise.resolve(shippedIndex()), today: () => TODAY });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return { base, close: () => app.close() };
  },
};

const exported: Target = {
  name: 'static',
  async start() {
    const dir = join(mkdtempSync(join(tmpdir(), 'tw-site-')), 'site');
    const r = await cli(['export-site', dir], { TREATYWATCH_DB: preparedDb() });
    if (r.code !== 0) throw new Error(`export-site failed (${r.code}): ${r.stderr}`);
    const server = staticServer(dir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, close: () => new Promise<void>((done) => server.close(() => done())) };
  },
};

/** A plain static file server, as any host would be: files as they are, `dir/` → `dir/index.html`, `dir` → 301 `dir/`. */
function staticServer(root: string): Server {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return void send(join(path, 'index.html'));
    }
    send(path);
    function send(file: string): void {
      if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    }
  });
}

/** The little of the browser's globals the page callbacks read (the tests are type-checked without the DOM library). */
interface Win {
  readonly innerWidth: number;
  readonly document: {
    readonly activeElement: { id: string } | null;
    readonly documentElement: { scrollHeight: number; scrollWidth: number };
    querySelector(selector: string): { value: string } | null;
  };
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser.close());

for (const target of [live, exported]) {
  describe(`the web app (${target.name})`, { timeout: 120_000 }, () => {
    let base = '';
    let close: () => Promise<void> = () => Promise.resolve();
    let problems: string[] = [];
    beforeAll(async () => {
      ({ base, close } = await target.start());
    }, 120_000);
    afterAll(() => close());

    /** A page at a width, collecting console errors, failed requests and uncaught exceptions. */
    async function open(path: string, width = 1280): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path}: exception: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${path}: request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
      await page.goto(base + path);
      return page;
    }
    const status = (page: Page, iso3: string) => page.locator(`#world-map [data-iso3="${iso3}"]`).getAttribute('data-status');
    const setDate = async (page: Page, date: string) => {
      await page.fill('#date-field', date);
      await page.dispatchEvent('#date-field', 'change');
    };

    it('opens every page without a console error, and saves screenshots at 1280 and 375 pixels', async () => {
      problems = [];
      const pages = ['/', '/treaties/apmbc/', '/treaties/ccm/', '/states/LTU/', '/states/VAT/', '/pipeline/', '/sources/', '/search/', '/monitor/', `/people/${SPOKESPERSON}/`];
      for (const path of pages) {
        for (const width of [1280, 375]) {
          const page = await open(path, width);
          await page.waitForLoadState('load');
          const name = `${target.name}${path.replace(/\/$/, '').replace(/\//g, '-') || '-overview'}-${width}.png`;
          const height = await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.scrollHeight);
          await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, width === 375 ? 2400 : 3200) } });
          if (width === 375) {
            const overflow = await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.scrollWidth - (globalThis as unknown as Win).innerWidth);
            expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
          }
          await page.close();
        }
      }
      expect(problems).toEqual([]);
    });

    // Lithuania under the APMBC (reference apmbc-states.csv): withdrawal in effect 2025-12-27.
    it('recolours the map as the date moves, and keeps the address in step', async () => {
      problems = [];
      const page = await open('/treaties/apmbc/');
      await setDate(page, '2025-03-26');
      expect(await status(page, 'LTU')).toBe('party');
      expect(new URL(page.url()).searchParams.get('on')).toBe('2025-03-26');
      // 165 counted from deposit, 164 in force (SOURCES.md, S10: the Marshall Islands "the 165th State Party").
      expect(await page.locator('.counts [data-count="parties_deposited"]').textContent()).toBe('165');
      expect(await page.locator('.counts [data-count="parties_in_force"]').textContent()).toBe('164');
      await setDate(page, '2026-01-01');
      expect(await status(page, 'LTU')).toBe('withdrawn');
      expect(await page.locator('tr[data-row-iso3="LTU"] .badge').textContent()).toBe('Withdrawn');
      expect(await page.locator('#pending tr:not([hidden])', { hasText: 'Lithuania' }).count()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `${target.name}-apmbc-2026-01-01.png`) });
      await page.close();
      expect(problems).toEqual([]);
    });

    it('honours ?on= in the address, as a link reproduces the view', async () => {
      const page = await open('/treaties/apmbc/?on=2025-12-31');
      expect(await status(page, 'LTU')).toBe('withdrawn');
      expect(await status(page, 'FIN')).toBe('withdrawal_pending');
      expect(await page.inputValue('#date-field')).toBe('2025-12-31');
      expect(await page.locator('h1 + p + p [data-date-words], .lede [data-date-words]').first().textContent()).toBe('31 December 2025');
      await page.close();
    });

    it('works from the keyboard: Tab reaches the slider, arrows step a month, Page Up a year, Enter plays and pauses', async () => {
      const page = await open('/treaties/apmbc/?on=2025-03-26');
      let tabs = 0;
      while (tabs < 40 && (await page.evaluate(() => (globalThis as unknown as Win).document.activeElement?.id)) !== 'date-range') {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      expect(await page.evaluate(() => (globalThis as unknown as Win).document.activeElement?.id)).toBe('date-range');
      await page.keyboard.press('ArrowRight');
      expect(await page.inputValue('#date-field')).toBe('2025-04-26');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await page.inputValue('#date-field')).toBe('2025-02-26');
      await page.keyboard.press('PageUp');
      expect(await page.inputValue('#date-field')).toBe('2026-02-26');
      expect(await status(page, 'LTU')).toBe('withdrawn');
      expect(new URL(page.url()).searchParams.get('on')).toBe('2026-02-26');
      await page.focus('#date-play');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('#date-play', 'aria-pressed')).toBe('true');
      await page.waitForFunction(() => ((globalThis as unknown as Win).document.querySelector('#date-field')?.value ?? '') > '2026-04-26');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('#date-play', 'aria-pressed')).toBe('false');
      await page.close();
    });

    it('shows a card with the dates and the source when pointing at a state', async () => {
      const page = await open('/treaties/apmbc/?on=2025-09-01');
      await page.locator('#world-map [data-iso3="LTU"]').hover({ force: true });
      const card = page.locator('#map-card');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toMatch(/Lithuania.*Withdrawal under way since 2025-06-27.*Source: United Nations Treaty Collection/);
      await page.close();
    });

    it('opens Lithuania’s profile and follows a source link to what that source supports', async () => {
      problems = [];
      const page = await open('/states/LTU/');
      const event = page.locator('#event-apmbc-LTU-withdrawal');
      // The depositary's status page (reference SOURCES.md) and its notification C.N.362.2025 (reference README) are both linked.
      expect(await event.locator('a[href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en"]').count()).toBeGreaterThan(0);
      expect(await event.locator('a', { hasText: 'C.N.362.2025' }).count()).toBe(1);
      await event.getByRole('link', { name: 'what else it supports' }).first().click();
      await page.waitForURL(/sources\/?#src-untc-xxvi-5$/);
      const entry = page.locator('#src-untc-xxvi-5');
      expect(await entry.isVisible()).toBe(true);
      expect(await entry.locator('h3').textContent()).toContain('Chapter XXVI-5');
      await page.close();
      expect(problems).toEqual([]);
    });

    it('finds a state by another name from the search box', async () => {
      const page = await open('/');
      await page.fill('#site-q', 'Holy See');
      await page.press('#site-q', 'Enter');
      await page.waitForURL(/states\/VAT\/?$/);
      expect(await page.locator('h1').textContent()).toBe('Holy See');
      await page.close();
    });

    // Lithuania's APMBC withdrawal: deposited 2025-06-27, in effect 2025-12-27, like Latvia's and Estonia's; Finland's in effect
    // 2026-01-10 (reference apmbc-states.csv).
    it('shows the pipeline board as it stood on 2025-05-08 and on 2025-12-31', async () => {
      problems = [];
      const page = await open('/pipeline/?on=2025-05-08');
      const cell = (iso3: string, stage: number) => page.locator(`#board-apmbc ~ .table-wrap tr:has(a[href*="/states/${iso3}"]) td`).nth(stage + 1).locator('div:not([hidden])');
      // The Seimas voted on 2025-05-08, 107 for, 0 against, 3 abstaining (reference lithuania-constitution.md §3); the deposit came on 2025-06-27.
      expect(await cell('LTU', 3).textContent()).toMatch(/2025-05-08.*107/);
      expect(await cell('LTU', 5).textContent()).toBe('—');
      expect(await cell('LTU', 6).textContent()).toBe('—');
      await page.screenshot({ path: join(ARTIFACTS, `${target.name}-pipeline-2025-05-08.png`), fullPage: true });
      await setDate(page, '2025-12-31');
      expect(await cell('LTU', 3).textContent()).toMatch(/2025-05-08.*107/);
      for (const iso3 of ['LTU', 'LVA', 'EST']) {
        expect(await cell(iso3, 5).textContent(), `${iso3} deposit`).toContain('2025-06-27');
        expect(await cell(iso3, 6).textContent(), `${iso3} effect`).toContain('2025-12-27');
      }
      expect(await cell('FIN', 6).textContent()).toMatch(/due 10 January 2026/);
      await page.screenshot({ path: join(ARTIFACTS, `${target.name}-pipeline-2025-12-31.png`), fullPage: true });
      await page.close();
      expect(problems).toEqual([]);
    });

    it('keeps every text at a contrast of at least 4.5:1', async () => {
      for (const path of ['/', '/treaties/apmbc/', '/states/UKR/', '/pipeline/']) {
        const page = await open(path);
        const low = await page.evaluate(lowContrast);
        expect(low, path).toEqual([]);
        await page.close();
      }
    });
  });
}

