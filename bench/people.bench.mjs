// Campaign workspace and reports benchmarks (issue 6): the pipeline board over every day, office
// holders, building and rendering the media pack, the CLI's report commands, Chromium's PDF print.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const title = 'Campaign workspace and reports';

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { contextOf, loadPeopleData } = await import('../dist/data/people/load-people.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { indexPeople } = await import('../dist/domain/people/people-record.js');
  const { holderOn } = await import('../dist/domain/people/office-holders.js');
  const { pipelineBoard } = await import('../dist/domain/pipeline.js');
  const { datesBetween } = await import('../dist/domain/calendar-date.js');
  const { mediaPack } = await import('../dist/reports/media-pack.js');
  const { renderHtml } = await import('../dist/reports/render-html.js');
  const { renderMarkdown } = await import('../dist/reports/render-markdown.js');
  const { htmlToPdf } = await import('../dist/reports/pdf.js');

  const dataset = loadDataset();
  if (!dataset.ok) throw new Error(JSON.stringify(dataset.error));
  const loadT = time(() => loadPeopleData(contextOf(dataset.value)), 10);
  const data = loadPeopleData(contextOf(dataset.value));
  if (!data.ok) throw new Error(JSON.stringify(data.error));
  add('load and validate data/people/ (zod, references, quotes against the stored documents)', `${loadT.median.toFixed(1)} ms median`, '—', null);

  const index = indexRecord(dataset.value);
  const people = indexPeople(data.value);
  const days = datesBetween('2024-01-01', TODAY, 'day');
  const board = time(() => { for (const d of days) pipelineBoard(index, people, d, 'apmbc'); }, 5);
  add(`pipeline board (apmbc) for every day 2024-01-01 → ${TODAY} (${days.length} days)`, `${board.median.toFixed(0)} ms median, ${(board.median / days.length).toFixed(3)} ms a day`, '< 1 ms a day', board.median / days.length < 1);

  const pmDays = datesBetween('2020-01-01', TODAY, 'day');
  const holders = time(() => { for (const d of pmDays) holderOn(people, 'ltu-prime-minister', d); }, 20);
  add(`Prime Minister of Lithuania on every day 2020 → ${TODAY} (${pmDays.length} look-ups)`, `${holders.median.toFixed(2)} ms median`, '—', null);

  const ltu = index.states.get('LTU');
  const pack = time(() => renderHtml(mediaPack(index, people, { state: ltu, treatyId: 'apmbc', on: '2025-03-26' })), 50);
  const md = time(() => renderMarkdown(mediaPack(index, people, { state: ltu, treatyId: 'apmbc', on: '2025-03-26' })), 50);
  add('media pack LTU on 2025-03-26, built from live facts and rendered (in process)', `HTML ${pack.median.toFixed(1)} ms, Markdown ${md.median.toFixed(1)} ms median`, '< 50 ms', pack.median < 50);

  const html = renderHtml(mediaPack(index, people, { state: ltu, treatyId: 'apmbc', on: '2025-03-26' }));
  const pdfMs = [];
  for (let i = 0; i < 3; i += 1) {
    const t = performance.now();
    await htmlToPdf(html, { executablePath: process.env.TREATYWATCH_CHROMIUM ?? '/usr/bin/chromium' });
    pdfMs.push(performance.now() - t);
  }
  pdfMs.sort((a, b) => a - b);
  add('media pack printed to PDF by Chromium (launch included)', `${pdfMs[1].toFixed(0)} ms median of 3`, '—', null);

  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-people-'));
  const env = { ...process.env, TREATYWATCH_DB: join(dir, 'bench.db'), TREATYWATCH_TODAY: TODAY };
  execFileSync(process.execPath, ['dist/bundle/treatywatch.js', 'init'], { env });
  const wall = (args, n = 9) => {
    const ms = [];
    for (let i = 0; i < n; i += 1) {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
      ms.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    }
    return ms.sort((a, b) => a - b)[Math.floor(n / 2)];
  };
  const node0 = wall(['-e', '0']);
  const packCli = wall(['dist/bundle/treatywatch.js', 'media-pack', 'LTU', '--on', '2025-03-26']);
  const letterCli = wall(['dist/bundle/treatywatch.js', 'letter', '--to', 'Prime Minister of Lithuania', '--on', '2025-01-17']);
  add('`treatywatch media-pack LTU --on 2025-03-26` (Markdown), whole run', `${packCli.toFixed(0)} ms (node -e 0: ${node0.toFixed(0)} ms)`, '—', null);
  add('`treatywatch letter --to "Prime Minister of Lithuania"`, whole run', `${letterCli.toFixed(0)} ms`, '—', null);
  rmSync(dir, { recursive: true, force: true });
  return { dataset: `${data.value.persons.length} people, ${data.value.memberships.length} memberships, ${data.value.statements.length} statements, ${data.value.votes.length} votes` };
}

function time(fn, runs) {
  for (let i = 0; i < Math.min(3, runs); i += 1) fn();
  const ms = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)] };
}
