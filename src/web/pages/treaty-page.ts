import { COUNT_CONVENTIONS } from '../../domain/counts.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { treatyHorizon } from '../../domain/horizon.js';
import { statusTable } from '../../domain/status-table.js';
import { waitingForJson } from '../../present/waiting-for-json.js';
import type { Treaty } from '../../domain/treaty.js';
import { badge, citations, commonName, sourceShort, when } from '../components.js';
import { longDate } from '../dates.js';
import { downloadsSection } from '../downloads.js';
import { type SafeHtml, html, jsonScript } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { legend, worldMapSvg } from '../map-svg.js';
import { dateControl } from './date-control.js';
import { membershipSection } from './membership-section.js';
import { pendingSection } from './pending-section.js';
import { treatyData } from '../treaty-data.js';
import { horizonNote } from '../horizon-note.js';
import { unverifiedMarks } from '../unverified-marks.js';
import { projectedWorld } from '../world-map.js';
import { withdrawalsSection } from './withdrawals-section.js';

/** The treaty page: the map on a date with a slider, the counts under both conventions, the chart, pending changes, withdrawals and every state. */
export function treatyPage(index: RecordIndex, treaty: Treaty, on: string, today: string, links: Links): string {
  const data = treatyData(index, treaty.id, today);
  const table = statusTable(index, treaty.id, on);
  const byIso3 = new Map(table.states.map((r) => [r.iso3, r]));
  const names = new Map(index.stateList.map((s) => [s.iso3, s.name]));
  const world = projectedWorld(index.stateList.map((s) => s.iso3));
  const statusOf = (iso3: string) => byIso3.get(iso3) ?? { status: 'not_joined' as const, since: null };
  const notRecorded = treaty.unverified?.some((m) => m.path === 'participants') ?? false;
  const c = table.counts;
  const count = (key: string, n: number, label: string, code?: string): SafeHtml =>
    html`<li><span class="n" data-count="${key}">${n}</span>${label}${code ? html`<br><code>${code}</code>` : ''}</li>`;
  const main = html`<h1>${commonName(treaty)} <span class="muted">(${treaty.shortName})</span></h1>
${commonName(treaty) === treaty.fullName ? '' : html`<p class="note">${treaty.fullName}</p>`}
<p class="lede">Every state's status on <strong data-date-words>${longDate(on)}</strong>, with the source it rests on.</p>
${horizonNote(treatyHorizon(index, treaty.id), on)}
${notRecorded ? html`<p class="note unverified">The record holds no state's actions under this treaty yet: “not joined” here means “not recorded”.</p>` : ''}
${dateControl(on, data.from, data.to, links.page(`/treaties/${treaty.id}`))}
<section aria-labelledby="counts-h"><h2 id="counts-h" class="visually-hidden">Counts</h2>
<ul class="counts" aria-live="polite">
${count('parties_deposited', c.parties_deposited, 'States Parties, counted from deposit', 'parties_deposited')}
${count('parties_in_force', c.parties_in_force, 'States Parties with the treaty in force', 'parties_in_force')}
${count('withdrawal_pending', c.by_status.withdrawal_pending, 'withdrawals under way')}
${count('signatory', c.signatories, 'signatories (signed, not ratified)')}
${count('withdrawn', c.withdrawn, 'withdrawn')}
</ul>
<p class="note"><strong>Two counts.</strong> ${COUNT_CONVENTIONS}</p>
</section>
<section aria-labelledby="map-h"><h2 id="map-h">Map</h2>
${worldMapSvg({ world, treatyName: treaty.shortName, on, names, statusOf, links })}
${legend(c.by_status)}
<h3>Too small to draw on this map</h3>
<ul class="small-states">${world.dots.map((d) => html`<li data-row-iso3="${d.iso3}"><a href="${links.page(`/states/${d.iso3}`)}">${names.get(d.iso3) ?? d.iso3}</a> ${badge(statusOf(d.iso3).status)}</li>`)}</ul>
</section>
${membershipSection(treaty, data, on)}
${downloadsSection(treaty, on, links)}
${pendingSection(treaty, data.pending, on, links)}
${withdrawalsSection(index, treaty, links)}
<section aria-labelledby="states-h"><h2 id="states-h">Every state on <span data-date-words>${longDate(on)}</span></h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">State</th><th scope="col">Status</th><th scope="col">Since</th><th scope="col">Source</th></tr></thead>
<tbody>${table.states.map((r) => html`<tr data-row-iso3="${r.iso3}"><th scope="row"><a href="${links.page(`/states/${r.iso3}`)}">${r.name}</a></th><td>${badge(r.status, r.possibly ? ' (uncertain)' : '')}</td><td class="since">${r.since ?? '—'}</td><td class="source">${r.sources[0] ? sourceShort(index, r.sources[0].sourceId) : '—'}</td></tr>`)}</tbody>
</table></div>
</section>
${treatyFacts(index, treaty, on, links)}
${jsonScript('treaty-data', data.client)}`;
  return layout({
    title: `${treaty.shortName}: who is in, who is out`,
    description: `Every state's status under the ${treaty.fullName} on any date, with sources.`,
    path: `/treaties/${treaty.id}`,
    links,
    scripts: ['treaty', 'chart', 'downloads', 'slider'],
  }, main);
}

function treatyFacts(index: RecordIndex, t: Treaty, on: string, links: Links): SafeHtml {
  const w = t.rules.withdrawal;
  const waiting = waitingForJson(index, t.id, on);
  return html`<section aria-labelledby="facts-h"><h2 id="facts-h">The treaty</h2>
<ul>
<li>Adopted ${when(t.adopted.date)}${t.adopted.place ? html` in ${t.adopted.place}` : ''}${t.openedForSignature ? html`; opened for signature ${when(t.openedForSignature.date)}` : html`; never open for signature: states join by consenting to be bound`}${t.entryIntoForce ? html`; in force since ${when(t.entryIntoForce.date)}` : html`; not in force`}.</li>
${waiting ? html`<li id="waiting-for">On ${longDate(on)} it waits for ${waiting.required - waiting.deposited} of the ${waiting.required} States that ${waiting.article} names (${waiting.deposited} have deposited): ${waiting.missing.map((m, i) => html`${i > 0 ? ', ' : ''}<a href="${links.page(`/states/${m.iso3}`)}">${m.name}</a> (${m.status.replace(/_/g, ' ')})`)}.</li>` : ''}
<li>Depositary: ${t.depositary}${t.untcNumber ? html` (UN Treaty Collection ${t.untcNumber})` : ''}.</li>
<li>Entry into force for a state that joins later (${t.rules.entryIntoForce.laterArticle ?? t.rules.entryIntoForce.article}): <q>${t.rules.entryIntoForce.quote}</q></li>
${w ? html`<li>Withdrawal (${w.article}): <q>${w.quote}</q>${w.armedConflictQuote ? html` <q>${w.armedConflictQuote}</q>` : ''}</li>` : html`<li>No withdrawal clause.</li>`}
</ul>
${unverifiedMarks(t.unverified)}
${citations(index, t.sources, links)}
</section>`;
}
