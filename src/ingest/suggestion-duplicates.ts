import { rangeOf, parsePartialDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { resolveState, resolveTreaty } from '../domain/resolve.js';
import type { EventProposal } from './proposal.js';

/**
 * The recorded (standing) event a proposal would repeat, if any: same state, treaty and kind, on a
 * date that can be the same day (a "2025-05" in the record covers "2025-05-08"). A correction
 * repeats nothing, unless its target has been corrected already (then that correction is named).
 */
export function duplicateOf(index: RecordIndex, proposal: EventProposal): string | undefined {
  if (proposal.supersedes !== undefined) {
    const by = [...index.events.values()].find((e) => e.supersedes === proposal.supersedes);
    return by?.id;
  }
  const input = proposal.input;
  if (typeof input.date !== 'string' && proposal.effect !== undefined) return byEffect(index, input, proposal.effect);
  if (typeof input.state !== 'string' || typeof input.kind !== 'string' || typeof input.date !== 'string') return undefined;
  const state = resolveState(index, input.state);
  const treaty = typeof input.treaty === 'string' ? resolveTreaty(index, input.treaty) : undefined;
  const date = parsePartialDate(input.date);
  if (!state.ok || (treaty && !treaty.ok) || !date.ok) return undefined;
  const treatyId = treaty?.ok ? treaty.value.id : null;
  const want = rangeOf(date.value);
  return (index.eventsByState.get(state.value.iso3) ?? []).find((e) => {
    if (e.treatyId !== treatyId || e.kind !== input.kind) return false;
    const have = rangeOf(e.date);
    return have.earliest <= want.latest && want.earliest <= have.latest;
  })?.id;
}

/** A recorded withdrawal whose effect (stated, or derived by the treaty's rule) falls on the date the text gives. */
function byEffect(index: RecordIndex, input: Readonly<Record<string, unknown>>, effect: string): string | undefined {
  if (typeof input.state !== 'string' || typeof input.treaty !== 'string') return undefined;
  const state = resolveState(index, input.state);
  const treaty = resolveTreaty(index, input.treaty);
  const when = parsePartialDate(effect);
  if (!state.ok || !treaty.ok || !when.ok) return undefined;
  const range = rangeOf(when.value);
  const derived = index.timelines.get(treaty.value.id)?.get(state.value.iso3)?.withdrawalEffect;
  return (index.eventsByState.get(state.value.iso3) ?? []).find((e) => {
    if (e.treatyId !== treaty.value.id || e.kind !== input.kind) return false;
    const dates = [e.statedEffect?.date, derived?.fromEventId === e.id ? derived.date : undefined];
    return dates.some((d) => d !== undefined && d !== null && d >= range.earliest && d <= range.latest);
  })?.id;
}
