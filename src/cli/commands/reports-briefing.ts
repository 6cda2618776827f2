import { resolveState } from '../../domain/resolve.js';
import { briefingNote } from '../../reports/briefing.js';
import { orFail } from '../cli-error.js';
import { dateOption } from '../context.js';
import { withPeople } from './people-context.js';
import { reportFormat, writeReport } from './reports-output.js';

/** `treatywatch briefing <state> [--on D] --format md|html|pdf [--out FILE]`: briefing note and country profile. */
export async function briefingCommand(stateName: string, o: { readonly on?: string; readonly format?: string; readonly out?: string; readonly json?: boolean }): Promise<void> {
  const on = dateOption(o.on);
  const format = reportFormat(o.format);
  await withPeople(async (index, people) => {
    const state = orFail(resolveState(index, stateName));
    await writeReport(briefingNote(index, people, { state, on }), { format, ...(o.out ? { out: o.out } : {}), ...(o.json ? { json: true } : {}), defaultName: `briefing-${state.iso3}-${on}` });
  });
}
