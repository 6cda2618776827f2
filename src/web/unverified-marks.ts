import type { UnverifiedMark } from '../domain/treaty.js';
import { type SafeHtml, html } from './html.js';

/** A treaty's own unverified values (UNVERIFIED in the reference), each with its reason; nothing when there are none. */
export function unverifiedMarks(marks: readonly UnverifiedMark[] | undefined, treatyName?: string): SafeHtml {
  if (!marks || marks.length === 0) return html``;
  return html`<ul class="unverified-marks">${marks.map((m) => html`<li class="note"><span class="unverified">${treatyName ? `${treatyName}, unverified` : 'Unverified'}:</span> <code>${m.path}</code>: ${m.reason}</li>`)}</ul>`;
}
