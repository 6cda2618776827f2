import type { SeriesPoint } from '../domain/counts.js';

/** Counts over time as JSON: `treatywatch series --json` and `GET /v1/treaties/{treaty}/series`. */
export interface SeriesJson {
  readonly treaty: string;
  readonly from: string;
  readonly to: string;
  readonly every: 'day' | 'month' | 'year';
  readonly points: readonly SeriesPoint[];
}

/** Shapes a series for JSON output. */
export function seriesJson(treaty: string, from: string, to: string, every: SeriesJson['every'], points: readonly SeriesPoint[]): SeriesJson {
  return { treaty, from, to, every, points };
}
