import type { FeatureCollection, Geometry } from 'geojson';
import { type GeoProjection, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { type AtlasCountry, atlasCountries, shapeOf } from './atlas.js';

/** A country's outline on the world map, with the record's code (null for areas that are not a state in the record's list). */
export interface MapShape {
  readonly iso3: string | null;
  readonly name: string;
  readonly d: string;
}

/** A state too small for the 1:110m outlines, drawn as a dot at its centroid. */
export interface MapDot {
  readonly iso3: string;
  readonly x: number;
  readonly y: number;
}

/** The world, projected once (Equal Earth: areas stay comparable) into SVG path data. */
export interface ProjectedWorld {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  readonly dots: readonly MapDot[];
}

const WIDTH = 960;
/** The state page's locator width in SVG units. */
export const LOCATOR_WIDTH = 360;
const cache = new Map<string, ProjectedWorld>();
const projections = new Map<number, { projection: GeoProjection; height: number; countries: readonly AtlasCountry[] }>();

/** The world map for a list of states: outlines from 1:110m, dots for the states it leaves out. Cached per list. */
export function projectedWorld(stateIso3s: readonly string[]): ProjectedWorld {
  const key = stateIso3s.join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  const wanted = new Set(stateIso3s);
  const { projection, height, countries } = worldProjection(WIDTH);
  const path = geoPath(projection).digits(1);
  const shapes = countries.map((c): MapShape => ({ iso3: c.iso3 !== null && wanted.has(c.iso3) ? c.iso3 : null, name: c.name, d: path(c.feature) ?? '' }));
  const drawn = new Set(shapes.map((s) => s.iso3));
  const dots = stateIso3s.filter((iso3) => !drawn.has(iso3)).flatMap((iso3): MapDot[] => {
    const shape = shapeOf(iso3);
    const point = shape ? projection(geoCentroid(shape.country.feature)) : null;
    return point ? [{ iso3, x: round(point[0]), y: round(point[1]) }] : [];
  });
  const world = { width: WIDTH, height, shapes, dots };
  cache.set(key, world);
  return world;
}

/** The world map's projection at a width: Equal Earth fitted to every country but Antarctica (no state, and a fifth of the height). */
export function worldProjection(width: number): { projection: GeoProjection; height: number; countries: readonly AtlasCountry[] } {
  const hit = projections.get(width);
  if (hit) return hit;
  const countries = atlasCountries('110m').filter((c) => c.numeric !== '010');
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: countries.map((c) => c.feature) };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const made = { projection, height: Math.ceil(bottom - top), countries };
  projections.set(width, made);
  return made;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
