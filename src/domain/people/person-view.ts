import { type IsoDate } from '../calendar-date.js';
import type { RecordIndex } from '../record-index.js';
import { type CitedSource, cited } from './cited.js';
import { dateLabel } from './fact-date.js';
import { holderOn } from './office-holders.js';
import type { PeopleRecord } from './people-record.js';
import type { Person } from './popolo.js';
import { positionsTimeline } from './positions.js';

/** One office or role a person holds or held. */
export interface TenureView {
  readonly membershipId: string;
  readonly post?: string;
  readonly organization: string;
  readonly role: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly acting: boolean;
  /** On the date asked: holds it, is last seen in it (dates unknown), or not. */
  readonly onDate: 'holds' | 'last_seen' | 'no';
  readonly lastSeen?: IsoDate;
  readonly verified: boolean;
  readonly note?: string;
  readonly sources: readonly CitedSource[];
}

/** Everything the workspace knows about a person, as of a date. */
export interface PersonView {
  readonly person: Person;
  readonly on: IsoDate;
  readonly tenures: readonly TenureView[];
  readonly statements: readonly { readonly id: string; readonly date: string; readonly question: string; readonly stance: string; readonly modality: string; readonly quote: string; readonly sources: readonly CitedSource[] }[];
  readonly spokesperson?: { readonly role: string; readonly languages: readonly string[]; readonly availability: readonly string[] };
  readonly sources: readonly CitedSource[];
}

/** A person's posts, statements and spokesperson entry, on a date. */
export function personView(index: RecordIndex, people: PeopleRecord, person: Person, on: IsoDate): PersonView {
  const tenures = (people.membershipsByPerson.get(person.id) ?? []).map((m): TenureView => {
    const h = m.postId === undefined ? undefined : holderOn(people, m.postId, on);
    const mine = h?.membership?.id === m.id;
    const onDate = mine && h.certainty === 'in_office' ? 'holds' : mine && h.certainty === 'last_seen' ? 'last_seen' : 'no';
    const post = m.postId === undefined ? undefined : people.posts.get(m.postId)?.label;
    return {
      membershipId: m.id,
      ...(post ? { post } : {}),
      organization: people.organizations.get(m.organizationId)?.name ?? m.organizationId,
      role: m.role,
      start: m.start ?? null,
      end: m.end ?? null,
      acting: m.acting === true,
      onDate,
      ...(onDate === 'last_seen' && h?.lastSeen ? { lastSeen: h.lastSeen } : {}),
      verified: m.verified,
      ...(m.note ? { note: m.note } : {}),
      sources: cited(index, people, m.sources),
    };
  }).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const statements = positionsTimeline(people, { speakerId: person.id, on }).map((p) => ({
    id: p.statement.id, date: dateLabel(p.statement.date), question: p.question.text, stance: p.statement.stance, modality: p.statement.modality,
    quote: p.statement.quote, sources: cited(index, people, p.statement.sources),
  }));
  const sp = people.data.spokespeople.find((s) => s.personId === person.id);
  return {
    person,
    on,
    tenures,
    statements,
    ...(sp ? { spokesperson: { role: sp.role, languages: sp.languages.map((l) => l.name), availability: sp.availability.map((w) => `${w.place} ${w.from} – ${w.to}`) } } : {}),
    sources: cited(index, people, person.sources),
  };
}
