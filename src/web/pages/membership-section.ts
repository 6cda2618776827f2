import type { Treaty } from '../../domain/treaty.js';
import { membershipChart, valueOn } from '../chart-svg.js';
import { type SafeHtml, html } from '../html.js';
import type { TreatyData } from '../treaty-data.js';

/** States Parties over time: the chart, its legend in words, and the numbers as a table for those who do not see it. */
export function membershipSection(treaty: Treaty, data: TreatyData, on: string): SafeHtml {
  const years = Array.from({ length: Number(data.to.slice(0, 4)) - Number(data.from.slice(0, 4)) }, (_, i) => `${Number(data.from.slice(0, 4)) + i + 1}-01-01`);
  // The recent years, with the y axis fitted to them: a fall of a few states is plain to see there.
  const zoomFrom = [`${Number(data.to.slice(0, 4)) - 6}-01-01`, data.from].sort()[1] ?? data.from;
  const sample = (dash: string, cls: string): SafeHtml =>
    html`<svg width="34" height="10" aria-hidden="true" focusable="false" class="chart-sample"><line class="line ${cls}" x1="0" x2="34" y1="5" y2="5"${dash ? html` stroke-dasharray="${dash}"` : ''}/></svg>`;
  return html`<section aria-labelledby="chart-h"><h2 id="chart-h">States Parties over time</h2>
<ul class="chart-legend">
<li>${sample('', 'deposited')}counted from deposit (<code>parties_deposited</code>)</li>
<li>${sample('6 4', 'in-force')}with the treaty in force (<code>parties_in_force</code>)</li>
</ul>
<div class="charts">
${membershipChart({ id: 'chart', treatyName: treaty.shortName, points: data.points, from: data.from, to: data.to, on, width: 640 })}
${membershipChart({ id: 'chart-zoom', treatyName: treaty.shortName, points: data.points, from: zoomFrom, to: data.to, on, zoom: true, width: 480 })}
</div>
<p class="note">Left: since the treaty opened, from zero. Right: the last years, zoomed in. Click a chart to jump to a date.</p>
<details><summary>The numbers on 1 January of each year</summary>
<div class="table-wrap"><table><thead><tr><th scope="col">Date</th><th scope="col">Counted from deposit</th><th scope="col">In force</th></tr></thead>
<tbody>${years.map((d) => {
    const p = valueOn(data.points, d);
    return html`<tr><th scope="row">${d}</th><td>${p?.parties_deposited ?? 0}</td><td>${p?.parties_in_force ?? 0}</td></tr>`;
  })}</tbody></table></div>
</details>
</section>`;
}
