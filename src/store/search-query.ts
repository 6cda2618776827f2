import { type Result, domainError, err, ok } from '../domain/result.js';

/** A parsed search, the same for both engines: documents matching any of `anyOf` (each group: all its terms), none of `exclude`. */
export interface SearchQuery {
  readonly text: string;
  /** OR of groups; a group is an AND of terms; a term is a word or a phrase (several words in order). */
  readonly anyOf: readonly (readonly (readonly string[])[])[];
  readonly exclude: readonly (readonly string[])[];
}

const MAX_QUERY = 500;
// Only letters and digits reach an engine: FTS5 and tsquery syntax (* : ^ NEAR ( ) & |) is never passed through.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Parses what a user types into a search box: `Seimas vote` (both words), `"instrument of
 * withdrawal"` (a phrase), `Latvia OR Lithuania`, `mines -cluster` (without "cluster" anywhere).
 */
export function parseSearchQuery(text: string): Result<SearchQuery> {
  if (text.length > MAX_QUERY) return err(domainError('query_too_long', `a search is at most ${MAX_QUERY} characters`, 'query'));
  const anyOf: string[][][] = [[]];
  const exclude: string[][] = [];
  for (const m of text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const [, minus, phrase, bare] = m;
    if (bare === 'OR') {
      if ((anyOf.at(-1)?.length ?? 0) > 0) anyOf.push([]);
      continue;
    }
    const words = [...(phrase ?? bare ?? '').matchAll(WORD)].map((w) => w[0].replace(/’/g, "'").toLowerCase());
    if (words.length === 0) continue;
    if (minus === '-' || (bare?.startsWith('-') ?? false)) exclude.push(words);
    else anyOf.at(-1)?.push(words);
  }
  const groups = anyOf.filter((g) => g.length > 0);
  if (groups.length === 0) return err(domainError('empty_query', 'give at least one word to find, e.g. treatywatch search "Seimas vote"', 'query'));
  return ok({ text, anyOf: groups, exclude });
}

const quoted = (term: readonly string[]): string => `"${term.join(' ')}"`;

/** The query in SQLite FTS5 syntax: every term quoted (so nothing in it is read as an operator). */
export function toFts5(q: SearchQuery): string {
  const any = q.anyOf.map((g) => `(${g.map(quoted).join(' AND ')})`).join(' OR ');
  return q.exclude.length === 0 ? any : `(${any}) NOT (${q.exclude.map(quoted).join(' OR ')})`;
}

/** The wanted part in PostgreSQL websearch_to_tsquery syntax (rebuilt from the cleaned terms). */
export function toWebsearch(q: SearchQuery): string {
  return q.anyOf.map((g) => g.map((t) => (t.length > 1 ? quoted(t) : (t[0] ?? ''))).join(' ')).join(' or ');
}

/** The excluded terms as one websearch_to_tsquery OR-list (empty when nothing is excluded). */
export function excludedWebsearch(q: SearchQuery): string {
  return q.exclude.map((t) => (t.length > 1 ? quoted(t) : (t[0] ?? ''))).join(' or ');
}
