import { resolvePerson } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { Person } from '../domain/people/popolo.js';
import type { DomainError, Result } from '../domain/result.js';
import { HttpError } from './http-error.js';

// A missing thing is a 404; a name that fits several people, or bad input, is the client's to fix (400).
const NOT_FOUND = new Set(['unknown_state', 'unknown_treaty', 'unknown_person', 'unknown_post', 'unknown_group', 'post_vacant']);

/** Unwraps a look-up: 404 when nothing has that name (or nobody holds the post that day), 400 otherwise. */
export function found<T>(r: Result<T, DomainError>): T {
  if (r.ok) return r.value;
  throw HttpError.fromDomain(r.error, NOT_FOUND.has(r.error.code) ? 404 : 400);
}

/** A person by id or by any name or spelling in use. */
export function personBy(people: PeopleRecord, text: string, field: string): Person {
  return people.persons.get(text) ?? found(resolvePerson(people, text, field));
}
