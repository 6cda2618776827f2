// Claim checker benchmarks (issue 5): checking speed on the corpus repeated to 5 MB, and the
// same text read by chrono-node and by compromise alone in the same run, for the ratios.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';

export const title = 'Claim checker';

const MB = 1_000_000;

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { checkText, loadClaimFacts, gazetteerOf } = await import('../dist/claims/index.js');
  const { readText } = await import('../dist/text/index.js');
  const chrono = await import('chrono-node');
  const nlp = (await import('compromise')).default;

  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const index = indexRecord(loaded.value);
  const facts = loadClaimFacts(index);
  const dir = new URL('../../shared/corpus/', import.meta.url);
  const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n\n');
  const text = corpus.repeat(Math.ceil((5 * MB) / corpus.length)).slice(0, 5 * MB);
  const mb = text.length / MB;

  /** Wall-clock and CPU time of one run, in seconds. */
  function time(fn) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    const out = fn();
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - t) / 1000, cpu: (c.user + c.system) / 1e6, out };
  }
  // One warm-up on a slice (the JIT), then the best of the runs: load from other processes only ever adds time.
  function best(fn, runs) {
    let min = { wall: Infinity, cpu: Infinity };
    for (let i = 0; i < runs; i += 1) {
      const r = time(fn);
      if (r.wall < min.wall) min = r;
    }
    return min;
  }

  checkText(index, corpus.repeat(20), { today: TODAY, facts });
  gazetteerOf(index);
  const check = best(() => checkText(index, text, { today: TODAY, facts }), 3);
  const claims = check.out.claims.length;
  const rate = mb / check.wall;
  add(`check ${mb.toFixed(1)} MB (the corpus repeated; ${claims} claims found and checked twice: as of the text's date and today), in process`,
    `${rate.toFixed(2)} MB/s (${check.wall.toFixed(2)} s wall, ${check.cpu.toFixed(2)} s CPU = ${(mb / check.cpu).toFixed(2)} MB/s of CPU)`, '≥ 1 MB/s', rate >= 1);

  const read = best(() => readText(text, gazetteerOf(index), { reference: TODAY }), 3);
  add('of which reading the text (sentences, dates, numbers, names: src/text)', `${(mb / read.wall).toFixed(2)} MB/s (${read.wall.toFixed(2)} s)`, '—', null);

  // The NLP library alone on the same text: compromise is what "parsing English" costs with a full
  // tagger; it is measured on 1 MB (it is slow) and scaled, in the same run.
  const slice = text.slice(0, MB);
  nlp(corpus);
  const compromise = best(() => nlp(slice), 1);
  const nlpPer5 = (compromise.wall * mb) / (slice.length / MB);
  add('compromise alone parsing the same text (1 MB measured, scaled to the same size)', `${(slice.length / MB / compromise.wall).toFixed(2)} MB/s`, '—', null);
  add('checking ÷ compromise alone on the same text', `${(check.wall / nlpPer5).toFixed(2)}×`, '≤ 2×', check.wall / nlpPer5 <= 2);

  chrono.parse(corpus);
  const chronoRun = best(() => chrono.parse(text), 1);
  add('chrono-node alone parsing the same text for dates', `${(mb / chronoRun.wall).toFixed(2)} MB/s (${chronoRun.wall.toFixed(2)} s)`, '—', null);
  add('checking ÷ chrono-node alone on the same text', `${(check.wall / chronoRun.wall).toFixed(2)}×`, '—', null);

  const one = corpus.split('\n\n')[1] ?? corpus;
  const single = best(() => checkText(index, one, { today: TODAY, facts }), 20);
  add(`check one article (${(one.length / 1000).toFixed(1)} kB), in process`, `${(single.wall * 1000).toFixed(1)} ms`, '—', null);

  return { dataset: `${loaded.value.events.length} events; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs during the run` };
}
