import { addYears } from '../domain/calendar-date.js';
import { statusMatrix } from '../domain/matrix.js';
import type { RecordIndex } from '../domain/record-index.js';
import { matrixCsv, matrixTreatyIds } from '../present/matrix-json.js';
import type { Links } from './links.js';
import { matrixPage } from './pages/matrix-page.js';
import type { Answer } from './send-page.js';

// The matrix page for the live server (`/matrix`) and for the static export, from one renderer.

type Query = Readonly<Record<string, string | undefined>>;

/** Renders `/matrix?on=&protocols=true` for the live server; the CSV link points at the API's `GET /v1/matrix`. */
export function matrixAnswer(today: () => string, links: Links) {
  return (index: RecordIndex, q: Query, on: string): Answer => {
    const protocols = q.protocols === 'true';
    const csvHref = `/v1/matrix?${new URLSearchParams({ on, ...(protocols ? { protocols: 'true' } : {}), format: 'csv' }).toString()}`;
    return { html: render(index, on, today(), protocols, csvHref, links) };
  };
}

/** The static export's matrix page as of `on`, treaties and protocols alike; its CSV link points at the file of `matrixSiteCsv`. */
export function matrixSitePage(index: RecordIndex, on: string, today: string, links: Links): string {
  return render(index, on, today, true, csvName(on), links);
}

/** The CSV written beside the static matrix page. */
export function matrixSiteCsv(index: RecordIndex, on: string): { readonly path: string; readonly body: string } {
  return { path: `matrix/${csvName(on)}`, body: matrixCsv(statusMatrix(index, on, matrixTreatyIds(index, true))) };
}

const csvName = (on: string): string => `treatywatch-matrix-${on}.csv`;

function render(index: RecordIndex, on: string, today: string, protocols: boolean, csvHref: string, links: Links): string {
  const m = statusMatrix(index, on, matrixTreatyIds(index, protocols));
  const min = [...index.treaties.values()].map((t) => t.adopted.date).sort()[0] ?? on;
  return matrixPage(index, m, { protocols, min, max: addYears(today, 1), csvHref }, links);
}
