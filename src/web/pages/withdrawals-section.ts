import type { RecordIndex } from '../../domain/record-index.js';
import type { Treaty } from '../../domain/treaty.js';
import { citations, sourceShort, when } from '../components.js';
import { type SafeHtml, html, safeUrl } from '../html.js';
import type { Links } from '../links.js';

/** Every withdrawal and notice of "suspension" in the record for a treaty: when deposited, when in effect, on whose word. */
export function withdrawalsSection(index: RecordIndex, treaty: Treaty, links: Links): SafeHtml {
  const events = [...index.eventsByState.values()].flat()
    .filter((e) => e.treatyId === treaty.id && (e.kind === 'withdrawal' || e.kind === 'suspension_notice'))
    .sort((a, b) => a.date.value.localeCompare(b.date.value) || a.iso3.localeCompare(b.iso3));
  if (events.length === 0) return html`<section aria-labelledby="withdrawals-h"><h2 id="withdrawals-h">Withdrawals</h2><p>No state has withdrawn from the ${treaty.shortName}.</p></section>`;
  return html`<section aria-labelledby="withdrawals-h"><h2 id="withdrawals-h">Withdrawals and notices of “suspension”</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">State</th><th scope="col">Instrument deposited</th><th scope="col">In effect from</th><th scope="col">On whose word</th></tr></thead>
<tbody>${events.map((e) => {
    const name = index.states.get(e.iso3)?.name ?? e.iso3;
    const effect = index.timelines.get(treaty.id)?.get(e.iso3)?.withdrawalEffect;
    const notification = e.details?.notification;
    const notificationUrl = safeUrl(typeof e.details?.notificationUrl === 'string' ? e.details.notificationUrl : undefined);
    const effectCell = e.kind === 'suspension_notice'
      ? html`No effect: the ${treaty.shortName} provides for no suspension; still a State Party`
      : effect && effect.fromEventId === e.id
        ? html`${effect.date ? when(effect.date) : effect.label} <span class="note">(${effect.rule}${effect.heldBack ? html`; ${effect.heldBack}` : ''})</span>`
        : '—';
    return html`<tr><th scope="row"><a href="${links.page(`/states/${e.iso3}`)}">${name}</a></th>
<td>${when(e.date.value)}${e.kind === 'suspension_notice' ? html`<br><span class="note">notice of “suspension”</span>` : ''}${notification !== undefined ? html`<br><span class="note">depositary notification ${notificationUrl ? html`<a href="${notificationUrl}">${String(notification)}</a>` : String(notification)}</span>` : ''}</td>
<td>${effectCell}</td><td>${citations(index, e.sources.slice(0, 1), links)}${e.sources.length > 1 ? html`<p class="note">Also: ${e.sources.slice(1).map((c, i) => html`${i > 0 ? ', ' : ''}${sourceShort(index, c.sourceId)}`)}</p>` : ''}</td></tr>`;
  })}</tbody></table></div>
</section>`;
}
