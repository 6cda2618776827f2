import { resolvePerson } from '../../domain/people/office-holders.js';
import { personView } from '../../domain/people/person-view.js';
import { orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { type Format, out, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { Notes } from './people-notes.js';

/** `treatywatch person <name> [--on D]`: the posts a person held and when, what they said, and as whom they speak. */
export async function personCommand(name: string, opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withPeople((index, people) => {
    const v = personView(index, people, orFail(resolvePerson(people, name)), on);
    if (opts.format === 'json') return printJson(v);
    const notes = new Notes();
    const p = v.person;
    const lines = [`${p.honorificPrefix ? `${p.honorificPrefix} ` : ''}${p.name}${p.otherNames.length > 0 ? ` (also written ${p.otherNames.join(', ')})` : ''} ${notes.mark(v.sources)}`];
    if (p.summary) lines.push(p.summary);
    if (!p.verified) lines.push('UNVERIFIED: not checked against an independent source.');
    if (p.note) lines.push(`Note: ${p.note}`);
    lines.push('', `Posts and roles (as of ${on})`);
    for (const t of v.tenures) {
      const span = t.start === null && t.end === null ? 'dates unknown' : `${t.start ?? '?'} – ${t.end ?? 'in office in the latest source'}`;
      const now = t.onDate === 'holds' ? ' ← holds it' : t.onDate === 'last_seen' ? ` ← last seen in post ${t.lastSeen ?? ''}` : '';
      lines.push(`  ${t.post ?? `${t.role}, ${t.organization}`}${t.acting ? ' (acting)' : ''}: ${span}${t.verified ? '' : ' (UNVERIFIED)'}${now} ${notes.mark(t.sources)}`);
    }
    if (v.statements.length > 0) {
      lines.push('', 'Statements');
      for (const s of v.statements) lines.push(`  ${s.date}  ${s.stance} (${s.modality}) — ${s.question}`, `      "${s.quote}" ${notes.mark(s.sources)}`);
    }
    if (v.spokesperson) lines.push('', `Spokesperson: ${v.spokesperson.role}; languages ${v.spokesperson.languages.join(', ')}; ${v.spokesperson.availability.length > 0 ? `available ${v.spokesperson.availability.join('; ')}` : 'availability not stated'}`);
    const sources = notes.render();
    out([...lines, ...(sources ? ['', sources] : [])].join('\n'));
  });
}
