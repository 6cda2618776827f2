import type { Deadline } from '../../domain/deadlines.js';
import type { TreatyEvent } from '../../domain/event.js';
import { recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { State } from '../../domain/state.js';
import { type TreatyStanding, stateProfile } from '../../domain/state-profile.js';
import { badge, citations, eventLabel, when } from '../components.js';
import { longDate } from '../dates.js';
import { addYears, rangeOf } from '../../domain/calendar-date.js';
import { type SafeHtml, html, jsonScript, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { locatorSvg } from '../locator-svg.js';
import { firstTreatyDay, stateClientData } from '../state-dates.js';
import { horizonNote } from '../horizon-note.js';
import { unverifiedMarks } from '../unverified-marks.js';
import { dateControl } from './date-control.js';

/**
 * A state's profile: its status under each treaty, the full timeline with every source linked and
 * quoted, deadlines owed, groups, and a locator. `positions` says whether the state has a positions
 * page to link to (every state has on the live server; the static export writes those with something to show).
 */
export function statePage(index: RecordIndex, state: State, on: string, links: Links, today: string = on, positions = true): string {
  const p = stateProfile(index, state, on);
  const acted = p.treaties.filter((t) => t.events.length > 0 || t.status.status !== 'not_joined');
  const idle = p.treaties.filter((t) => !acted.includes(t));
  const aliases = state.aliases.filter((a) => a !== state.name && a !== state.officialName);
  const main = html`${locatorSvg(state.iso3, state.name, links)}
<h1>${state.name}</h1>
<p class="lede">${state.officialName && state.officialName !== state.name ? html`${state.officialName} · ` : ''}${state.iso3} / ${state.iso2}${aliases.length > 0 ? html` · also called ${aliases.join(', ')}` : ''}</p>
${dateControl(on, firstTreatyDay(index), addYears(today > on ? today : on, 1), links.page(`/states/${state.iso3}`))}
<p>As of <strong data-date-words>${longDate(on)}</strong>. <span id="state-groups">${p.groups.length > 0 ? html`Member of ${p.groups.map((g, i) => html`${i > 0 ? ', ' : ''}${g.name} (since ${when(g.joined)})`)}.` : 'Not a member of the EU or NATO on this date.'}</span></p>
${horizonNote(recordHorizon(index, p.treaties.map((t) => t.treatyId)), on)}
<ul class="summary">${p.treaties.map((t) => html`<li data-state-treaty="${t.treatyId}"><a href="#treaty-${t.treatyId}">${t.treatyName}</a>: ${badge(t.status.status)}<span class="since">${t.status.since ? html` since ${t.status.since}` : ''}</span><span class="note possibly">${t.status.possibly ? html` (may already be ${t.status.possibly.replace(/_/g, ' ')}: a date known only imprecisely)` : ''}</span></li>`)}</ul>
${links.mode === 'live' ? html`<p class="campaign-links">Campaign: <a href="${links.page(`/states/${state.iso3}/positions`, { on })}">positions, votes and office holders</a> · <a href="${links.page('/media-pack', { kind: 'media_pack', state: state.iso3, on })}">media pack, letter or briefing</a> · <a href="${links.page('/campaign', { state: state.iso3 })}">campaign log</a></p>` : positions ? html`<p class="campaign-links">Also: <a href="${links.page(`/states/${state.iso3}/positions`)}">positions, votes and office holders</a> <span class="note">(as of ${longDate(on)})</span></p>` : ''}
${acted.map((t) => standing(index, t, on, links))}
${idle.length > 0 ? html`<p class="note">No action recorded under: ${idle.map((t) => t.treatyName).join(', ')}.</p>` : ''}
${idle.map((t) => unverifiedMarks(index.treaties.get(t.treatyId)?.unverified, t.treatyName))}
${p.otherEvents.length > 0 ? html`<section aria-labelledby="other-h"><h2 id="other-h">Other events</h2><ol class="timeline">${p.otherEvents.map((e) => eventItem(index, e, links))}</ol></section>` : ''}
${links.mode === 'static' ? jsonScript('state-data', stateClientData(index, state, today)) : ''}`;
  // The live server renders any date on request (the date control's form); the static export moves by script.
  return layout({ title: `${state.name}`, description: `${state.name}: status under each treaty, the timeline with sources, deadlines and groups.`, path: `/states/${state.iso3}`, links, ...(links.mode === 'static' ? { scripts: ['state', 'slider'] as const } : {}) }, main);
}

function standing(index: RecordIndex, t: TreatyStanding, on: string, links: Links): SafeHtml {
  const eif = t.entryIntoForce;
  const wd = t.withdrawalEffect;
  return html`<section id="treaty-${t.treatyId}" aria-labelledby="h-${t.treatyId}">
<h2 id="h-${t.treatyId}" data-state-treaty="${t.treatyId}"><a href="${links.page(`/treaties/${t.treatyId}`)}">${t.treatyName}</a>: ${badge(t.status.status)}</h2>
${unverifiedMarks(index.treaties.get(t.treatyId)?.unverified)}
<ol class="timeline">${t.events.map((e) => html`${eventItem(index, e, links)}${eif?.fromEventId === e.id ? derived(html`Entry into force`, eif.label, eif.rule, eif.statedDisagrees, undefined, e, index, links) : ''}${wd?.fromEventId === e.id ? derived(html`<span${wd.date !== null ? html` data-effect-on="${wd.date}"` : ''}>${wd.date !== null && wd.date <= on ? 'Withdrawal took effect' : 'Withdrawal takes effect'}</span>`, wd.label, wd.rule, wd.statedDisagrees, wd.heldBack, e, index, links) : ''}`)}</ol>
<div data-fixed-on="${on}">${deadlines(t.deadlines, on)}</div>
${links.mode === 'static' ? html`<p class="note" data-fixed-on="${on}" data-fixed-note hidden>Deadlines are worked out for ${longDate(on)} only in this copy of the site.</p>` : ''}
</section>`;
}

function eventItem(index: RecordIndex, e: TreatyEvent, links: Links): SafeHtml {
  const n = e.details?.notification;
  const nUrl = safeUrl(typeof e.details?.notificationUrl === 'string' ? e.details.notificationUrl : undefined);
  const counts = ['yes', 'no', 'abstain', 'absent'].filter((k) => e.details?.[k] !== undefined).map((k) => `${k} ${String(e.details?.[k])}`);
  return html`<li id="event-${e.id}" data-event-from="${rangeOf(e.date).earliest}"><span class="when">${when(e.date.value)}</span> — ${eventLabel(e)}${n !== undefined ? html` · depositary notification ${nUrl ? html`<a href="${nUrl}">${String(n)}</a>` : String(n)}` : ''}${counts.length > 0 ? html` (${counts.join(', ')})` : ''}${e.verified ? '' : html` <span class="unverified">unverified</span>`}
${e.note && (e.kind === 'suspension_notice' || e.date.precision !== 'day') ? html`<p class="note">${e.note}</p>` : ''}
${citations(index, e.sources, links)}</li>`;
}

function derived(what: SafeHtml, label: string, rule: string, disagrees: string | undefined, heldBack: string | undefined, e: TreatyEvent, index: RecordIndex, links: Links): SafeHtml {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(label) ? when(label) : html`${label}`;
  return html`<li data-event-from="${rangeOf(e.date).earliest}"><span class="when">${date}</span> — ${what} <span class="note">(by ${rule}${heldBack ? html`; ${heldBack}` : ''})</span>${disagrees ? html` <span class="unverified">a source states ${disagrees}</span>` : ''}
${e.statedEffect ? html`<p class="note">Stated by:</p>${citations(index, e.statedEffect.sources, links)}` : ''}</li>`;
}

function deadlines(list: readonly Deadline[], on: string): SafeHtml {
  const owed = list.filter((d) => d.state !== 'not_owed');
  if (owed.length === 0) return html`<p class="note">No deadline owed on ${longDate(on)}.</p>`;
  const words: Record<Deadline['state'], string> = { met: 'met', upcoming: 'upcoming', passed: 'passed: the record holds no fulfilment', not_owed: 'not owed' };
  return html`<h3>Deadlines</h3><div class="table-wrap"><table><thead><tr><th scope="col">Obligation</th><th scope="col">Article</th><th scope="col">Due</th><th scope="col">Where it stands</th></tr></thead>
<tbody>${owed.map((d) => html`<tr><td>${d.label}${d.appliesTo ? html` <span class="note">(for ${d.appliesTo})</span>` : ''}</td><td>${d.article}</td><td>${d.due ? when(d.due) : '—'}</td><td>${words[d.state]}${d.note ? html` <span class="note">(${d.note})</span>` : ''}${d.extendable ? html` <span class="note">extendable</span>` : ''}</td></tr>`)}</tbody></table></div>`;
}
