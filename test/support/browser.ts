// Shared by the Chromium tests: Debian's Chromium launched with the project's flags, and the
// contrast check run inside a page.
import { type Browser, chromium } from 'playwright-core';

/** The flags every test browser runs with (no sandbox in containers, nothing fetched from the network). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The little of the browser's globals `lowContrast` reads (the tests are type-checked without the DOM library). */
interface El {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: El | null;
  readonly childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  closest(selector: string): El | null;
  getBoundingClientRect(): { width: number };
}
interface Win {
  readonly document: { querySelectorAll(selector: string): ArrayLike<El> };
  getComputedStyle(el: El): { color: string; backgroundColor: string };
}

/** Runs in the page (`page.evaluate(lowContrast)`): every visible text whose colour against its background is below 4.5:1. */
export function lowContrast(): string[] {
  const win = globalThis as unknown as Win;
  const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r = 0, g = 0, b = 0]: number[]): number => {
    const ch = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const background = (el: El | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(win.getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out: string[] = [];
  for (const el of Array.from(win.document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || el.closest('svg') || el.closest('[hidden]')) continue;
    const fg = lum(rgb(win.getComputedStyle(el).color));
    const bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) out.push(`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
  }
  return out;
}
