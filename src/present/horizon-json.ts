import type { IsoDate } from '../domain/calendar-date.js';
import { type Horizon, isAfterHorizon } from '../domain/horizon.js';

// How every edge says how current its answer is: the one sentence (CLI text, pages, reports, feeds)
// and the one JSON shape (CLI --json, API answers, the feed's JSON form).

/** The sentence every answer for a date after the horizon carries; undefined on or before it. */
export function horizonWarning(h: Horizon | undefined, on: IsoDate): string | undefined {
  if (!h || !isAfterHorizon(h, on)) return undefined;
  return `The depositary's record is complete to ${h.completeTo}; later actions may be missing.`;
}

/** The JSON shape of a horizon for an answer on a date: `record_complete_to` always, `warning` only after it. */
export interface HorizonJson {
  readonly record_complete_to: IsoDate;
  readonly source: string;
  readonly after_horizon: boolean;
  readonly warning?: string;
}

/** Shapes the horizon for an answer on `on`. */
export function horizonJson(h: Horizon | undefined, on: IsoDate): HorizonJson | undefined {
  if (!h) return undefined;
  const warning = horizonWarning(h, on);
  return { record_complete_to: h.completeTo, source: h.sourceId, after_horizon: warning !== undefined, ...(warning ? { warning } : {}) };
}
