import { geoPath } from 'd3-geo';
import { LOCATOR_WIDTH, worldProjection } from './world-map.js';

/** The world's land at the locator's size, for the shared asset (drawn once, cached by browsers and CDNs). */
export function worldLandSvg(): string {
  const { projection, height, countries } = worldProjection(LOCATOR_WIDTH);
  const path = geoPath(projection).digits(0);
  const land = countries.map((c) => path(c.feature) ?? '').join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOCATOR_WIDTH} ${height}"><rect width="${LOCATOR_WIDTH}" height="${height}" fill="#eef4fa"/><path d="${land}" fill="#cfcfcf" stroke="#ffffff" stroke-width="0.4"/></svg>`;
}
