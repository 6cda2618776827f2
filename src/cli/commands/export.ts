import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { rangeOf } from '../../domain/calendar-date.js';
import { CliError } from '../cli-error.js';
import { withStore } from '../context.js';
import { out } from '../output.js';

/** `treatywatch export --format json|csv [--out FILE]`: the whole event log with its sources (JSON re-imports as a dataset). */
export async function exportCommand(opts: { readonly format: string; readonly out?: string }): Promise<void> {
  if (opts.format !== 'json' && opts.format !== 'csv') throw new CliError('invalid_format', `--format must be json or csv, not "${opts.format}"`, 'format');
  await withStore(async (store) => {
    const ds = await store.readDataset();
    const supersededBy = new Map(ds.events.filter((e) => e.supersedes).map((e) => [e.supersedes ?? '', e.id]));
    const sources = new Map(ds.sources.map((s) => [s.id, s]));
    let text: string;
    if (opts.format === 'json') {
      text = JSON.stringify({ treaties: ds.treaties, states: ds.states, groups: ds.groups, memberships: ds.memberships, sources: ds.sources, events: ds.events }, null, 2);
    } else {
      const header = ['id', 'iso3', 'treaty', 'kind', 'date', 'date_precision', 'earliest', 'latest', 'effective_from', 'stated_effect', 'verified', 'supersedes', 'superseded_by', 'recorded_by', 'recorded_at', 'source_ids', 'source_urls', 'notification', 'note'];
      const rows = ds.events.map((e) => {
        const r = rangeOf(e.date);
        return [e.id, e.iso3, e.treatyId ?? '', e.kind, e.date.value, e.date.precision, r.earliest, r.latest, e.effectiveFrom ?? '', e.statedEffect?.date ?? '', String(e.verified), e.supersedes ?? '', supersededBy.get(e.id) ?? '', e.recordedBy, e.recordedAt, e.sources.map((c) => c.sourceId).join(' '), e.sources.map((c) => sources.get(c.sourceId)?.url ?? '').join(' '), String(e.details?.notification ?? ''), e.note ?? ''];
      });
      text = stringify([header, ...rows]);
    }
    if (opts.out) writeFileSync(opts.out, text);
    else out(text);
  });
}
