import { parseIsoDate } from '../../domain/calendar-date.js';
import { spokespeopleJson } from '../../present/people-json.js';
import { orFail } from '../cli-error.js';
import { type Format, out, printCsv, printJson, renderTable } from '../output.js';
import { withPeople } from './people-context.js';

/** Options of `spokespeople`. */
export interface SpokespeopleOptions { readonly language?: string; readonly place?: string; readonly on?: string; readonly format: Format }

/** `treatywatch spokespeople [--language L] [--place P] [--on D]`: who can speak, in which language, where and when. */
export async function spokespeopleCommand(opts: SpokespeopleOptions): Promise<void> {
  const on = opts.on === undefined ? undefined : orFail(parseIsoDate(opts.on, 'on'));
  await withPeople((index, people) => {
    const q = { ...(opts.language ? { language: opts.language } : {}), ...(opts.place ? { place: opts.place } : {}), ...(on ? { on } : {}) };
    const answer = spokespeopleJson(index, people, q);
    const rows = answer.spokespeople;
    if (opts.format === 'json') return printJson(answer);
    type Row = (typeof rows)[number];
    const columns = [
      { header: 'name', value: (r: Row) => r.name + (r.verified ? '' : ' (unverified)') },
      { header: 'organisation', value: (r: Row) => r.organization, flexible: true },
      { header: 'languages', value: (r: Row) => r.languages.map((l) => l.name).join(', ') },
      { header: 'where, when', value: (r: Row) => r.availability.map((w) => `${w.place} ${w.from}–${w.to}`).join('; ') || 'not stated' },
      { header: 'contact', value: (r: Row) => r.contact.join(' ') },
    ];
    if (opts.format === 'csv') return printCsv(rows, columns);
    const asked = [opts.language ? `speaks ${opts.language}` : '', opts.place ? `is in ${opts.place}` : '', on ? `on ${on}` : ''].filter((x) => x !== '').join(' and ');
    if (rows.length === 0) {
      out(`No spokesperson in the record ${asked || 'at all'}.`);
      for (const m of answer.speakersElsewhere) {
        const w = m.availability.map((x) => `${x.place} ${x.from}–${x.to}`).join('; ');
        out(`  ${m.name} speaks ${opts.language ?? 'it'}, but the record places them ${w ? `elsewhere (${w})` : 'nowhere: no availability is stated'}.`);
      }
      return;
    }
    if (asked) out(`Spokespeople who ${asked}:`);
    out(renderTable(rows, columns));
  });
}
