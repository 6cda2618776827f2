// The reports as a reader sees them: HTML printed to PDF by real Chromium (playwright-core), the
// PDF checked as a PDF (header, trailer, page count, the text on its pages), and the HTML rendered
// to PNG (kept under the system temp folder, path printed, to be looked at).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingNote } from '../src/reports/briefing.js';
import { letterDraft } from '../src/reports/letter.js';
import { mediaPack } from '../src/reports/media-pack.js';
import { CHROMIUM_ARGS, htmlToPdf, loadPlaywright } from '../src/reports/pdf.js';
import { renderHtml } from '../src/reports/render-html.js';
import { cli, preparedDb } from './support/cli.js';
import { pdfText } from './support/pdf-text.js';
import { shippedPeople } from './support/people.js';
import { shippedIndex } from './support/shipped.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(tmpdir(), 'treatywatch-report-screens');
const index = shippedIndex();
const people = shippedPeople();
const lithuania = index.states.get('LTU');
if (!lithuania) throw new Error('no Lithuania');
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

describe('reports in Chromium', () => {
  let browser: Awaited<ReturnType<Awaited<ReturnType<typeof loadPlaywright>>['chromium']['launch']>>;
  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM}`).toBe(true);
    mkdirSync(OUT, { recursive: true });
    browser = await (await loadPlaywright()).chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser.close());

  it('prints the media pack of 2025-03-26 to a valid multi-page A4 PDF whose pages carry its facts', async () => {
    const pdf = await htmlToPdf(renderHtml(mediaPack(index, people, { state: lithuania, treatyId: 'apmbc', on: '2025-03-26' })), { executablePath: CHROMIUM });
    writeFileSync(join(OUT, 'media-pack-LTU-2025-03-26.pdf'), pdf);
    const head = Buffer.from(pdf.subarray(0, 8)).toString('latin1');
    expect(head).toMatch(/^%PDF-1\.\d/);
    expect(Buffer.from(pdf.subarray(-8)).toString('latin1')).toContain('%%EOF');
    const { pages, text } = pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const all = squash(text.join('\n'));
    expect(squash(text[0] ?? '')).toContain(squash('Media pack: Lithuania and the APMBC'));
    for (const fact of ['party since 1 November 2003', '5,757 casualties in 2023', 'Vilnius, 31 March 2025 – 1 April 2025', 'media@icblcmc.org', 'Where sources disagree']) expect(all, fact).toContain(squash(fact));
    expect(all).toContain(squash('1 / '));
  });

  it('renders the media pack, the letter and the briefing to PNG (look at them)', async () => {
    const letter = letterDraft(index, people, { toPostId: 'ltu-prime-minister', on: '2025-10-01', treatyId: 'apmbc' });
    if (!letter.ok) throw new Error(letter.error.message);
    const docs = {
      'media-pack-LTU-2025-03-26': mediaPack(index, people, { state: lithuania, treatyId: 'apmbc', on: '2025-03-26' }),
      'letter-pm-2025-10-01': letter.value.doc,
      'briefing-LTU-2026-11-23': briefingNote(index, people, { state: lithuania, on: '2026-11-23' }),
    };
    const page = await browser.newPage({ viewport: { width: 900, height: 1270 } });
    for (const [name, doc] of Object.entries(docs)) {
      await page.setContent(renderHtml(doc), { waitUntil: 'load' });
      const file = join(OUT, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(900);
      // The page is not blank: the title is drawn and measurable.
      expect((await page.locator('h1').boundingBox())?.height ?? 0).toBeGreaterThan(20);
      process.stdout.write(`report screenshot: ${file}\n`);
    }
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('the CLI writes a PDF with --format pdf --out (the bundled CLI finds Chromium)', async () => {
    const out = join(OUT, 'letter-cli.pdf');
    const r = await cli(['letter', '--to', 'Prime Minister of Lithuania', '--on', '2025-01-17', '--format', 'pdf', '--out', out], { TREATYWATCH_DB: preparedDb() });
    expect(r.code, r.stderr).toBe(0);
    const { pages, text } = pdfText(readFileSync(out));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(squash(text.join(''))).toContain(squash('Dear Prime Minister Paluckas,'));
  });
});
