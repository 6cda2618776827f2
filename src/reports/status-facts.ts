import { COUNT_CONVENTIONS, countsOn } from '../domain/counts.js';
import { isDepositKind } from '../domain/event.js';
import { horizonWarning, recordHorizon } from '../domain/horizon.js';
import { type TreatyStanding, stateProfile } from '../domain/state-profile.js';
import type { State } from '../domain/state.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Block, type Inline, type Note, cite, dateWords, derived } from './report-doc.js';

/**
 * For a report dated after the record's horizon (the earliest among its treaties): a box saying the record
 * is complete only to that date, footnoted to the depositary page it comes from. None on or before it.
 */
export function horizonCallout(ctx: ReportContext, treatyIds: readonly string[]): Block | undefined {
  const h = recordHorizon(ctx.index, treatyIds);
  const warning = horizonWarning(h, ctx.on);
  if (!h || !warning) return undefined;
  return { kind: 'callout', title: 'How current the record is', content: [[cite(warning, notesOf(ctx, [{ sourceId: h.sourceId }]))]] };
}

/** A state's standing under a treaty on the date, in words, every date footnoted. */
export interface StatusFacts {
  readonly standing: TreatyStanding;
  readonly treatyName: string;
  readonly sentence: readonly Inline[];
  readonly rows: readonly { readonly label: string; readonly value: readonly Inline[] }[];
}

/** The status sentence and key-fact rows for one treaty. */
export function statusFacts(ctx: ReportContext, state: State, treatyId: string): StatusFacts {
  const profile = stateProfile(ctx.index, state, ctx.on, [treatyId]);
  const standing = profile.treaties[0];
  const treaty = ctx.index.treaties.get(treatyId);
  if (!standing || !treaty) throw new Error(`no treaty ${treatyId}`);
  const t = treaty.shortName;
  const ev = (pred: (k: string) => boolean) => standing.events.find((e) => pred(e.kind));
  const signature = ev((k) => k === 'signature');
  const deposit = [...standing.events].reverse().find((e) => isDepositKind(e.kind));
  const withdrawal = ev((k) => k === 'withdrawal');
  const suspension = ev((k) => k === 'suspension_notice');
  const eif = standing.entryIntoForce;
  const effect = standing.withdrawalEffect;
  const eifNotes: Note[] = [...(deposit?.statedEffect ? notesOf(ctx, deposit.statedEffect.sources) : []), ...(eif ? derived(`Entry into force computed from the deposit by ${eif.rule}.`) : [])];
  const effectNotes: Note[] = [...(withdrawal?.statedEffect ? notesOf(ctx, withdrawal.statedEffect.sources) : []), ...(effect ? derived(`Effect computed from the deposit of the instrument of withdrawal by ${effect.rule}${effect.heldBack ? `; ${effect.heldBack}` : ''}.`) : [])];
  const cn = withdrawal?.details?.notification;
  const s = state.name;
  let sentence: Inline[];
  switch (standing.status.status) {
    case 'not_joined':
      sentence = [cite(`${s} is not a party to the ${t}`, derived(`No instrument of consent in the record as of ${ctx.on}.`)), '.'];
      break;
    case 'signatory':
      sentence = [`${s} signed the ${t} on `, cite(dateWords(signature?.date.value ?? '?'), signature ? notesOf(ctx, signature.sources) : []), ' but has not deposited an instrument of ratification.'];
      break;
    case 'deposited':
      sentence = [`${s} deposited its instrument of ${deposit?.kind ?? 'consent'} on `, cite(dateWords(deposit?.date.value ?? '?'), deposit ? notesOf(ctx, deposit.sources) : []), `; the ${t} enters into force for it on `, cite(dateWords(eif?.label ?? '?'), eifNotes), '.'];
      break;
    case 'party':
    case 'suspension_notified':
      sentence = [`${s} has been a State Party to the ${t} since `, cite(dateWords(eif?.label ?? standing.status.since ?? '?'), eifNotes), ` (instrument of ${deposit?.kind ?? 'consent'} deposited on `, cite(dateWords(deposit?.date.value ?? '?'), deposit ? notesOf(ctx, deposit.sources) : []), ').'];
      if (suspension) sentence.push(` On `, cite(dateWords(suspension.date.value), notesOf(ctx, suspension.sources)), ` it gave a notice of "suspension", a step the ${t} does not provide for; it remains a State Party.`);
      break;
    case 'withdrawal_pending':
      sentence = [`${s} deposited its instrument of withdrawal from the ${t} on `, cite(dateWords(withdrawal?.date.value ?? '?'), withdrawal ? notesOf(ctx, withdrawal.sources) : []), cn === undefined ? '' : ` (depositary notification ${String(cn)})`,
        `; the withdrawal takes effect on `, cite(dateWords(effect?.label ?? 'a date not yet known'), effectNotes), '. Until then it remains a State Party.'];
      break;
    case 'withdrawn':
      sentence = [`${s}'s withdrawal from the ${t} took effect on `, cite(dateWords(effect?.label ?? '?'), effectNotes), `; it had deposited its instrument of withdrawal on `, cite(dateWords(withdrawal?.date.value ?? '?'), withdrawal ? notesOf(ctx, withdrawal.sources) : []), cn === undefined ? '' : ` (depositary notification ${String(cn)})`, '.'];
      break;
  }
  const rows: { label: string; value: Inline[] }[] = [{ label: `Status on ${dateWords(ctx.on)}`, value: [cite(standing.status.status.replace(/_/g, ' ') + (standing.status.since ? ` since ${dateWords(standing.status.since)}` : ''), derived(`Derived by treatywatch from ${s}'s events and the ${t}'s rules, as of ${ctx.on}.`))] }];
  if (signature) rows.push({ label: 'Signed', value: [cite(dateWords(signature.date.value), notesOf(ctx, signature.sources))] });
  if (deposit) rows.push({ label: `Instrument of ${deposit.kind}`, value: [cite(dateWords(deposit.date.value), notesOf(ctx, deposit.sources))] });
  if (eif && deposit) rows.push({ label: 'In force for it', value: [cite(dateWords(eif.label), eifNotes)] });
  if (withdrawal) rows.push({ label: 'Instrument of withdrawal', value: [cite(dateWords(withdrawal.date.value), notesOf(ctx, withdrawal.sources)), cn === undefined ? '' : ` (${String(cn)})`] });
  if (withdrawal && effect) rows.push({ label: effect.date !== null && effect.date <= ctx.on ? 'Withdrawal took effect' : 'Withdrawal takes effect', value: [cite(dateWords(effect.label), effectNotes)] });
  return { standing, treatyName: t, sentence, rows };
}

/** The two counts of States Parties on the date, with how they were counted. */
function counted(ctx: ReportContext, treatyId: string) {
  const c = countsOn(ctx.index, treatyId, ctx.on);
  const treaty = ctx.index.treaties.get(treatyId);
  const how = derived(`Counted by treatywatch over the record of all ${ctx.index.stateList.length} states, as of ${ctx.on}. ${COUNT_CONVENTIONS}`);
  const depositary = treaty ? notesOf(ctx, treaty.sources.filter((x) => ctx.index.sources.get(x.sourceId)?.kind === 'depositary')) : [];
  return { c, treaty, how, depositary };
}

/** "165 counting deposits (as the UN and the Monitor do); 164 in force", for a key-facts box. */
export function countsFact(ctx: ReportContext, treatyId: string): Inline[] {
  const { c, how, depositary } = counted(ctx, treatyId);
  return [cite(String(c.parties_deposited), how, depositary), ' counting deposits (as the UN and the Landmine Monitor count); ', cite(String(c.parties_in_force), how), ' with the treaty in force for them'];
}

/** "On 26 March 2025 the APMBC had 165 States Parties …", with how it was counted. */
export function countsSentence(ctx: ReportContext, treatyId: string): Inline[] {
  const { c, treaty, how, depositary } = counted(ctx, treatyId);
  const name = treaty?.shortName ?? treatyId;
  return [`On ${dateWords(ctx.on)} the ${name} had `, cite(`${c.parties_deposited} States Parties`, how, depositary), ` counting every state from the deposit of its instrument (as the UN and the Landmine Monitor count), and `, cite(`${c.parties_in_force}`, how), ` counting only those for which it was already in force.`];
}
