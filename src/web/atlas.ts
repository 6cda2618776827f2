import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country of the atlas, with the record's code when ISO 3166-1 knows it. */
export interface AtlasCountry {
  readonly numeric: string;
  /** ISO 3166-1 alpha-3, or null for shapes without a code (Kosovo, N. Cyprus, Somaliland). */
  readonly iso3: string | null;
  readonly name: string;
  readonly feature: Feature<Geometry>;
}

/** Natural Earth detail levels shipped by world-atlas: 1:110m draws the world map; finer ones place the smallest states. */
export type AtlasScale = '110m' | '50m' | '10m';

// The numeric→alpha-3 table sits in the package's data/ folder: ../../data/ from src/web, dist/web and dist/bundle alike.
const NUMERIC_FILE = fileURLToPath(new URL('../../data/iso-numeric.json', import.meta.url));
const cache = new Map<AtlasScale, readonly AtlasCountry[]>();
let numericCache: ReadonlyMap<string, string> | undefined;

/** ISO 3166-1 numeric → alpha-3 (data/iso-numeric.json, generated from Debian's iso-codes). */
export function isoNumeric(): ReadonlyMap<string, string> {
  if (!numericCache) {
    const file = JSON.parse(readFileSync(NUMERIC_FILE, 'utf8')) as { numericToAlpha3: Record<string, string> };
    numericCache = new Map(Object.entries(file.numericToAlpha3));
  }
  return numericCache;
}

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topologies = new Map<AtlasScale, CountryTopology>();

/** A world-atlas topology, read from node_modules once and kept. */
function topologyOf(scale: AtlasScale): CountryTopology {
  const hit = topologies.get(scale);
  if (hit) return hit;
  // Resolved from this module at run time, so the compiled CLI and the bundle find the npm package wherever it is installed.
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as CountryTopology;
  topologies.set(scale, topology);
  return topology;
}

/** The countries of world-atlas at a scale, as GeoJSON, converted once and kept. */
export function atlasCountries(scale: AtlasScale): readonly AtlasCountry[] {
  const hit = cache.get(scale);
  if (hit) return hit;
  const topology = topologyOf(scale);
  const list = topology.objects.countries.geometries.map((g) => country(topology, g));
  cache.set(scale, list);
  return list;
}

/**
 * The shape of a state at the coarsest scale that has it: the 1:110m map leaves out about thirty
 * small states (Andorra, Holy See, Nauru, Tuvalu, …); 1:50m has all but Tuvalu, 1:10m has it too.
 * Only the one shape is converted at the finer scales.
 */
export function shapeOf(iso3: string): { scale: AtlasScale; country: AtlasCountry } | undefined {
  const coarse = atlasCountries('110m').find((c) => c.iso3 === iso3);
  if (coarse) return { scale: '110m', country: coarse };
  const numeric = [...isoNumeric()].find(([, a3]) => a3 === iso3)?.[0];
  for (const scale of ['50m', '10m'] as const) {
    const topology = topologyOf(scale);
    const g = topology.objects.countries.geometries.find((x) => x.id !== undefined && String(x.id) === numeric);
    if (g) return { scale, country: country(topology, g) };
  }
  return undefined;
}

function country(topology: CountryTopology, g: CountryTopology['objects']['countries']['geometries'][number]): AtlasCountry {
  const id = g.id === undefined ? '' : String(g.id);
  const name = (g.properties as { name?: string } | undefined)?.name ?? '';
  return { numeric: id, iso3: isoNumeric().get(id) ?? null, name, feature: feature(topology, g) as Feature<Geometry> };
}
