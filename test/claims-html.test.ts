import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText, loadClaimFacts, renderClaimReportHtml } from '../src/claims/index.js';
import { CORPUS, shippedIndex } from './support/shipped.js';
import { launchChromium } from './support/browser.js';

describe('the HTML report in Chromium', () => {
  it('highlights every claim in the text, and each claim opens to its evidence', async () => {
    const index = shippedIndex();
    const text = readFileSync(`${CORPUS}icbl-media-pack-lithuania-2025-03-26.txt`, 'utf8');
    const result = checkText(index, text, { today: '2026-11-23', facts: loadClaimFacts(index) });
    const dir = mkdtempSync(join(tmpdir(), 'tw-claims-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderClaimReportHtml(result, text, { title: 'ICBL media pack, 26 March 2025' }));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      // Every claim has a footnote link in the text, pointing at its entry.
      expect(await page.locator('.tw-text sup a').count()).toBe(result.claims.length);
      expect(await page.locator('.tw-list > li').count()).toBe(result.claims.length);
      const count = result.claims.find((c) => c.text.startsWith('165 countries'));
      const item = page.locator(`#claim-${count?.id ?? 0}`);
      expect(await item.getAttribute('data-verdict')).toBe('depends_on_definition');
      expect(await item.getAttribute('data-verdict-today')).toBe('contradicted');
      // Closed at first; opened by a click, it shows the evidence with its sources.
      expect(await item.locator('.tw-ev').isVisible()).toBe(false);
      await item.locator('summary').click();
      expect(await item.locator('.tw-ev').isVisible()).toBe(true);
      expect(await item.locator('.tw-ev').innerText()).toContain('Marshall Islands');
      await page.screenshot({ path: join(dir, 'report.png'), fullPage: false });
      expect(requests.every((u) => u.startsWith('file:')), 'the report loads nothing from elsewhere').toBe(true);
    } finally {
      await browser.close();
    }
  });
});
