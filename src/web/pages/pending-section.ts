import type { PendingChange } from '../../domain/pending.js';
import type { Treaty } from '../../domain/treaty.js';
import { badge } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import type { Links } from '../links.js';
import { type PendingRow, splitNote } from '../treaty-data.js';

/** What a pending change is, in words. */
export function pendingWhat(c: PendingChange, treatyName: string): string {
  switch (c.kind) {
    case 'entry_into_force':
      return `The ${treatyName} enters into force for it`;
    case 'withdrawal_effect':
      return 'Its withdrawal takes effect';
    case 'disputed_suspension':
      return 'Notice of “suspension”: disputed, no effect under the treaty';
    case 'deposit_date_unknown':
      return `Its instrument is dated only ${c.label}`;
  }
}

/** The rule and the note; a note naming the day read shows the day being viewed (kept up to date by the slider). */
function why(r: PendingRow, on: string): SafeHtml {
  const [before, after] = splitNote(r);
  const note = after === undefined ? html`${before}` : html`${before}on <span data-date-iso>${on}</span> ${after}`;
  return html`${r.change.rule ?? ''}${r.change.rule && r.change.note ? '; ' : ''}${r.change.note ? note : ''}`;
}

/**
 * Pending changes: every row the treaty ever had, each shown only on the days it is pending (the
 * treaty module shows and hides them as the date moves; without script the chosen date's rows show).
 */
export function pendingSection(treaty: Treaty, rows: readonly PendingRow[], on: string, links: Links): SafeHtml {
  const active = (r: PendingRow): boolean => r.from <= on && (r.to === null || on < r.to);
  return html`<section aria-labelledby="pending-h"><h2 id="pending-h">Pending on <span data-date-words>${longDate(on)}</span></h2>
<p class="note">Changes already set in motion, and when they take effect.</p>
<div class="table-wrap"><table id="pending">
<thead><tr><th scope="col">State</th><th scope="col">Status</th><th scope="col">What happens</th><th scope="col">When</th><th scope="col">Why</th></tr></thead>
<tbody>
${rows.map((r) => html`<tr data-pending-from="${r.from}"${r.to === null ? '' : html` data-pending-to="${r.to}"`}${active(r) ? '' : html` hidden`} data-kind="${r.change.kind}">
<th scope="row"><a href="${links.page(`/states/${r.change.iso3}`)}">${r.change.name}</a></th><td>${badge(r.change.status)}</td><td>${pendingWhat(r.change, treaty.shortName)}</td>
<td>${r.change.effectiveOn ? html`<time datetime="${r.change.effectiveOn}">${longDate(r.change.effectiveOn)}</time>` : r.change.label}</td><td>${why(r, on)}</td></tr>`)}
<tr id="pending-none"${rows.some(active) ? html` hidden` : ''}><td colspan="5">Nothing pending on this date.</td></tr>
</tbody></table></div>
</section>`;
}
