import type * as Playwright from 'playwright-core';

/** Where Chromium is and how it starts (headless, no network, no first-run work). */
export interface PdfOptions {
  readonly executablePath: string;
}

/** The flags Chromium runs with here: headless, sandbox off (containers), nothing fetched in the background. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Prints a report's HTML to an A4 PDF with Chromium (playwright-core drives the browser; no network is used: the HTML is self-contained). */
export async function htmlToPdf(html: string, o: PdfOptions): Promise<Uint8Array> {
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({ executablePath: o.executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Nothing in a report loads from outside; refuse any request so a stray link cannot leak.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:7pt;width:100%;text-align:center;color:#5b6670"><span class="pageNumber"></span> / <span class="totalPages"></span></div>', margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' } });
  } finally {
    await browser.close();
  }
}

// playwright-core reads its own files through __dirname, so it cannot live inside the CLI's ES
// module bundle: a specifier the bundler cannot see keeps it an ordinary import from node_modules.
const PLAYWRIGHT = 'playwright-core';

/** playwright-core, loaded from node_modules at run time. */
export async function loadPlaywright(): Promise<typeof Playwright> {
  return (await import(PLAYWRIGHT)) as typeof Playwright;
}
