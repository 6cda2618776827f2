import type { SeriesPoint } from '../domain/counts.js';
import { type SafeHtml, html, jsonScript, raw } from './html.js';
import { dayNumber, shortDate } from './dates.js';

const H = 300;
const M = { left: 48, right: 20, top: 16, bottom: 30 };

/** What the chart draws: the series at every date a count changes, from `from` to `to`. */
export interface ChartInput {
  /** Element id; the first chart of a page also carries the series (`#chart-data`). */
  readonly id: string;
  readonly treatyName: string;
  /** Zoomed: the y axis spans only the values drawn instead of starting at zero. */
  readonly zoom?: boolean;
  /** Width of the drawing in SVG units (text keeps its size when the chart is shown narrower). */
  readonly width: number;
  readonly points: readonly SeriesPoint[];
  readonly from: string;
  readonly to: string;
  readonly on: string;
}

/** The first date the deposited count falls, with the counts before and after. */
export function firstFall(points: readonly SeriesPoint[]): { date: string; before: number; after: number } | undefined {
  for (let i = 1; i < points.length; i += 1) {
    const [a, b] = [points[i - 1], points[i]];
    if (a && b && b.parties_deposited < a.parties_deposited) return { date: b.date, before: a.parties_deposited, after: b.parties_deposited };
  }
  return undefined;
}

/** States Parties over time as a step chart under both conventions, with a marker on the chosen date (moved by the chart module). */
export function membershipChart(c: ChartInput): SafeHtml {
  const W = c.width;
  const [d0, d1] = [dayNumber(c.from), dayNumber(c.to)];
  const x = (date: string): number => M.left + ((Math.min(Math.max(dayNumber(date), d0), d1) - d0) / (d1 - d0)) * (W - M.left - M.right);
  const shown = c.points.filter((p, i) => p.date >= c.from || c.points[i + 1] === undefined || (c.points[i + 1]?.date ?? '') > c.from);
  const values = shown.flatMap((p) => [p.parties_deposited, p.parties_in_force]);
  const top = Math.max(c.zoom ? 0 : 20, ...values);
  const bottom = c.zoom ? Math.min(...values) : 0;
  const tick = [1, 2, 5, 10, 20, 40, 50, 100].find((t) => (top - bottom) / t <= 6) ?? 100;
  const ymin = c.zoom ? Math.max(0, Math.floor((bottom - 1) / tick) * tick) : 0;
  const ymax = Math.ceil((top + (c.zoom ? 1 : 0)) / tick) * tick;
  const y = (v: number): number => M.top + (1 - (v - ymin) / (ymax - ymin)) * (H - M.top - M.bottom);
  const step = (value: (p: SeriesPoint) => number): string => {
    // Points before the window start at its left edge (x clamps), so the line enters at the right height.
    let d = '';
    for (const p of shown) d += d === '' ? `M${num(x(p.date))},${num(y(value(p)))}` : `H${num(x(p.date))}V${num(y(value(p)))}`;
    return `${d}H${num(x(c.to))}`;
  };
  const yTicks = Array.from({ length: (ymax - ymin) / tick + 1 }, (_, i) => ymin + i * tick);
  const firstYear = Number(c.from.slice(0, 4));
  const years = Array.from({ length: Number(c.to.slice(0, 4)) - firstYear + 1 }, (_, i) => firstYear + i).filter((yr) => `${yr}-01-01` >= c.from);
  const every = [1, 2, 5, 10].find((n) => years.length / n <= W / 70) ?? 10;
  const xTicks = years.filter((yr) => yr % every === 0);
  const fall = firstFall(c.points);
  const at = valueOn(c.points, c.on);
  return html`<svg id="${c.id}" class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${c.id}-title ${c.id}-desc" data-chart
  data-from="${c.from}" data-to="${c.to}" data-left="${M.left}" data-right="${W - M.right}" data-width="${W}" data-top="${M.top}" data-bottom="${H - M.bottom}">
<title id="${c.id}-title">States Parties to the ${c.treatyName}, ${c.zoom ? `${c.from.slice(0, 4)} onwards, zoomed in` : 'over time'}</title>
<desc id="${c.id}-desc">${describe(c.points, fall)}</desc>
${yTicks.map((v) => html`<g class="tick"><line x1="${M.left}" x2="${W - M.right}" y1="${f(y(v))}" y2="${f(y(v))}"/><text x="${M.left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${v}</text></g>`)}
${xTicks.map((yr) => html`<text class="tick" x="${f(x(`${yr}-01-01`))}" y="${H - 10}" text-anchor="middle">${yr}</text>`)}
<path class="line in-force" d="${step((p) => p.parties_in_force)}"/>
<path class="line deposited" d="${step((p) => p.parties_deposited)}"/>
${fall && fall.date >= c.from ? fallNote(x(fall.date), y(fall.before), c.zoom ? H - M.bottom - 10 : y(fall.before) + 44, fall) : ''}
<g class="marker" visibility="${c.on >= c.from && c.on <= c.to ? 'visible' : 'hidden'}"><line x1="${f(x(c.on))}" x2="${f(x(c.on))}" y1="${M.top}" y2="${H - M.bottom}"/><text x="${f(x(c.on))}" y="${M.top + 12}" text-anchor="${x(c.on) > W / 2 ? 'end' : 'start'}" dx="${x(c.on) > W / 2 ? -6 : 6}">${shortDate(c.on)}: ${at?.parties_deposited ?? 0}</text></g>
</svg>
${c.zoom ? '' : jsonScript('chart-data', c.points.map((p) => [p.date, p.parties_in_force, p.parties_deposited]))}`;
}

/** The first fall, circled, with a leader down to its label (below the line: the space under a rising count is empty). */
function fallNote(cx: number, cy: number, textY: number, fall: { date: string; before: number; after: number }): SafeHtml {
  return html`<g class="fall"><circle cx="${f(cx)}" cy="${f(cy)}" r="5"/><line x1="${f(cx)}" x2="${f(cx)}" y1="${f(cy + 6)}" y2="${f(textY - 14)}"/><text x="${f(cx - 6)}" y="${f(textY)}" text-anchor="end">First fall: ${shortDate(fall.date)} (${fall.before} → ${fall.after})</text></g>`;
}

/** The series point in effect on a date. */
export function valueOn(points: readonly SeriesPoint[], on: string): SeriesPoint | undefined {
  let found: SeriesPoint | undefined;
  for (const p of points) if (p.date <= on) found = p;
  return found;
}

function describe(points: readonly SeriesPoint[], fall: ReturnType<typeof firstFall>): string {
  const first = points.find((p) => p.parties_deposited > 0);
  const last = points[points.length - 1];
  const peak = Math.max(0, ...points.map((p) => p.parties_deposited));
  const parts = [
    first && last ? `From ${first.parties_deposited} on ${first.date} to ${last.parties_deposited} on ${last.date}, counted from deposit; at most ${peak}.` : 'No States Parties yet.',
    fall ? `The count first fell on ${fall.date}, from ${fall.before} to ${fall.after}.` : 'The count has never fallen.',
  ];
  return parts.join(' ');
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function f(n: number): SafeHtml {
  return raw(num(n));
}
