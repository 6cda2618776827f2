import type { CasualtyFigure } from '../domain/monitor/casualties.js';

/** Options of the casualty chart. */
export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** The name of each figure's edition, for the hover title. */
  readonly editionOf?: (f: CasualtyFigure) => string;
}

/**
 * A bar chart of casualties per year as SVG (one bar per year, labelled with its total, years
 * without a figure left as gaps so the axis stays honest). Pure: figures in, markup out; every
 * piece of text in it is a number or a year, escaped all the same.
 */
export function casualtyChart(figures: readonly CasualtyFigure[], o: ChartOptions = {}): string {
  const width = o.width ?? 640;
  const height = o.height ?? 260;
  const pad = { top: 24, right: 12, bottom: 28, left: 52 };
  if (figures.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 40"><text x="8" y="24" font-size="12">No figures</text></svg>`;
  const years = figures.map((f) => f.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const slots = last - first + 1;
  const max = niceMax(Math.max(...figures.map((f) => f.total)));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / slots;
  const bar = Math.max(2, slot * 0.7);
  const y = (v: number): number => pad.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => Math.round(max * k));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="10">`,
    ...ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#d5dbe0"/><text x="${pad.left - 6}" y="${(y(t) + 3).toFixed(1)}" text-anchor="end" fill="#5b6670">${t.toLocaleString('en')}</text>`),
  ];
  for (const f of figures) {
    const x = pad.left + (f.year - first) * slot + (slot - bar) / 2;
    const title = `${f.year}: ${f.total.toLocaleString('en')} casualties${o.editionOf ? ` (${o.editionOf(f)})` : ''}`;
    parts.push(`<g><title>${esc(title)}</title><rect x="${x.toFixed(1)}" y="${y(f.total).toFixed(1)}" width="${bar.toFixed(1)}" height="${(pad.top + plotH - y(f.total)).toFixed(1)}" fill="${f.verified ? '#9c2a1d' : '#c9a29c'}"/>`);
    if (slots <= 30) parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${(y(f.total) - 4).toFixed(1)}" text-anchor="middle" fill="#1d2327" font-size="9">${f.total.toLocaleString('en')}</text>`);
    parts.push('</g>');
  }
  const step = slots > 16 ? 5 : slots > 8 ? 2 : 1;
  for (let yr = first; yr <= last; yr += 1) {
    if ((yr - first) % step !== 0 && yr !== last) continue;
    parts.push(`<text x="${(pad.left + (yr - first + 0.5) * slot).toFixed(1)}" y="${height - 10}" text-anchor="middle" fill="#5b6670">${yr}</text>`);
  }
  parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${pad.top + plotH}" y2="${pad.top + plotH}" stroke="#1d2327"/></svg>`);
  return parts.join('');
}

function niceMax(v: number): number {
  const mag = 10 ** Math.floor(Math.log10(Math.max(v, 1)));
  return Math.ceil(v / mag) * mag;
}

function esc(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
