import { isDepositKind } from '../domain/event.js';
import type { State } from '../domain/state.js';
import { stateProfile } from '../domain/state-profile.js';
import { pipelineOf } from '../domain/pipeline.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Inline, cite, dateWords, derived } from './report-doc.js';

/** A dated line of a state's timeline. */
interface Entry { readonly at: string; readonly line: Inline[] }

/** The state's timeline up to the date, across the given treaties: signatures, deposits, entry into force, withdrawal stages, deposits and effects. */
export function timelineLines(ctx: ReportContext, state: State, treatyIds: readonly string[]): Inline[][] {
  const entries: Entry[] = [];
  const profile = stateProfile(ctx.index, state, ctx.on, treatyIds);
  for (const t of profile.treaties) {
    const name = t.treatyName;
    for (const e of t.events) {
      const what = e.kind === 'withdrawal' ? `instrument of withdrawal from the ${name} deposited` : isDepositKind(e.kind) ? `instrument of ${e.kind} of the ${name} deposited` : e.kind === 'signature' ? `signed the ${name}` : `${e.kind.replace(/_/g, ' ')} (${name})`;
      entries.push({ at: e.date.value, line: [cite(dateWords(e.date.value), notesOf(ctx, e.sources)), ` — ${what}${e.verified ? '' : ' (unverified)'}`] });
    }
    const eif = t.entryIntoForce;
    if (eif?.date && eif.date <= ctx.on) entries.push({ at: eif.date, line: [cite(dateWords(eif.date), derived(`Computed by ${eif.rule}.`)), ` — the ${name} enters into force for ${state.name}`] });
    const effect = t.withdrawalEffect;
    const withdrawal = t.events.find((e) => e.kind === 'withdrawal');
    if (effect?.date && withdrawal) {
      const past = effect.date <= ctx.on;
      entries.push({ at: effect.date, line: [cite(dateWords(effect.date), notesOf(ctx, withdrawal.statedEffect?.sources ?? []), derived(`Computed by ${effect.rule}.`)), ` — withdrawal from the ${name} ${past ? 'takes effect' : 'will take effect'}`] });
    }
    const row = pipelineOf(ctx.index, ctx.people, state.iso3, t.treatyId, ctx.on);
    for (const [stage, cell] of Object.entries(row?.cells ?? {})) {
      if (!cell || stage === 'deposit' || stage === 'effect') continue;
      for (const i of cell.items) entries.push({ at: i.sortDate, line: [cite(dateWords(i.date), notesOf(ctx, i.sources)), ` — ${i.label} (${name})${i.uncertain ? ' (date imprecise)' : ''}`] });
    }
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at)).map((e) => e.line);
}
