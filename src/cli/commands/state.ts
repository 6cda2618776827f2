import type { TreatyEvent } from '../../domain/event.js';
import { recordHorizon } from '../../domain/horizon.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveState, resolveTreaty } from '../../domain/resolve.js';
import { type StateProfile, type TreatyStanding, stateProfile } from '../../domain/state-profile.js';
import { horizonWarning } from '../../present/horizon-json.js';
import { stateJson } from '../../present/state-json.js';
import { Footnotes } from '../citations.js';
import { orFail } from '../cli-error.js';
import { dateOption, withIndex } from '../context.js';
import { type Format, out, printJson } from '../output.js';

/** `treatywatch state <name|code> [--treaty T] [--on DATE]`: timeline with sources, status, deadlines, groups. */
export async function stateCommand(name: string, opts: { readonly treaty?: string; readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  await withIndex((index) => {
    const state = orFail(resolveState(index, name));
    const treatyIds = opts.treaty === undefined ? undefined : [orFail(resolveTreaty(index, opts.treaty)).id];
    const profile = stateProfile(index, state, on, treatyIds);
    if (opts.format === 'json') return printJson(stateJson(index, profile));
    out(renderProfile(index, profile));
  });
}

function renderProfile(index: RecordIndex, p: StateProfile): string {
  const notes = new Footnotes(index);
  const lines = [`${p.state.name} (${p.state.iso3}) as of ${p.on}`];
  const late = horizonWarning(recordHorizon(index, p.treaties.map((t) => t.treatyId)), p.on);
  if (late) lines.push(late);
  if (p.groups.length > 0) lines.push(`Member of: ${p.groups.map((g) => `${g.name} (since ${g.joined})`).join('; ')}`);
  for (const t of p.treaties) {
    const [heading = '', ...rest] = renderStanding(t, notes, p.on);
    // The treaty's own unverified values (UNVERIFIED in the reference) stand under its heading.
    const marks = (index.treaties.get(t.treatyId)?.unverified ?? []).map((m) => `  unverified: ${m.path}: ${m.reason}`);
    lines.push('', heading, ...marks, ...rest);
  }
  for (const e of p.otherEvents) lines.push(`  ${e.date.value}  ${e.kind.replace(/_/g, ' ')} ${notes.mark(e.sources)}`);
  const sources = notes.render();
  if (sources) lines.push('', 'Sources', sources);
  return lines.join('\n');
}

function renderStanding(t: TreatyStanding, notes: Footnotes, on: string): string[] {
  const s = t.status;
  const since = s.since ? ` since ${s.since}` : '';
  const lines = [`${t.treatyName}: ${s.status.replace(/_/g, ' ')}${since}${s.possibly ? ` (possibly ${s.possibly} already: a date known only imprecisely)` : ''}`];
  for (const e of t.events) {
    const unverified = e.verified ? '' : ' (UNVERIFIED)';
    const detail = e.details?.notification ? ` — depositary notification ${String(e.details.notification)}` : '';
    lines.push(`  ${e.date.value.padEnd(10)}  ${label(e)}${detail}${unverified} ${notes.mark(e.sources)}`);
    if (e.note && (e.kind === 'suspension_notice' || e.date.precision !== 'day')) lines.push(`              ${e.note}`);
    if (e.id === t.entryIntoForce?.fromEventId) {
      const d = t.entryIntoForce;
      const stated = e.statedEffect ? ` ${notes.mark(e.statedEffect.sources)}` : '';
      lines.push(`  ${d.label.padEnd(10)}  entry into force (${d.rule})${stated}${d.statedDisagrees ? ` — a source states ${d.statedDisagrees}` : ''}`);
    }
    if (e.id === t.withdrawalEffect?.fromEventId) {
      const d = t.withdrawalEffect;
      const stated = e.statedEffect ? ` ${notes.mark(e.statedEffect.sources)}` : '';
      lines.push(`  ${d.label.padEnd(10)}  withdrawal ${d.date !== null && d.date <= on ? 'took' : 'takes'} effect (${d.rule})${stated}${d.heldBack ? ` — ${d.heldBack}` : ''}`);
    }
  }
  for (const d of t.deadlines) {
    if (d.state === 'not_owed') continue;
    const state = d.state === 'passed' ? 'passed (the record holds no fulfilment)' : d.state;
    lines.push(`  deadline  ${d.label} (${d.article}): ${d.due ?? 'n/a'} — ${state}${d.appliesTo ? `, for ${d.appliesTo}` : ''}${d.note ? `, ${d.note}` : ''}`);
  }
  return lines;
}

function label(e: TreatyEvent): string {
  switch (e.kind) {
    case 'withdrawal':
      return 'instrument of withdrawal deposited';
    case 'suspension_notice':
      return 'notice of "suspension" (disputed; not an instrument of withdrawal)';
    case 'signature':
      return 'signature';
    default:
      return e.kind.replace(/_/g, ' ') + (['ratification', 'accession', 'acceptance', 'approval', 'succession'].includes(e.kind) ? ' deposited' : '');
  }
}
