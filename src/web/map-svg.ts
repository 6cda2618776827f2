import type { Status, StatusOnDate } from '../domain/status.js';
import { longDate } from './dates.js';
import { type SafeHtml, html, raw } from './html.js';
import type { Links } from './links.js';
import { LEGEND_ORDER, NO_DATA, STATUS_STYLES } from './palette.js';
import type { ProjectedWorld } from './world-map.js';

/** What the world map shows. */
export interface MapInput {
  readonly world: ProjectedWorld;
  readonly treatyName: string;
  readonly on: string;
  readonly names: ReadonlyMap<string, string>;
  readonly statusOf: (iso3: string) => StatusOnDate;
  readonly links: Links;
}

/**
 * The world map as SVG, drawn on the server: each state's shape carries `data-iso3` and
 * `data-status` (its status on the date), is coloured by CSS from that attribute, and links to the
 * state's profile. The states too small for the 1:110m outlines are dots at their centroids.
 */
export function worldMapSvg(m: MapInput): SafeHtml {
  const tip = (iso3: string): string => {
    const s = m.statusOf(iso3);
    return `${m.names.get(iso3) ?? iso3}: ${STATUS_STYLES[s.status].label}${s.since ? ` since ${s.since}` : ''}`;
  };
  const attrs = (iso3: string): SafeHtml => {
    const s = m.statusOf(iso3);
    return html`data-iso3="${iso3}" data-status="${s.status}"${s.possibly ? html` data-uncertain="true"` : ''}`;
  };
  const shapes = m.world.shapes.map((s) =>
    s.iso3 === null
      ? html`<path data-status="none" d="${raw(s.d)}"><title>${s.name}: ${NO_DATA.label.toLowerCase()}</title></path>`
      : html`<a href="${m.links.page(`/states/${s.iso3}`)}" tabindex="-1"><path ${attrs(s.iso3)} d="${raw(s.d)}"><title>${tip(s.iso3)}</title></path></a>`,
  );
  const dots = m.world.dots.map((d) => html`<a href="${m.links.page(`/states/${d.iso3}`)}" tabindex="-1"><circle ${attrs(d.iso3)} cx="${d.x}" cy="${d.y}" r="3.5"><title>${tip(d.iso3)}</title></circle></a>`);
  return html`<div class="map-wrap">
<svg id="world-map" class="map" viewBox="0 0 ${m.world.width} ${m.world.height}" role="img" aria-label="World map: each state's status under the ${m.treatyName} on ${longDate(m.on)}. The table below lists the same, state by state.">
<defs>${stripes()}</defs>
<g class="shapes">${shapes}</g>
<g class="dots">${dots}</g>
</svg>
<div id="map-card" class="card" hidden></div>
</div>`;
}

/** The legend, in words, with each status's count on the date (kept up to date by the treaty module). */
export function legend(counts: Readonly<Record<Status, number>>): SafeHtml {
  const swatch = (status: string): SafeHtml => html`<svg width="22" height="14" aria-hidden="true" focusable="false"><rect width="22" height="14" rx="2" data-status="${status}" stroke="#595959" stroke-width="1"/></svg>`;
  return html`<ul class="legend" aria-label="Legend">
${LEGEND_ORDER.map((s) => html`<li>${swatch(s)}<span>${STATUS_STYLES[s].label}${STATUS_STYLES[s].striped ? ' (striped)' : ''}</span> <span class="count">(<span data-count="${s}">${counts[s]}</span>)</span></li>`)}
<li>${swatch('none')}<span>${NO_DATA.label}</span></li>
<li><svg width="22" height="14" aria-hidden="true" focusable="false"><circle cx="11" cy="7" r="4" fill="#595959"/></svg><span>Dot: a state too small to draw (listed below the map)</span></li>
</ul>`;
}

/** One stripe pattern per status drawn striped (the states in motion), referenced from the stylesheet. */
function stripes(): SafeHtml {
  return html`${LEGEND_ORDER.filter((s) => STATUS_STYLES[s].striped).map((s) => html`<pattern id="stripe-${s}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${STATUS_STYLES[s].fill}"/><rect width="2" height="6" fill="#1b1b1b" fill-opacity="0.6"/></pattern>`)}`;
}
