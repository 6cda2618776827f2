import type { SeriesPoint } from '../domain/counts.js';
import { treatyHorizon } from '../domain/horizon.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type HorizonJson, horizonJson } from './horizon-json.js';

/** Counts over time as JSON: `treatywatch series --json` and `GET /v1/treaties/{treaty}/series`. */
export interface SeriesJson {
  readonly treaty: string;
  readonly from: string;
  readonly to: string;
  readonly every: 'day' | 'month' | 'year';
  /** Present when the record holds the treaty's depositary status page; `after_horizon` when `to` is past it. */
  readonly horizon?: HorizonJson;
  readonly points: readonly SeriesPoint[];
}

/** Shapes a series for JSON output; its horizon is checked against its last day. */
export function seriesJson(index: RecordIndex, treaty: string, from: string, to: string, every: SeriesJson['every'], points: readonly SeriesPoint[]): SeriesJson {
  const horizon = horizonJson(treatyHorizon(index, treaty), to);
  return { treaty, from, to, every, ...(horizon ? { horizon } : {}), points };
}
