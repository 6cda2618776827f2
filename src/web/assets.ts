import { createHash } from 'node:crypto';
import { normaliseName } from '../domain/state.js';
import { chartModule } from './client/chart.js';
import { pipelineModule } from './client/pipeline-view.js';
import { downloadsModule } from './client/downloads-view.js';
import { searchModule } from './client/search.js';
import { stateViewModule } from './client/state-view.js';
import { sliderModule } from './client/slider.js';
import { treatyViewModule } from './client/treaty-view.js';
import { worldLandSvg } from './world-land.js';
import { siteCss } from './site-css.js';
import { standaloneSvg } from './standalone-svg.js';

/** A file served under /assets/ (and written to assets/ by the static export). */
export interface Asset {
  /** File name with a content hash (`site.3f2a9c1b.css`), so that hosts may cache it for ever. */
  readonly name: string;
  readonly type: string;
  readonly body: string;
}

/** The assets by role. */
export type AssetKey = 'css' | 'icon' | 'world' | 'slider' | 'treaty' | 'chart' | 'pipeline' | 'search' | 'downloads' | 'state';

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#0072B2"/><path d="M9 16h14M16 9v14" stroke="#fff" stroke-width="3"/></svg>';

let cache: ReadonlyMap<AssetKey, Asset> | undefined;

/** Every asset, built once: the stylesheet and the client modules (each a function's own source, called with `window`). */
export function assets(): ReadonlyMap<AssetKey, Asset> {
  if (cache) return cache;
  // Further arguments are pure functions shipped by their source too (the domain's own normaliseName for search).
  const js = (fn: (win: never, ...helpers: never[]) => void, ...helpers: ((...args: never[]) => unknown)[]): string =>
    `// treatywatch client module\n(${fn.toString()})(window${helpers.map((h) => `, ${h.toString()}`).join('')});\n`;
  const entries: [AssetKey, string, string, string][] = [
    ['css', 'site', 'css', siteCss()],
    ['icon', 'icon', 'svg', ICON],
    ['world', 'world', 'svg', worldLandSvg()],
    ['slider', 'slider', 'js', js(sliderModule)],
    ['treaty', 'treaty-view', 'js', js(treatyViewModule)],
    ['chart', 'chart', 'js', js(chartModule)],
    ['pipeline', 'pipeline-view', 'js', js(pipelineModule)],
    ['search', 'search', 'js', js(searchModule, normaliseName)],
    ['downloads', 'downloads', 'js', js(downloadsModule, standaloneSvg)],
    ['state', 'state-view', 'js', js(stateViewModule)],
  ];
  cache = new Map(entries.map(([key, base, ext, body]) => {
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    return [key, { name: `${base}.${hash}.${ext}`, type: TYPES[ext] ?? 'application/octet-stream', body }];
  }));
  return cache;
}

/** An asset's hashed file name. */
export function assetName(key: AssetKey): string {
  return (assets().get(key) as Asset).name;
}

/** The asset with this file name, if any. */
export function assetByName(name: string): Asset | undefined {
  return [...assets().values()].find((a) => a.name === name);
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};
