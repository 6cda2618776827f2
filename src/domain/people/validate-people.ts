import type { Citation } from '../source.js';
import { type PeopleContext, type PeopleProblem, problem } from './people-problem.js';
import { checkRules } from './validate-rules.js';
import { PEOPLE_COLLECTIONS, type PeopleData } from './people-data.js';

/**
 * Checks the whole workspace (stored records plus any additions): unique ids, references that
 * resolve, a source for every fact, quotes that are in the documents they cite, and the rules
 * (no overlapping office holders, counts within the seats, windows that end after they start, …).
 * Returns the first problem, or undefined.
 */
export function validatePeople(data: PeopleData, ctx: PeopleContext): PeopleProblem | undefined {
  for (const c of PEOPLE_COLLECTIONS) {
    const seen = new Set<string>();
    for (const item of data[c]) {
      if (seen.has(item.id)) return problem(c, item.id, 'id', 'duplicate_id', `the id "${item.id}" is used twice in ${c}: ids must be unique`);
      seen.add(item.id);
    }
  }
  return checkCitations(data, ctx) ?? checkRules(data, ctx);
}

function checkCitations(data: PeopleData, ctx: PeopleContext): PeopleProblem | undefined {
  const own = new Set(data.sources.map((s) => s.id));
  const texts = new Map(data.documents.map((d) => [d.sourceId, flat(d.text)]));
  for (const c of PEOPLE_COLLECTIONS) {
    if (c === 'sources') continue;
    for (const item of data[c]) {
      for (const [path, list, required] of citationLists(item)) {
        if (required && list.length === 0) return problem(c, item.id, path, 'source_required', `cite at least one source for ${path === 'sources' ? 'this record' : path}: every fact needs one`);
        for (const [i, cite] of list.entries()) {
          if (!own.has(cite.sourceId) && !ctx.sourceIds.has(cite.sourceId)) {
            return problem(c, item.id, `${path}[${i}].sourceId`, 'unknown_source', `no source has the id "${cite.sourceId}": add it to the sources first`);
          }
          const text = texts.get(cite.sourceId);
          if (cite.quote !== undefined && text !== undefined && !text.includes(flat(cite.quote))) {
            return problem(c, item.id, `${path}[${i}].quote`, 'quote_not_in_document', `the quoted words are not in the stored text of ${cite.sourceId}: quote the document exactly`);
          }
        }
      }
    }
  }
  return undefined;
}

// Every list of citations inside a record, with whether it may be empty. Found structurally
// (any `sources`/`documents` array), so a new field with sources is checked without a new rule.
function citationLists(value: unknown, path = ''): [string, readonly Citation[], boolean][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citationLists(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const out: [string, readonly Citation[], boolean][] = [];
  for (const [key, v] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if ((key === 'sources' || key === 'documents') && Array.isArray(v)) out.push([at, v as Citation[], key === 'sources']);
    else out.push(...citationLists(v, at));
  }
  return out;
}

// Quotes are matched with whitespace collapsed and Markdown emphasis (*) ignored: a quote copied
// across a line break, or from bold text, still matches.
function flat(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}
