import { geoCentroid, geoPath } from 'd3-geo';
import { assetName } from './assets.js';
import { shapeOf } from './atlas.js';
import { type SafeHtml, html, raw } from './html.js';
import type { Links } from './links.js';
import { LOCATOR_WIDTH, worldProjection } from './world-map.js';


interface Spot {
  readonly d: string;
  readonly x: number;
  readonly y: number;
}
const spots = new Map<string, Spot | null>();

/** A small world map locating the state: the shared land image, the state's own outline and a ring at its centre (small states are only a ring). */
export function locatorSvg(iso3: string, name: string, links: Links): SafeHtml {
  const { height } = worldProjection(LOCATOR_WIDTH);
  const spot = spotOf(iso3);
  if (!spot) return html``;
  return html`<svg class="locator" viewBox="0 0 ${LOCATOR_WIDTH} ${height}" role="img" aria-label="Where ${name} is, on a world map">
<image href="${links.asset(assetName('world'))}" width="${LOCATOR_WIDTH}" height="${height}"/>
${spot.d === '' ? '' : html`<path class="here" d="${raw(spot.d)}"/>`}
<circle class="ring" cx="${spot.x}" cy="${spot.y}" r="9"/>
</svg>`;
}

function spotOf(iso3: string): Spot | null {
  const hit = spots.get(iso3);
  if (hit !== undefined) return hit;
  const shape = shapeOf(iso3);
  const { projection } = worldProjection(LOCATOR_WIDTH);
  const point = shape ? projection(geoCentroid(shape.country.feature)) : null;
  const spot = shape && point ? { d: shape.scale === '110m' ? (geoPath(projection).digits(1)(shape.country.feature) ?? '') : '', x: Math.round(point[0]), y: Math.round(point[1]) } : null;
  spots.set(iso3, spot);
  return spot;
}
