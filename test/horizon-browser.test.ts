// In real Chromium, on the static export (a plain file server on loopback): the horizon note on the treaty
// and state pages is shown for a date after the record's horizon (2026-02-03) and hidden again when the
// date control moves to the horizon or before, with no script error. The site is rendered from the shipped data.
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../src/web/render-site.js';
import { writeSite } from '../src/web/write-site.js';
import { launchChromium } from './support/browser.js';
import { shippedPeople } from './support/people.js';
import { shippedIndex } from './support/shipped.js';

const TODAY = '2026-11-23';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.csv': 'text/csv' };

/** Files as they are; `dir/` → `dir/index.html`. */
function staticServer(root: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
}

let browser: Browser;
let server: Server;
let base = '';
const problems: string[] = [];

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'tw-horizon-site-')), 'site');
  writeSite(dir, renderSite(shippedIndex(), shippedPeople(), TODAY, TODAY));
  server = staticServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
  await page.goto(base + path);
  return page;
}
const setDate = async (page: Page, date: string) => {
  await page.fill('#date-field', date);
  await page.dispatchEvent('#date-field', 'change');
};
const note = (page: Page) => page.locator('[data-horizon]');

describe('the horizon note follows the date control (static export, Chromium)', { timeout: 120_000 }, () => {
  for (const path of ['/treaties/apmbc/', '/states/LTU/']) {
    it(`${path}: shown after 2026-02-03, hidden on it and before, shown again after`, async () => {
      const page = await open(path);
      await expect.poll(() => note(page).isVisible()).toBe(true);
      expect(await note(page).textContent()).toBe("The depositary's record is complete to 2026-02-03; later actions may be missing.");
      await setDate(page, '2026-02-03');
      await expect.poll(() => note(page).isVisible()).toBe(false);
      await setDate(page, '2025-03-26');
      await expect.poll(() => note(page).isVisible()).toBe(false);
      await setDate(page, '2026-02-04');
      await expect.poll(() => note(page).isVisible()).toBe(true);
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});
