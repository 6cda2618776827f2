// Benchmarks (npm run bench [name…]): runs every bench/*.bench.mjs (or the named ones), writes
// bench/results.md and the README's figures. Goals are checked here, never in tests.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TODAY = process.env.TREATYWATCH_TODAY ?? new Date().toISOString().slice(0, 10);
const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort();
const resultsUrl = new URL('./results.md', import.meta.url);
// Keep the sections of benches not run this time.
const previous = (() => {
  try {
    return readFileSync(resultsUrl, 'utf8');
  } catch {
    return '';
  }
})();
const sections = new Map([...previous.matchAll(/^## (.+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].map((m) => [m[1], m[2].trim()]));

for (const file of files) {
  const name = file.replace('.bench.mjs', '');
  if (only.length > 0 && !only.includes(name)) continue;
  const mod = await import(new URL(`./${file}`, import.meta.url));
  const rows = [];
  const add = (what, figure, goal, met) => rows.push({ what, figure, goal, met });
  process.stdout.write(`== ${mod.title}\n`);
  const info = (await mod.run({ add, TODAY })) ?? {};
  const text = [
    `Measured on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${info.dataset ? `; ${info.dataset}` : ''}.`,
    '',
    '| what | figure | goal | met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.goal} | ${r.met === null || r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  sections.set(mod.title, text);
  process.stdout.write(`${text}\n\n`);
}

const all = ['# Benchmarks', '', 'Written by `npm run bench`.', '', ...[...sections].flatMap(([t, body]) => [`## ${t}`, '', body, ''])].join('\n');
writeFileSync(resultsUrl, all);
// The README shows the same figures, between its bench markers.
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const table = [...sections].flatMap(([t, body]) => [`#### ${t}`, '', body, '']).join('\n').trim();
writeFileSync(readmeUrl, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
