import { statusTable } from '../domain/status-table.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Treaty } from '../domain/treaty.js';
import { statusExport, statusExportCsv } from '../present/status-export.js';
import { membershipChart } from './chart-svg.js';
import { longDate } from './dates.js';
import { type SafeHtml, html, jsonScript } from './html.js';
import type { Links } from './links.js';
import { worldMapSvg } from './map-svg.js';
import { downloadSvgCss, standaloneSvg } from './standalone-svg.js';
import { treatyData } from './treaty-data.js';
import { projectedWorld } from './world-map.js';

/** What a treaty page offers to download; each file's name carries the treaty and the date. */
export type DownloadKind = 'map' | 'chart' | 'status';

/** A download's file name: `apmbc-map-2025-03-26.svg`, `apmbc-status-2025-03-26.csv`. */
export function downloadName(treatyId: string, kind: DownloadKind, on: string, ext: 'svg' | 'png' | 'csv'): string {
  return `${treatyId}-${kind}-${on}.${ext}`;
}

/** Reads a download's file name back (the live server's route); undefined when it is not one. */
export function parseDownloadName(file: string): { treatyId: string; kind: DownloadKind; on: string } | undefined {
  const m = /^([a-z0-9_-]+?)-(?:(map|chart)-(\d{4}-\d{2}-\d{2})\.svg|status-(\d{4}-\d{2}-\d{2})\.csv)$/.exec(file);
  if (!m) return undefined;
  return { treatyId: m[1] as string, kind: (m[2] ?? 'status') as DownloadKind, on: (m[3] ?? m[4]) as string };
}

/** The treaty's world map on a date as a standalone SVG file (the page's own map, with its styles inside). */
export function mapSvgFile(index: RecordIndex, treaty: Treaty, on: string, links: Links): string {
  const table = statusTable(index, treaty.id, on);
  const byIso3 = new Map(table.states.map((r) => [r.iso3, r]));
  const names = new Map(index.stateList.map((s) => [s.iso3, s.name]));
  const world = projectedWorld(index.stateList.map((s) => s.iso3));
  const markup = worldMapSvg({ world, treatyName: treaty.shortName, on, names, statusOf: (iso3) => byIso3.get(iso3) ?? { status: 'not_joined', since: null }, links }).value;
  return standaloneSvg(svgElement(markup), downloadSvgCss());
}

/** The membership chart (since the treaty opened) with its marker on the date, as a standalone SVG file. */
export function chartSvgFile(index: RecordIndex, treaty: Treaty, on: string, today: string): string {
  const data = treatyData(index, treaty.id, today);
  const markup = membershipChart({ id: 'chart', treatyName: treaty.shortName, points: data.points, from: data.from, to: data.to, on, width: 640 }).value;
  return standaloneSvg(svgElement(markup), downloadSvgCss());
}

/** The status table on a date as CSV: the API's own export (`/v1/exports/status.csv`), one treaty. */
export function statusCsvFile(index: RecordIndex, treaty: Treaty, on: string): string {
  return statusExportCsv(statusExport(index, [treaty.id], on));
}

/**
 * The downloads of a treaty page, as real links to files named with the treaty and the date, next to
 * the page: on the live server a route makes them for any date (the CSV is the API's own
 * `/v1/exports/status.csv`, which is linked too, but whose answer names itself `treatywatch-status.csv`:
 * a browser keeps that name over the link's); in the static export they are files written for the
 * export's date (there is no server to ask). The downloads module then follows the date control: the
 * SVGs and the PNGs are drawn in the browser from the page's map and chart as shown, and on the live
 * server the CSV links name the new date.
 */
export function downloadsSection(treaty: Treaty, on: string, links: Links): SafeHtml {
  const id = treaty.id;
  const here = (file: string): string => (links.mode === 'live' ? `/treaties/${encodeURIComponent(id)}/${file}` : file);
  const api = `/v1/exports/status.csv?treaty=${encodeURIComponent(id)}&on=`;
  const date = html`<span data-date-words>${longDate(on)}</span>`;
  const svgLink = (kind: 'map' | 'chart', source: string, words: string): SafeHtml =>
    html`<li><a href="${here(downloadName(id, kind, on, 'svg'))}" download="${downloadName(id, kind, on, 'svg')}" data-download="svg" data-kind="${kind}" data-source="${source}">${words} on ${date} (SVG)</a></li>
<li hidden><a href="#" download="${downloadName(id, kind, on, 'png')}" data-download="png" data-kind="${kind}" data-source="${source}" hidden>${words} on ${date} (PNG)</a></li>`;
  return html`<section aria-labelledby="downloads-h" class="downloads" id="downloads" data-treaty="${id}" data-mode="${links.mode}" data-page-date="${on}">
<h2 id="downloads-h">Downloads</h2>
<ul>
${svgLink('map', 'world-map', `Map of ${treaty.shortName}`)}
${svgLink('chart', 'chart', `Chart of ${treaty.shortName} States Parties`)}
<li><a href="${here(downloadName(id, 'status', on, 'csv'))}" download="${downloadName(id, 'status', on, 'csv')}" data-download="csv"${links.mode === 'live' ? html` data-csv-base="/treaties/${encodeURIComponent(id)}/"` : ''}>Every state's status on ${links.mode === 'live' ? date : longDate(on)} (CSV)</a>${links.mode === 'live'
    ? html` <span class="note">· for scripts, the same rows from the API: <a href="${api}${on}" data-api-base="${api}"><code>/v1/exports/status.csv</code></a></span>`
    : html` <span class="note" data-download-fixed hidden>(this copy of the site holds the table for ${longDate(on)} only)</span>`}</li>
</ul>
<p class="note">SVG and PNG show the map and the chart as on the page; the CSV has one row per state with the status, since when, and the sources' addresses.</p>
${jsonScript('download-style', downloadSvgCss())}
</section>`;
}

/** The static export's download files for a treaty page, written next to it (`treaties/apmbc/apmbc-map-….svg`). */
export function treatyDownloadFiles(index: RecordIndex, treaty: Treaty, on: string, today: string, links: Links): { path: string; body: string }[] {
  const dir = `treaties/${treaty.id}`;
  return [
    { path: `${dir}/${downloadName(treaty.id, 'map', on, 'svg')}`, body: mapSvgFile(index, treaty, on, links) },
    { path: `${dir}/${downloadName(treaty.id, 'chart', on, 'svg')}`, body: chartSvgFile(index, treaty, on, today) },
    { path: `${dir}/${downloadName(treaty.id, 'status', on, 'csv')}`, body: statusCsvFile(index, treaty, on) },
  ];
}

// The `<svg>…</svg>` element alone, without what follows it (the chart's data block, the map's card).
function svgElement(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.indexOf('</svg>', start);
  return start < 0 || end < 0 ? markup : markup.slice(start, end + '</svg>'.length);
}
