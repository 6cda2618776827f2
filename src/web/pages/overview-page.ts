import { countsOn } from '../../domain/counts.js';
import { pendingChanges } from '../../domain/pending.js';
import { recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { Citation } from '../../domain/source.js';
import type { Treaty } from '../../domain/treaty.js';
import { badge, commonName, sourceLink, sourceShort, when } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import { horizonNote } from '../horizon-note.js';
import type { Links } from '../links.js';
import { pendingWhat } from './pending-section.js';

/** The treaties the site leads with; any others in the record follow. */
const MAIN = ['apmbc', 'ccm'];

/** The overview: each treaty's counts on the date, who has left and when it took effect (with the source), and what is pending. */
export function overviewPage(index: RecordIndex, on: string, links: Links): string {
  const treaties = [...index.treaties.values()].sort((a, b) => rank(a) - rank(b) || a.shortName.localeCompare(b.shortName));
  const main = html`<h1>Who is in, who is out, since when — and who says so</h1>
<p class="lede">The states bound by the humanitarian-disarmament treaties on any date, every fact with its source. As of ${longDate(on)}.</p>
${horizonNote(recordHorizon(index, treaties.map((t) => t.id)), on)}
<div class="cards">${treaties.filter((t) => MAIN.includes(t.id)).map((t) => treatyCard(index, t, on, links))}</div>
${everyTreaty(index, treaties, on, links)}
${leavers(index, treaties, on, links)}
${pendingNow(index, treaties, on, links)}
<h2>More</h2>
<ul>
<li><a href="${links.page('/pipeline')}">The withdrawal pipeline</a>: each state's path out, stage by stage, on any date.</li>
<li><a href="${links.page('/search')}">Every state</a>, A to Z, by any name or code.</li>
<li><a href="${links.page('/sources')}">Every source</a> and what it supports.</li>
<li><a href="${links.page('/matrix')}">Every state under every treaty</a>, on one screen.</li>
</ul>`;
  return layout({ title: 'Overview', description: 'Which states are in or out of the Mine Ban Convention and the Convention on Cluster Munitions, since when, and on whose word.', path: '/', links }, main);
}

function rank(t: Treaty): number {
  const i = MAIN.indexOf(t.id);
  return i < 0 ? MAIN.length : i;
}

function treatyCard(index: RecordIndex, t: Treaty, today: string, links: Links): SafeHtml {
  const c = countsOn(index, t.id, today);
  return html`<section aria-labelledby="card-${t.id}"><h2 id="card-${t.id}"><a href="${links.page(`/treaties/${t.id}`)}">${commonName(t)}</a></h2>
<p><strong class="n">${c.parties_deposited}</strong> States Parties counted from deposit; <strong>${c.parties_in_force}</strong> with the treaty in force; ${c.signatories} signed but not ratified; ${c.withdrawn} withdrawn.</p>
<p><a href="${links.page(`/treaties/${t.id}`)}">Map, chart and every state →</a></p></section>`;
}

/** Each treaty in the record on one line: its counts on the date under both conventions, or that it is not in force. */
function everyTreaty(index: RecordIndex, treaties: readonly Treaty[], on: string, links: Links): SafeHtml {
  return html`<section aria-labelledby="every-h"><h2 id="every-h">Every treaty on ${longDate(on)}</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Treaty</th><th scope="col">In force</th><th scope="col">States Parties (from deposit)</th><th scope="col">(treaty in force for them)</th><th scope="col">Signed, not ratified</th><th scope="col">Withdrawn</th></tr></thead>
<tbody>${treaties.map((t) => {
    const c = countsOn(index, t.id, on);
    const since = t.entryIntoForce && t.entryIntoForce.date <= on ? t.entryIntoForce.date : undefined;
    return html`<tr data-treaty="${t.id}"><th scope="row"><a href="${links.page(`/treaties/${t.id}`, { on })}">${commonName(t)}</a> <span class="note">${t.shortName}</span></th>
<td>${since ? html`since ${when(since)}` : html`<strong>not in force</strong>`}</td><td data-count="parties_deposited">${c.parties_deposited}</td><td data-count="parties_in_force">${c.parties_in_force}</td><td>${c.signatories}</td><td>${c.withdrawn}</td></tr>`;
  })}</tbody></table></div>
</section>`;
}

/** Who has left: every withdrawal in the record, with its effect date and the depositary's (or first) source. */
function leavers(index: RecordIndex, treaties: readonly Treaty[], today: string, links: Links): SafeHtml {
  const rows = treaties.flatMap((t) => [...(index.timelines.get(t.id)?.values() ?? [])].flatMap((tl) => {
    const effect = tl.withdrawalEffect;
    const event = effect ? index.events.get(effect.fromEventId) : undefined;
    return effect && event ? [{ t, iso3: tl.iso3, effect, event }] : [];
  })).sort((a, b) => (a.effect.date ?? '9999').localeCompare(b.effect.date ?? '9999') || a.iso3.localeCompare(b.iso3));
  if (rows.length === 0) return html``;
  return html`<section aria-labelledby="left-h"><h2 id="left-h">Who has left</h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col">State</th><th scope="col">Treaty</th><th scope="col">Withdrawal deposited</th><th scope="col">In effect from</th><th scope="col">On whose word</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row"><a href="${links.page(`/states/${r.iso3}`)}">${index.states.get(r.iso3)?.name ?? r.iso3}</a></th>
<td><a href="${links.page(`/treaties/${r.t.id}`)}">${r.t.shortName}</a></td><td>${when(r.event.date.value)}</td>
<td>${r.effect.date ? html`${when(r.effect.date)}${r.effect.date > today ? ' (still to come)' : ''}` : r.effect.label} <span class="note">(${r.effect.rule})</span></td>
<td>${evidence(index, r.event.sources[0])}</td></tr>`)}</tbody></table></div>
</section>`;
}

/** The first source's own words when the record quotes them (the depositary's, for a withdrawal), then who said it. */
function evidence(index: RecordIndex, c: Citation | undefined): SafeHtml {
  if (!c) return html`—`;
  return c.quote ? html`<q>${c.quote}</q> — ${sourceShort(index, c.sourceId)}` : sourceLink(index, c.sourceId);
}

function pendingNow(index: RecordIndex, treaties: readonly Treaty[], today: string, links: Links): SafeHtml {
  const rows = treaties.flatMap((t) => pendingChanges(index, t.id, today).filter((c) => c.kind !== 'entry_into_force').map((c) => ({ t, c })));
  return html`<section aria-labelledby="pending-now-h"><h2 id="pending-now-h">In motion on ${longDate(today)}</h2>
${rows.length === 0 ? html`<p>No withdrawal or disputed notice is pending on this date.</p>` : html`<ul>${rows.map(({ t, c }) => html`<li><a href="${links.page(`/states/${c.iso3}`)}">${c.name}</a>, ${t.shortName}: ${badge(c.status)} ${pendingWhat(c, t.shortName)}${c.effectiveOn ? html` on ${when(c.effectiveOn)}` : ''}${c.note ? html` <span class="note">(${c.note})</span>` : ''}</li>`)}</ul>`}
</section>`;
}
