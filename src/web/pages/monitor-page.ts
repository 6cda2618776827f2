import type { PeopleRecord } from '../../domain/people/people-record.js';
import { casualtySeries } from '../../domain/monitor/casualty-figures.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { casualtiesJson } from '../../present/people-json.js';
import { casualtyChart } from '../../reports/casualty-chart.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html, raw } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';
import { asOfForm, citedList, sourcesShort } from '../people-parts.js';

/**
 * The Landmine Monitor's casualty figures known on a date: a bar chart per year, the table behind it
 * with each share and what it is a share of, and figures other documents state, checked against the
 * Monitor (where two sources disagree, both are shown).
 */
export function monitorPage(index: RecordIndex, people: PeopleRecord, on: string, links: Links): string {
  const answer = casualtiesJson(index, people, on);
  const figures = casualtySeries(people, on);
  const pct = (s: (typeof answer.series)[number]['civilianShare']): SafeHtml => (s ? html`${s.percent}%<br><span class="note">of ${s.of.replace(/^of /, '')}</span>` : html`<span class="note">—</span>`);
  const num = (n: number | null): string => (n === null ? '—' : n.toLocaleString('en'));
  const alt = `Bar chart of mine casualties per year, ${answer.series.map((r) => `${r.year}: ${r.total.toLocaleString('en')}`).join('; ')}`;
  const main = html`<h1>Mine casualties: the Landmine Monitor's figures</h1>
<p class="lede">Casualties of mines and explosive remnants of war recorded per year, as published by <strong>${longDate(on)}</strong>${answer.latestReport ? html` (latest edition: ${answer.latestReport.name})` : ''}. Later editions revise earlier years; each year shows the newest edition that gives it.</p>
${asOfForm('/monitor', on, links)}
${figures.length === 0 ? html`<p>No figures had been published by this date.</p>` : html`<figure class="casualty-chart" role="img" aria-label="${alt}">${raw(casualtyChart(figures, { editionOf: (f) => people.reports.get(f.reportId)?.name ?? f.reportId }))}
<figcaption class="note">Pale bars: from a secondary source only. The table below gives every figure with its source.</figcaption></figure>
<div class="table-wrap"><table><caption class="visually-hidden">Casualties per year with the edition and source of each figure</caption>
<thead><tr><th scope="col">Year</th><th scope="col">Total</th><th scope="col">Killed</th><th scope="col">Injured</th><th scope="col">Civilians</th><th scope="col">Children</th><th scope="col">Edition</th><th scope="col">Sources</th></tr></thead>
<tbody>${answer.series.map((r) => html`<tr><th scope="row">${r.year}</th><td>${num(r.total)}${r.verified ? '' : html` <span class="unverified">secondary</span>`}</td><td>${num(r.killed)}</td><td>${num(r.injured)}</td><td>${pct(r.civilianShare)}</td><td>${pct(r.childShare)}</td><td>${r.report}${r.note ? html`<br><span class="note">${r.note}</span>` : ''}</td><td>${sourcesShort(links, r.sources)}</td></tr>`)}</tbody></table></div>`}
<section aria-labelledby="claims-h"><h2 id="claims-h">Figures stated elsewhere, checked against the Monitor</h2>
${answer.claims.length === 0 ? html`<p>None recorded.</p>` : html`<ul class="claims-list">${answer.claims.map((c) => html`<li><strong>${c.civilianPercent ?? '–'}% civilians / ${c.childPercent ?? '–'}% children</strong> — civilians ${verdict(c.civilianAgrees)}, children ${verdict(c.childAgrees)}${c.comparedWith ? html` <span class="note">(compared with figure ${c.comparedWith})</span>` : ''}
${c.note ? html`<p class="note">${c.note}</p>` : ''}${citedList(links, c.sources)}</li>`)}</ul>`}
</section>`;
  return layout({ title: 'Mine casualties', description: "The Landmine Monitor's casualty figures per year with their sources, and figures other documents state, checked against them.", path: '/monitor', links }, main);
}

function verdict(agrees: boolean | null): SafeHtml {
  if (agrees === null) return html`<span class="note">not comparable</span>`;
  return agrees ? html`agree` : html`<span class="unverified">differ</span>`;
}
