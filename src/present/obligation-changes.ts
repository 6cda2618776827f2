import { type IsoDate, addDays, rangeOf } from '../domain/calendar-date.js';
import { obligationState, obligationsOf } from '../domain/monitor/obligation-status.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { ChangeEntry, ChangeFilter } from './change-entry.js';
import { stepSource } from './obligation-json.js';

/**
 * Feed entries from the Monitor's record, up to `today`: an obligation met (on the day its source
 * dates the completion) and a deadline passing unfulfilled (the day after it, with what the record
 * says then: missed where a source says so, else unknown). Only obligations the record holds a
 * sourced event for: a State Party the record is silent on gets no entry.
 */
export function obligationChanges(index: RecordIndex, today: IsoDate, filter: ChangeFilter = {}): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const [iso3, events] of index.obligationEvents) {
    if (filter.iso3 !== undefined && iso3 !== filter.iso3) continue;
    for (const treatyId of new Set(events.map((e) => e.treatyId))) {
      if (filter.treatyId !== undefined && treatyId !== filter.treatyId) continue;
      const treaty = index.treaties.get(treatyId);
      const eif = index.timelines.get(treatyId)?.get(iso3)?.entryIntoForce?.date;
      if (!treaty || !eif) continue;
      const name = index.states.get(iso3)?.name ?? iso3;
      for (const now of obligationsOf(index, iso3, treatyId, today)) {
        if (now.history.length === 0) continue;
        const rule = treaty.rules.deadlines.find((r) => r.id === now.ruleId);
        if (!rule || rule.kind !== 'once') continue;
        const own = events.filter((e) => e.treatyId === treatyId && e.obligation === now.ruleId);
        const at = (day: IsoDate) => obligationState(index, iso3, treatyId, rule, eif, own, day);
        const base = { iso3, treatyId, author: 'treatywatch (Monitor record)' };
        // Met: the day the engine first counts the completion.
        for (const step of now.history.filter((h) => h.kind === 'completed')) {
          out.push({
            ...base, id: `urn:treatywatch:obligation:${treatyId}:${iso3}:${rule.id}:met:${step.knownFrom}`, kind: 'obligation', at: `${step.knownFrom}T00:00:00.000Z`,
            title: `${name} meets its ${treaty.shortName} ${rule.article} obligation: ${rule.label.toLowerCase()}`,
            summary: `Completed ${step.date ?? `(date not recorded; known by ${step.knownFrom})`}${step.disputed ? ', disputed by another source' : ''}.`,
            eventIds: [step.eventId], sources: [stepSource(index, step)],
          });
        }
        // A deadline passing: the original and every extended one, when it was still the deadline the day after.
        const deadlines = [...new Set([now.originalDeadline, ...now.history.flatMap((h) => (h.kind === 'extension_granted' && h.deadline ? [h.deadline] : []))])];
        for (const d of deadlines) {
          const day = addDays(rangeOf({ value: d, precision: d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day' }).latest, 1);
          if (day > today) continue;
          const then = at(day);
          if (then.currentDeadline !== d || (then.status !== 'missed' && then.status !== 'unknown')) continue;
          const words = then.status === 'missed' ? 'missed, as a source says' : 'unknown: the record holds no later event';
          out.push({
            ...base, id: `urn:treatywatch:obligation:${treatyId}:${iso3}:${rule.id}:passed:${d}`, kind: 'obligation', at: `${day}T00:00:00.000Z`,
            title: `${name}'s ${treaty.shortName} ${rule.article} deadline (${d}) passes`,
            summary: `${rule.label}: the deadline of ${d} has passed; status ${words}.`,
            eventIds: then.sources.map((s) => s.eventId), sources: then.sources.map((s) => stepSource(index, s)),
          });
        }
      }
    }
  }
  return out;
}
