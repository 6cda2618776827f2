import type { IsoDate } from '../calendar-date.js';
import type { RecordIndex } from '../record-index.js';
import { type Result, domainError, err, ok } from '../result.js';
import { normaliseName } from '../state.js';
import type { PeopleRecord } from './people-record.js';
import type { Membership, Person, Post } from './popolo.js';

/**
 * Who holds a post on a date. `in_office`: a dated membership covers the day. `last_seen`: only
 * undated memberships are known and a source shows this person in the post on `lastSeen` (check
 * before relying on it). `none`: the record names nobody.
 */
export interface HolderOn {
  readonly post: Post;
  readonly on: IsoDate;
  readonly certainty: 'in_office' | 'last_seen' | 'none';
  readonly person?: Person;
  readonly membership?: Membership;
  readonly lastSeen?: IsoDate;
}

/** Whether a dated membership covers a day: from its start through its end (inclusive). */
export function covers(m: Membership, on: IsoDate): boolean {
  return m.start !== undefined && m.start <= on && (m.end === undefined || on <= m.end);
}

/** The holder of a post on a date. On a handover day (one's end is the other's start) the successor holds it. */
export function holderOn(people: PeopleRecord, postId: string, on: IsoDate): HolderOn | undefined {
  const post = people.posts.get(postId);
  if (!post) return undefined;
  const list = people.membershipsByPost.get(postId) ?? [];
  const dated = list.filter((m) => covers(m, on)).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  if (dated) return held(people, post, on, dated, 'in_office');
  let best: { m: Membership; seen: IsoDate } | undefined;
  for (const m of list) {
    if (m.start !== undefined || m.end !== undefined) continue;
    for (const a of m.attested) if (a.date <= on && (!best || a.date > best.seen)) best = { m, seen: a.date };
  }
  if (best) return { ...held(people, post, on, best.m, 'last_seen'), lastSeen: best.seen };
  return { post, on, certainty: 'none' };
}

function held(people: PeopleRecord, post: Post, on: IsoDate, m: Membership, certainty: HolderOn['certainty']): HolderOn {
  const person = people.persons.get(m.personId);
  return { post, on, certainty, membership: m, ...(person ? { person } : {}) };
}

/** The posts a person holds (or is last seen in) on a date. */
export function postsHeldOn(people: PeopleRecord, personId: string, on: IsoDate): HolderOn[] {
  const ids = new Set((people.membershipsByPerson.get(personId) ?? []).flatMap((m) => (m.postId ? [m.postId] : [])));
  return [...ids].flatMap((id) => {
    const h = holderOn(people, id, on);
    return h?.person?.id === personId ? [h] : [];
  });
}

/** Finds a post by its label or any name ("Prime Minister of Lithuania", "Prime Minister of the Republic of Lithuania", "Lithuania Prime Minister", "PM of LTU"). */
export function resolvePost(people: PeopleRecord, index: RecordIndex, text: string, field = 'to'): Result<Post> {
  const direct = people.postNames.get(normaliseName(text));
  const found = direct === undefined ? byRoleAndState(people, index, text) : people.posts.get(direct);
  if (found) return ok(found);
  const labels = people.data.posts.map((p) => p.label);
  return err(domainError('unknown_post', `no post is called "${text}": use a post such as ${labels.slice(0, 4).join(', ')} (treatywatch person <name> lists a person's posts)`, field));
}

// "<role> of <state>" or "<state> <role>", with the state by any of its names (LTU, Republic of Lithuania).
function byRoleAndState(people: PeopleRecord, index: RecordIndex, text: string): Post | undefined {
  const t = normaliseName(text);
  const forms: [string, string][] = [];
  const of = /^(.+?) of (.+)$/.exec(t);
  if (of?.[1] && of[2]) forms.push([of[1], of[2]]);
  const words = t.split(' ');
  for (let i = 1; i < words.length; i += 1) forms.push([words.slice(i).join(' '), words.slice(0, i).join(' ')]);
  for (const [role, stateName] of forms) {
    const iso3 = index.stateNames.get(stateName) ?? index.stateNames.get(stateName.replace(/^republic of /, ''));
    if (iso3 === undefined) continue;
    const roleKey = role === 'pm' ? 'prime minister' : role;
    const post = people.data.posts.find((p) => p.iso3 === iso3 && normaliseName(p.role) === roleKey);
    if (post) return post;
  }
  return undefined;
}

/** Finds a person by name or any spelling sources use; a unique family name or part of a name also works. */
export function resolvePerson(people: PeopleRecord, text: string, field = 'name'): Result<Person> {
  const key = normaliseName(text);
  const exact = people.personNames.get(key);
  const exactPerson = exact === undefined ? undefined : people.persons.get(exact);
  if (exactPerson) return ok(exactPerson);
  const matches = people.data.persons.filter((p) => [p.name, ...p.otherNames].some((n) => normaliseName(n).split(' ').includes(key) || normaliseName(n).includes(key)));
  const only = matches[0];
  if (matches.length === 1 && only) return ok(only);
  if (matches.length > 1) return err(domainError('ambiguous_person', `"${text}" could be ${matches.map((p) => p.name).join(', ')}: give the full name`, field));
  return err(domainError('unknown_person', `no person called "${text}" is in the record: try a family name, e.g. Paluckas`, field));
}
