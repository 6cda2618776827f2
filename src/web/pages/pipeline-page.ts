import { addYears } from '../../domain/calendar-date.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import { PIPELINE_STAGES, type PipelineCell, type PipelineRow, type PipelineStage } from '../../domain/pipeline.js';
import { recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { Treaty } from '../../domain/treaty.js';
import { badge, commonName, sourceAnchor } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html, raw, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import { horizonNote } from '../horizon-note.js';
import type { Links } from '../links.js';
import { type BoardHistory, type Window, boardHistory, windows } from '../pipeline-windows.js';
import { dateControl } from './date-control.js';

const STAGE_NAMES: Record<PipelineStage, string> = {
  first_statement: 'First public statement',
  government_decision: 'Government proposal',
  joint_statement: 'Regional joint statement',
  parliamentary_vote: 'Parliamentary vote',
  head_of_state_signature: 'Head of state signs',
  deposit: 'Deposit',
  effect: 'Effect',
};

/**
 * The withdrawal pipeline board: one row per state in a withdrawal process, one column per stage,
 * each cell the date and the source. Every version of every cell is in the page with the days it
 * holds, so the date control shows the board as it stood on any day, here or in the static export.
 */
export function pipelinePage(index: RecordIndex, people: PeopleRecord, on: string, today: string, links: Links): string {
  const boards = [...index.treaties.values()].map((t) => ({ t, h: boardHistory(index, people, t.id) })).filter((b) => b.h.boards.some((rows) => rows.length > 0));
  const first = boards.map((b) => b.h.days[0] ?? today).sort()[0] ?? today;
  const min = `${first.slice(0, 4)}-01-01`;
  const main = html`<h1>The withdrawal pipeline</h1>
<p class="lede">Each state's path out of a treaty, stage by stage, as it stood on <strong data-date-words>${longDate(on)}</strong>. Every cell gives the date and the source; an empty cell means no source records that stage by then.</p>
${dateControl(on, min, addYears(today, 1), links.page('/pipeline'))}
${horizonNote(recordHorizon(index, boards.map((b) => b.t.id)), on)}
${boards.length === 0 ? html`<p>No state is in a withdrawal process in the record.</p>` : boards.map((b) => board(index, people, b.t, b.h, on, links))}`;
  return layout({ title: 'Withdrawal pipeline', description: 'Which states are leaving which treaty, and how far each has got: statement, proposal, vote, signature, deposit, effect.', path: '/pipeline', links, scripts: ['pipeline', 'slider'] }, main);
}

function board(index: RecordIndex, people: PeopleRecord, t: Treaty, h: BoardHistory, on: string, links: Links): SafeHtml {
  const last = h.boards[h.boards.length - 1] ?? [];
  const order = [...new Set([...last.map((r) => r.iso3), ...h.boards.flat().map((r) => r.iso3)])];
  const rowsOf = (iso3: string): (PipelineRow | undefined)[] => h.boards.map((rows) => rows.find((r) => r.iso3 === iso3));
  const show = (w: Window<unknown>): SafeHtml => html` data-show-from="${w.from}"${w.until === null ? '' : html` data-show-until="${w.until}"`}${w.from <= on && (w.until === null || on < w.until) ? '' : html` hidden`}`;
  const versions = <T>(list: readonly (T | undefined)[], render: (v: T) => SafeHtml): SafeHtml => {
    const ws = windows(h.days, list.map((v) => (v === undefined ? undefined : render(v).value)), (s) => s);
    // The values are markup this module rendered with html`` a moment ago, compared as strings.
    return html`${ws.map((w) => html`<div${show(w)}>${raw(w.value)}</div>`)}`;
  };
  const body = order.map((iso3) => {
    const rows = rowsOf(iso3);
    const present = windows(h.days, rows.map((r) => (r ? 'on' : undefined)), (s) => s)[0];
    if (!present) return html``;
    return html`<tr${show({ ...present, until: null })}><th scope="row"><a href="${links.page(`/states/${iso3}`)}">${index.states.get(iso3)?.name ?? iso3}</a></th>
<td>${versions(rows, (r) => html`${badge(r.status)}${r.note ? html`<br><span class="note">${r.note}</span>` : ''}`)}</td>
${PIPELINE_STAGES.map((stage) => html`<td>${versions(rows, (r) => stageCell(index, people, r, stage, links))}</td>`)}</tr>`;
  });
  return html`<section aria-labelledby="board-${t.id}"><h2 id="board-${t.id}">${commonName(t)} (${t.shortName})</h2>
<div class="table-wrap board-wrap"><table class="board">
<thead><tr><th scope="col">State</th><th scope="col">Status</th>${PIPELINE_STAGES.map((s) => html`<th scope="col">${STAGE_NAMES[s]}</th>`)}</tr></thead>
<tbody>${body}</tbody></table></div></section>`;
}

function stageCell(index: RecordIndex, people: PeopleRecord, r: PipelineRow, stage: PipelineStage, links: Links): SafeHtml {
  const c: PipelineCell | null = r.cells[stage];
  if (c === null) {
    if (stage === 'effect' && r.effect?.pending) return html`<span class="note">due ${r.effect.date ? longDate(r.effect.date) : r.effect.label} (${r.effect.rule})</span>`;
    return html`<span class="note">—</span>`;
  }
  return html`<span class="done">${c.date}</span> ${c.label}${c.uncertain ? html` <span class="note">(date uncertain on this day)</span>` : ''}${c.verified ? '' : html` <span class="unverified">unverified</span>`}
<br><span class="note">${c.sources.slice(0, 1).map((s) => {
    const src = index.sources.get(s.sourceId) ?? people.sources.get(s.sourceId);
    const url = safeUrl(src?.url);
    return url ? html`<a href="${url}" title="${src?.title ?? ''}" rel="noopener">${src?.publisher ?? s.sourceId}</a>` : html`<a href="${links.page('/sources')}#${sourceAnchor(s.sourceId)}">${src?.publisher ?? s.sourceId}</a>`;
  })}${c.sources.length > 1 ? ` and ${c.sources.length - 1} more` : ''}</span>${c.items.length > 1 ? html`<details><summary>${c.items.length} records</summary><ul>${c.items.map((i) => html`<li>${i.date}: ${i.label}</li>`)}</ul></details>` : ''}`;
}
