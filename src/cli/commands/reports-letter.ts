import { resolvePerson, resolvePost } from '../../domain/people/office-holders.js';
import { resolveTreaty } from '../../domain/resolve.js';
import { letterDraft } from '../../reports/letter.js';
import { holderSummary } from '../../present/people-json.js';
import { CliError, orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { withPeople } from './people-context.js';
import { reportFormat, writeReport } from './reports-output.js';

/** `treatywatch letter --to "<post>" [--on D] [--cc "<post>"…] [--from <person>] --format md|html|pdf [--out FILE]`. */
export async function letterCommand(o: { readonly to?: string; readonly on?: string; readonly cc?: string[]; readonly from?: string; readonly treaty?: string; readonly format?: string; readonly out?: string; readonly json?: boolean }): Promise<void> {
  if (o.to === undefined) throw new CliError('missing_field', 'say who the letter is to with --to "<post>", e.g. --to "Prime Minister of Lithuania"', 'to');
  const to = o.to;
  const on = dateOption(o.on);
  const format = reportFormat(o.format);
  await withPeople(async (index, people) => {
    const post = orFail(resolvePost(people, index, to, 'to'));
    const cc = o.cc?.map((c) => orFail(resolvePost(people, index, c, 'cc')).id);
    const from = o.from === undefined ? undefined : orFail(resolvePerson(people, o.from, 'from')).id;
    const treatyId = orFail(resolveTreaty(index, o.treaty ?? 'apmbc')).id;
    const draft = orFail(letterDraft(index, people, { toPostId: post.id, on, treatyId, ...(cc ? { ccPostIds: cc } : {}), ...(from ? { fromPersonId: from } : {}) }));
    await writeReport(draft.doc, { format, ...(o.out ? { out: o.out } : {}), ...(o.json ? { json: true } : {}), defaultName: `letter-${post.id}-${on}`, extra: { addressee: holderSummary(draft.addressee), cc: draft.cc.map(holderSummary) } });
  });
}
