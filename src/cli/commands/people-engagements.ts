import { resolveState } from '../../domain/resolve.js';
import { engagementsJson } from '../../present/people-json.js';
import { orFail } from '../cli-error.js';
import { type Format, out, printCsv, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

/** `treatywatch engagements [--state S]`: the campaign log — what was sent or done, from whom, to whom (the post's holder that day), what followed. */
export async function engagementsCommand(opts: { readonly state?: string; readonly format: Format }): Promise<void> {
  await withPeople((index, people) => {
    const iso3 = opts.state === undefined ? undefined : orFail(resolveState(index, opts.state)).iso3;
    const answer = engagementsJson(index, people, iso3);
    const log = answer.engagements;
    if (opts.format === 'json') return printJson(answer);
    if (opts.format === 'csv') {
      return printCsv(log, [
        { header: 'date', value: (e) => e.date }, { header: 'kinds', value: (e) => e.kinds.join(' ') }, { header: 'status', value: (e) => e.status },
        { header: 'from', value: (e) => e.from.join('; ') }, { header: 'to', value: (e) => e.to.join('; ') }, { header: 'cc', value: (e) => e.cc.join('; ') },
        { header: 'summary', value: (e) => e.summary }, { header: 'sources', value: (e) => e.sources.map((s) => s.url ?? s.id).join(' ') },
      ]);
    }
    const notes = new Notes();
    out(`Campaign log${iso3 ? `: ${iso3}` : ''} (${log.length} entries)`);
    for (const e of log) {
      out(`\n${e.date}  ${e.kinds.map((k) => k.replace(/_/g, ' ')).join(', ')}${e.status === 'planned' ? ' (PLANNED)' : ''}${e.place ? ` — ${e.place}` : ''} ${notes.mark(e.sources)}`);
      out(`  from: ${e.from.join('; ') || '—'}`);
      if (e.to.length > 0) out(`  to:   ${e.to.join('; ')}`);
      if (e.cc.length > 0) out(`  cc:   ${e.cc.join('; ')}`);
      out(`  ${e.summary}`);
      for (const d of e.documents) out(`  document: ${d.title ?? d.id} ${notes.mark([d])}`);
      for (const f of e.followUps) out(`  ${f.date} follow-up: ${f.text} ${notes.mark(f.sources)}`);
      for (const r of e.replies) out(`  ${r.date} reply: ${r.text} ${notes.mark(r.sources)}`);
      if (e.replies.length === 0 && e.kinds.some((k) => k === 'letter' || k === 'meeting_request')) out('  no reply recorded');
    }
    const sources = notes.render();
    if (sources) out(`\n${sources}`);
  });
}
