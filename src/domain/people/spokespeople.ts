import type { IsoDate } from '../calendar-date.js';
import { normaliseName } from '../state.js';
import type { PeopleRecord } from './people-record.js';
import type { Organization, Person } from './popolo.js';
import type { Availability, Spokesperson } from './spokesperson.js';

/** Who to look for: a language (name or ISO 639-1 code), a place, a day. Every field narrows. */
export interface SpokespersonQuery {
  readonly language?: string;
  readonly place?: string;
  readonly on?: IsoDate;
}

/** A spokesperson who matches, with the availability windows that made them match. */
export interface SpokespersonMatch {
  readonly spokesperson: Spokesperson;
  readonly person: Person;
  readonly organization?: Organization;
  readonly windows: readonly Availability[];
}

/** The answer, with those who speak the language but are not placed there then (so an empty answer explains itself). */
export interface SpokespersonAnswer {
  readonly matches: readonly SpokespersonMatch[];
  readonly speakersElsewhere: readonly SpokespersonMatch[];
}

/** "Who speaks Polish and is in Vilnius on 2025-04-01?" */
export function findSpokespeople(people: PeopleRecord, q: SpokespersonQuery): SpokespersonAnswer {
  const matches: SpokespersonMatch[] = [];
  const elsewhere: SpokespersonMatch[] = [];
  for (const s of people.data.spokespeople) {
    const person = people.persons.get(s.personId);
    if (!person) continue;
    if (q.language !== undefined && !speaks(s, q.language)) continue;
    const organization = people.organizations.get(s.organizationId);
    const base = { spokesperson: s, person, ...(organization ? { organization } : {}) };
    const constrained = q.place !== undefined || q.on !== undefined;
    const windows = s.availability.filter((w) => fits(w, q));
    if (!constrained || windows.length > 0) matches.push({ ...base, windows: constrained ? windows : s.availability });
    else elsewhere.push({ ...base, windows: s.availability });
  }
  return { matches, speakersElsewhere: elsewhere };
}

/** Whether a spokesperson speaks a language given by name ("Polish") or code ("pl"). */
export function speaks(s: Spokesperson, language: string): boolean {
  const key = normaliseName(language);
  return s.languages.some((l) => normaliseName(l.name) === key || l.code.toLowerCase() === key);
}

function fits(w: Availability, q: SpokespersonQuery): boolean {
  if (q.on !== undefined && (q.on < w.from || q.on > w.to)) return false;
  return q.place === undefined || normaliseName(w.place).includes(normaliseName(q.place));
}
