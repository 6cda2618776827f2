import { latestFigures } from '../../domain/monitor/casualty-figures.js';
import { dateLabel } from '../../domain/people/fact-date.js';
import { casualtiesJson } from '../../present/people-json.js';
import { dateOption } from '../context.js';
import { type Format, out, printCsv, printJson, renderTable } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

/** `treatywatch casualties [--on D]`: the Landmine Monitor's casualty figures known by a date, each share with what it is a share of, and documents' figures checked against them. */
export async function casualtiesCommand(opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withPeople((index, people) => {
    const answer = casualtiesJson(index, people, on);
    const { series: rows, claims } = answer;
    const latest = latestFigures(people, on);
    if (opts.format === 'json') return printJson(answer);
    type Row = (typeof rows)[number];
    const pct = (s: Row['civilianShare']): string => (s ? `${s.percent}%` : '');
    const notes = new Notes();
    const columns = [
      { header: 'year', value: (r: Row) => String(r.year) }, { header: 'total', value: (r: Row) => r.total.toLocaleString('en') + (r.verified ? '' : '*') },
      { header: 'killed', value: (r: Row) => r.killed?.toLocaleString('en') ?? '' }, { header: 'injured', value: (r: Row) => r.injured?.toLocaleString('en') ?? '' },
      { header: 'civ.', value: (r: Row) => pct(r.civilianShare) }, { header: 'child', value: (r: Row) => pct(r.childShare) },
      { header: 'edition', value: (r: Row) => r.report, flexible: true }, { header: 'src', value: (r: Row) => notes.mark(r.sources) },
    ];
    if (opts.format === 'csv') return printCsv(rows, [...columns.slice(0, 7), { header: 'civilian_share_of', value: (r: Row) => r.civilianShare?.of ?? '' }, { header: 'child_share_of', value: (r: Row) => r.childShare?.of ?? '' }]);
    out(`Landmine Monitor casualty figures known on ${on}${latest ? ` (latest edition: ${latest.report.name}, out ${dateLabel(latest.report.published)})` : ''}`);
    out(renderTable(rows, columns));
    out('* from a secondary source only. Each year shows the newest edition that gives it (later editions revise earlier years).');
    for (const r of rows.filter((x) => x.civilianShare || x.childShare)) {
      out(`  ${r.year}: ${r.civilianShare ? `civilians ${r.civilianShare.percent}% ${r.civilianShare.of}` : ''}${r.childShare ? `; children ${r.childShare.percent}% ${r.childShare.of}` : ''}`);
    }
    out('\nFigures stated in documents, checked against the Monitor');
    for (const c of claims) {
      const verdict = (a: boolean | null): string => (a === null ? 'not comparable' : a ? 'agrees' : 'DIFFERS');
      out(`  ${c.civilianPercent ?? '–'}% civilians / ${c.childPercent ?? '–'}% children — civilians ${verdict(c.civilianAgrees)}, children ${verdict(c.childAgrees)} ${notes.mark(c.sources)}`);
      if (c.note) out(`      ${c.note}`);
    }
    out(`\n${notes.render()}`);
  });
}
