import type { DomElement, DomEvent, DomWindow } from './dom.js';

/**
 * The membership charts' client module (shipped as this function's source: self-contained). It
 * moves each chart's date marker on every `tw-date`, labelled with the count on that day, and a click
 * on a chart asks the date control for the date under the pointer (`tw-set-date`).
 */
export function chartModule(win: DomWindow): void {
  const doc = win.document;
  const block = doc.getElementById('chart-data');
  if (!block) return;
  const points = JSON.parse(block.textContent ?? '[]') as [date: string, inForce: number, deposited: number][];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const day = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86400000;
  const short = (s: string): string => `${Number(s.slice(8, 10))} ${MONTHS[Number(s.slice(5, 7)) - 1] ?? ''} ${s.slice(0, 4)}`;

  const wire = (svg: DomElement): ((on: string) => void) => {
    const num = (name: string): number => Number(svg.getAttribute(name) ?? 0);
    const [left, right, width] = [num('data-left'), num('data-right'), num('data-width')];
    const [d0, d1] = [day(svg.getAttribute('data-from') ?? ''), day(svg.getAttribute('data-to') ?? '')];
    const marker = svg.querySelector('.marker');
    svg.addEventListener('click', (e: DomEvent) => {
      const box = svg.getBoundingClientRect();
      const x = ((e.clientX - box.left) / box.width) * width;
      const t = d0 + ((x - left) / (right - left)) * (d1 - d0);
      const date = new Date(Math.round(Math.min(Math.max(t, d0), d1)) * 86400000).toISOString().slice(0, 10);
      doc.dispatchEvent(new win.CustomEvent('tw-set-date', { detail: date }));
    });
    return (on: string): void => {
      const inside = day(on) >= d0 && day(on) <= d1;
      if (!marker) return;
      // SVG elements have no `hidden` property: the visibility attribute does it.
      marker.setAttribute('visibility', inside ? 'visible' : 'hidden');
      const x = left + ((Math.min(Math.max(day(on), d0), d1) - d0) / (d1 - d0)) * (right - left);
      let value = 0;
      for (const p of points) if (p[0] <= on) value = p[2];
      const line = marker.querySelector('line');
      const text = marker.querySelector('text');
      line?.setAttribute('x1', x.toFixed(1));
      line?.setAttribute('x2', x.toFixed(1));
      if (text) {
        const flip = x > width / 2;
        text.setAttribute('x', x.toFixed(1));
        text.setAttribute('text-anchor', flip ? 'end' : 'start');
        text.setAttribute('dx', flip ? '-6' : '6');
        text.textContent = `${short(on)}: ${value}`;
      }
    };
  };
  const movers = [...doc.querySelectorAll('svg[data-chart]')].map(wire);
  doc.addEventListener('tw-date', (e: DomEvent) => {
    for (const move of movers) move(String(e.detail));
  });
}
