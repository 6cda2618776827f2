import { COUNT_CONVENTIONS } from '../../domain/counts.js';
import type { MatrixCell, MatrixTreaty, StatusMatrix } from '../../domain/matrix.js';
import { recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { requiredStatesOn } from '../../domain/required-states.js';
import { badge } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import { horizonNote } from '../horizon-note.js';
import type { Links } from '../links.js';

/** What the matrix page shows besides the matrix itself. */
export interface MatrixPageOptions {
  /** The CCW Protocols are among the columns (the `protocols` query). */
  readonly protocols: boolean;
  /** The earliest and latest day the date control offers. */
  readonly min: string;
  readonly max: string;
  /** Where the same matrix is as CSV (the API on the live site, a file beside the page in the export). */
  readonly csvHref: string;
}

/** The path `participants` in a treaty's unverified marks: the record holds no state's actions under it. */
const NOT_RECORDED = 'participants';

/**
 * States × treaties on one date: a real table (row and column headers with scope), its header row
 * sticky while the rows scroll, each cell a status in words with its first day; under it the counts
 * per treaty, what a treaty not in force waits for, and every unverified mark with its reason.
 */
export function matrixPage(index: RecordIndex, m: StatusMatrix, o: MatrixPageOptions, links: Links): string {
  const query = { on: m.on, ...(o.protocols ? { protocols: 'true' } : {}) };
  const main = html`<h1>Every state, every treaty</h1>
<p class="lede">The status of each state under each treaty on <strong>${longDate(m.on)}</strong>, as the rules in the record give it. Each state's name leads to its timeline and sources.</p>
${horizonNote(recordHorizon(index, m.treaties.map((t) => t.id)), m.on)}
${links.mode === 'live' ? control(m.on, o, links) : html`<p class="note">This copy of the site shows ${longDate(m.on)}, the day it was exported; the live site shows any date.</p>`}
<p><a href="${o.csvHref}" download>Download this table as CSV</a> <span class="note">(iso3, name, then each treaty's status and since)</span>${links.mode === 'live' ? html` · <a href="${links.page('/matrix', { ...query, ...(o.protocols ? { protocols: undefined } : { protocols: 'true' }) })}">${o.protocols ? 'Without' : 'With'} the CCW Protocols</a>` : ''}</p>
<div class="table-wrap matrix-wrap" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table class="matrix">
<caption id="matrix-caption">States × treaties on ${longDate(m.on)}: ${m.states.length} states, ${m.treaties.length} treaties</caption>
<thead><tr><th scope="col">State</th>${m.treaties.map((t) => html`<th scope="col"><a href="${links.page(`/treaties/${t.id}`, { on: m.on })}">${t.shortName}</a>${t.inForce ? '' : html`<br><span class="note">not in force</span>`}${t.unverified.length > 0 ? html`<br><span class="unverified">unverified: see below</span>` : ''}</th>`)}</tr></thead>
<tbody>${m.states.map((r) => html`<tr data-row-iso3="${r.iso3}"><th scope="row"><a href="${links.page(`/states/${r.iso3}`, { on: m.on })}">${r.name}</a></th>${r.cells.map((c, i) => cell(c, m.treaties[i] as MatrixTreaty))}</tr>`)}</tbody>
<tfoot>
<tr><th scope="row">States Parties, counted from deposit</th>${m.treaties.map((t) => html`<td data-count="parties_deposited">${notRecorded(t) ? '—' : t.counts.parties_deposited}</td>`)}</tr>
<tr><th scope="row">States Parties with the treaty in force</th>${m.treaties.map((t) => html`<td data-count="parties_in_force">${notRecorded(t) ? '—' : t.counts.parties_in_force}</td>`)}</tr>
<tr><th scope="row">Signatories, not bound</th>${m.treaties.map((t) => html`<td data-count="signatories">${notRecorded(t) ? '—' : t.counts.signatories}</td>`)}</tr>
</tfoot>
</table></div>
<p class="note"><strong>Two counts.</strong> ${COUNT_CONVENTIONS} A <strong>?</strong> marks a status that hangs on a date known only to the month or year; <span class="unverified">unverified</span> marks a status resting on a fact no stored source confirms.</p>
${notes(index, m)}`;
  return layout({
    title: 'Every state, every treaty',
    description: `The status of every state under every treaty in the record on ${longDate(m.on)}, with CSV download.`,
    path: '/matrix',
    links,
  }, main);
}

const notRecorded = (t: MatrixTreaty): boolean => t.unverified.some((u) => u.path === NOT_RECORDED);

function cell(c: MatrixCell, t: MatrixTreaty): SafeHtml {
  if (notRecorded(t)) return html`<td class="not-recorded">not recorded</td>`;
  return html`<td data-status="${c.status}">${badge(c.status, c.possibly ? ' ?' : '')}${c.since ? html`<span class="since">${c.since}</span>` : ''}${c.verified ? '' : html` <span class="unverified">unverified</span>`}</td>`;
}

/** The date control as a plain form (no script: the page is rendered for each date), keeping the protocols choice. */
function control(on: string, o: MatrixPageOptions, links: Links): SafeHtml {
  return html`<form id="date-control" class="date-control" action="${links.page('/matrix')}" method="get">
<span><label for="date-field">Date</label> <input type="date" id="date-field" name="on" value="${on}" min="${o.min}" max="${o.max}" required></span>
${o.protocols ? html`<input type="hidden" name="protocols" value="true">` : ''}
<button type="submit">Show</button>
</form>`;
}

/** What a treaty not in force waits for, and each treaty's unverified values with the reason. */
function notes(index: RecordIndex, m: StatusMatrix): SafeHtml {
  const items = m.treaties.flatMap((t) => {
    const waiting = t.inForce ? undefined : requiredStatesOn(index, t.id, m.on);
    const lines: SafeHtml[] = [];
    if (waiting) lines.push(html`<li>The ${t.shortName} is not in force on ${longDate(m.on)}: ${waiting.article} needs the instruments of all ${waiting.required} States it lists; ${waiting.deposited.length} have deposited, ${waiting.missing.length} have not: ${waiting.missing.map((s) => `${s.name} (${s.status.replace(/_/g, ' ')})`).join(', ')}.</li>`);
    else if (!t.inForce) lines.push(html`<li>The ${t.shortName} is not in force on ${longDate(m.on)}.</li>`);
    for (const u of t.unverified) lines.push(html`<li><span class="unverified">${t.shortName}, unverified:</span> <code>${u.path}</code>: ${u.reason}</li>`);
    return lines;
  });
  return items.length === 0 ? html`` : html`<section aria-labelledby="matrix-notes-h"><h2 id="matrix-notes-h">Notes</h2><ul>${items}</ul></section>`;
}
