import type { DomElement, DomEvent, DomWindow } from './dom.js';

/** What this module uses beyond the shared DOM types: files made in the browser, and a canvas. */
interface Canvas extends DomElement {
  width: number;
  height: number;
  getContext(kind: '2d'): { drawImage(img: unknown, x: number, y: number, w: number, h: number): void } | null;
  toBlob(done: (blob: unknown) => void, type: string): void;
}
interface FileWindow {
  readonly Blob: new (parts: string[], options: { type: string }) => unknown;
  readonly URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
  readonly Image: new () => { onload: (() => void) | null; src: string };
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * The treaty page's downloads (client module, shipped as this function's source; `standalone` is
 * the server's own standaloneSvg, shipped by its source too). Without script the links fetch the
 * server's files for the page's date. With it, on every `tw-date` (once the slider rests) the SVG
 * links get the map and the chart as shown, made standalone; the PNG links (script only) get them
 * drawn on a canvas at twice their size; on the live server the CSV links name the date.
 * Every file name carries the date.
 */
export function downloadsModule(win: DomWindow, standalone: (svg: string, css: string) => string): void {
  const doc = win.document;
  const box = doc.getElementById('downloads');
  const styleBlock = doc.getElementById('download-style');
  if (!box || !styleBlock) return;
  const w = win as unknown as FileWindow;
  const css = JSON.parse(styleBlock.textContent ?? '""') as string;
  const treaty = box.getAttribute('data-treaty') ?? 'treaty';
  const pageDate = box.getAttribute('data-page-date') ?? '';
  const made: string[] = [];
  let timer: number | null = null;

  const fileOf = (text: string, type: string): string => {
    const url = w.URL.createObjectURL(new w.Blob([text], { type }));
    made.push(url);
    return url;
  };
  const svgOf = (sourceId: string): { text: string; width: number; height: number } | null => {
    const el = doc.getElementById(sourceId);
    if (!el) return null;
    const view = (el.getAttribute('viewBox') ?? '0 0 960 500').split(/\s+/).map(Number);
    return { text: standalone((el as unknown as { outerHTML: string }).outerHTML, css), width: view[2] ?? 960, height: view[3] ?? 500 };
  };
  const png = (link: DomElement, svg: { text: string; width: number; height: number }, name: string): void => {
    const img = new w.Image();
    img.onload = () => {
      const canvas = doc.createElement('canvas') as Canvas;
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (!blob) return;
        const url = w.URL.createObjectURL(blob);
        made.push(url);
        link.setAttribute('href', url);
        link.setAttribute('download', name);
        link.hidden = false;
        // Its list item too: hidden until a PNG exists, so that no empty bullet shows without script.
        if (link.parentElement) link.parentElement.hidden = false;
      }, 'image/png');
    };
    // A data: address, not a blob: one, so that a strict Content-Security-Policy (img-src 'self' data:) lets it load.
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  };

  const refresh = (on: string): void => {
    for (const url of made.splice(0)) w.URL.revokeObjectURL(url);
    for (const link of box.querySelectorAll('a[data-download]')) {
      const kind = link.getAttribute('data-kind') ?? '';
      const how = link.getAttribute('data-download');
      if (how === 'csv') {
        const dir = link.getAttribute('data-csv-base');
        if (dir !== null) {
          link.setAttribute('href', `${dir}${treaty}-status-${on}.csv`);
          link.setAttribute('download', `${treaty}-status-${on}.csv`);
          const api = box.querySelector('[data-api-base]');
          api?.setAttribute('href', `${api.getAttribute('data-api-base') ?? ''}${on}`);
        } else {
          // The static copy holds one date's table: say so when another date is shown.
          const fixed = box.querySelector('[data-download-fixed]');
          if (fixed) fixed.hidden = on === pageDate;
        }
        continue;
      }
      const svg = svgOf(link.getAttribute('data-source') ?? '');
      if (!svg) continue;
      if (how === 'svg') {
        link.setAttribute('href', fileOf(svg.text, 'image/svg+xml'));
        link.setAttribute('download', `${treaty}-${kind}-${on}.svg`);
      } else if (how === 'png') png(link, svg, `${treaty}-${kind}-${on}.png`);
    }
  };
  // The other modules redraw on the same event: wait until they (and a playing slider) have rested.
  doc.addEventListener('tw-date', (e: DomEvent) => {
    if (timer !== null) w.clearTimeout(timer);
    const on = String(e.detail);
    timer = w.setTimeout(() => refresh(on), 300);
  });
}
