import type { IsoDate } from '../domain/calendar-date.js';
import { type Horizon, horizonWarning } from '../domain/horizon.js';

// How the API and the CLI's --json say how current an answer is. The sentence itself lives in the domain
// (as COUNT_CONVENTIONS does), because claims and reports, which may not import this layer, say it too.

export { horizonWarning } from '../domain/horizon.js';

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
