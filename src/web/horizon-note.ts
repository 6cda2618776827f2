import type { Horizon } from '../domain/horizon.js';
import { horizonWarning } from '../present/horizon-json.js';
import { type SafeHtml, html } from './html.js';

/**
 * The note a page shows for a date after the record's horizon. It is always written when there is a
 * horizon, hidden on or before it: the date control (slider.ts) shows and hides it as the date moves,
 * so the static export, which moves by script, says it too.
 */
export function horizonNote(h: Horizon | undefined, on: string): SafeHtml | '' {
  if (!h) return '';
  const sentence = horizonWarning(h, '9999-12-31') ?? '';
  const after = horizonWarning(h, on) !== undefined;
  return html`<p class="note horizon" role="note" data-horizon="${h.completeTo}"${after ? '' : html` hidden`}>${sentence}</p>`;
}
