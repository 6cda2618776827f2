import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { mediaPack } from '../../reports/media-pack.js';
import { orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { withPeople } from './people-context.js';
import { reportFormat, writeReport } from './reports-output.js';

/** `treatywatch media-pack <state> [--on D] [--treaty T] --format md|html|pdf [--out FILE]`. */
export async function mediaPackCommand(stateName: string, o: { readonly on?: string; readonly treaty?: string; readonly format?: string; readonly out?: string; readonly json?: boolean }): Promise<void> {
  const on = dateOption(o.on);
  const format = reportFormat(o.format);
  await withPeople(async (index, people) => {
    const state = orFail(resolveState(index, stateName));
    const treatyId = orFail(resolveTreaty(index, o.treaty ?? 'apmbc')).id;
    const doc = mediaPack(index, people, { state, treatyId, on });
    await writeReport(doc, { format, ...(o.out ? { out: o.out } : {}), ...(o.json ? { json: true } : {}), defaultName: `media-pack-${state.iso3}-${on}` });
  });
}
