import type { TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Citation, Source } from '../domain/source.js';
import type { Evidence, EvidenceSource } from './verdict.js';

/** Citations with their sources spelled out (from the record, or from `more`: the people/votes data's own sources). */
export function sourcesOf(index: RecordIndex, citations: readonly Citation[], more?: ReadonlyMap<string, Source>): EvidenceSource[] {
  return citations.map((c) => {
    const s = index.sources.get(c.sourceId) ?? more?.get(c.sourceId);
    return {
      id: c.sourceId,
      ...(s ? { publisher: s.publisher, title: s.title } : {}),
      ...(s?.date ? { date: s.date } : {}),
      ...(s?.url ? { url: s.url } : {}),
      ...(c.quote ? { quote: c.quote } : {}),
    };
  });
}

const VERB: Record<string, string> = {
  signature: 'signed',
  ratification: 'deposited its ratification of',
  accession: 'deposited its accession to',
  acceptance: 'deposited its acceptance of',
  approval: 'deposited its approval of',
  succession: 'succeeded to',
  withdrawal: 'deposited its instrument of withdrawal from',
  suspension_notice: 'gave notice of a "suspension" of',
};

/** An event of the record as evidence, in one line. */
export function eventEvidence(index: RecordIndex, e: TreatyEvent): Evidence {
  const state = index.states.get(e.iso3)?.name ?? e.iso3;
  const treaty = e.treatyId === null ? undefined : index.treaties.get(e.treatyId)?.shortName;
  const verb = VERB[e.kind] ?? `${e.kind.replace(/_/g, ' ')}${treaty ? ' on' : ''}`;
  const notification = e.details?.notification === undefined ? '' : ` (depositary notification ${String(e.details.notification)})`;
  return {
    kind: 'event',
    description: `${state} ${verb}${treaty ? ` the ${treaty}` : ''} on ${e.date.value}${notification}`,
    date: e.date.value,
    event_id: e.id,
    iso3: e.iso3,
    ...(e.treatyId === null ? {} : { treaty: e.treatyId }),
    verified: e.verified,
    sources: sourcesOf(index, e.sources),
  };
}

/** A date a rule derives from an event (entry into force, withdrawal effect) as evidence. */
export function derivedEvidence(index: RecordIndex, e: TreatyEvent, what: string, date: string, rule: string): Evidence {
  const state = index.states.get(e.iso3)?.name ?? e.iso3;
  const treaty = e.treatyId === null ? '' : (index.treaties.get(e.treatyId)?.shortName ?? e.treatyId);
  const stated = e.statedEffect ? sourcesOf(index, e.statedEffect.sources) : [];
  return {
    kind: 'event',
    description: `the ${treaty} ${what} for ${state} on ${date} (${rule}, from the deposit of ${e.date.value})`,
    date,
    event_id: e.id,
    iso3: e.iso3,
    ...(e.treatyId === null ? {} : { treaty: e.treatyId }),
    verified: e.verified,
    sources: stated.length > 0 ? stated : sourcesOf(index, e.sources),
  };
}

/** The standing events of a state under a treaty, oldest first. */
export function eventsOf(index: RecordIndex, iso3: string, treatyId: string | null): TreatyEvent[] {
  return (index.eventsByState.get(iso3) ?? []).filter((e) => treatyId === null || e.treatyId === treatyId).sort((a, b) => a.date.value.localeCompare(b.date.value));
}

/** That the record holds no instrument of a state for a treaty, as evidence: the treaty's depositary record is the source. */
export function absenceEvidence(index: RecordIndex, iso3: string, treatyId: string, on: string): Evidence {
  const treaty = index.treaties.get(treatyId);
  return {
    kind: 'event',
    description: `${index.states.get(iso3)?.name ?? iso3}: no signature and no instrument for the ${treaty?.shortName ?? treatyId} in the record (the depositary's list of participants)`,
    date: on,
    iso3,
    treaty: treatyId,
    verified: true,
    sources: sourcesOf(index, treaty?.sources ?? []),
  };
}
