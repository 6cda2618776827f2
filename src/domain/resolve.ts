import type { Group } from './group.js';
import type { RecordIndex } from './record-index.js';
import { type Result, domainError, err, ok } from './result.js';
import { type State, normaliseName } from './state.js';
import type { Treaty } from './treaty.js';

/** Finds a state by ISO code, name or any alias ("U.S.", "Türkiye", "Holy See"). */
export function resolveState(index: RecordIndex, text: string, field = 'state'): Result<State> {
  const iso3 = index.stateNames.get(normaliseName(text));
  const state = iso3 === undefined ? undefined : index.states.get(iso3);
  if (state) return ok(state);
  return err(domainError('unknown_state', `no state is called "${clip(text)}": give an ISO code (LTU, LT) or a name such as Lithuania`, field));
}

/** Case and diacritics folding, nothing else: "TÜRKIYE" is "türkiye" is "turkiye"; punctuation, spaces and a leading "the" still count. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Folded name → iso3, built once per record index (the index is immutable).
const exactNames = new WeakMap<RecordIndex, ReadonlyMap<string, string>>();

function exactNamesOf(index: RecordIndex): ReadonlyMap<string, string> {
  let names = exactNames.get(index);
  if (!names) {
    const built = new Map<string, string>();
    for (const s of index.states.values()) for (const n of namesOf(s)) if (!built.has(foldName(n))) built.set(foldName(n), s.iso3);
    names = built;
    exactNames.set(index, names);
  }
  return names;
}

function namesOf(s: State): string[] {
  return [s.iso3, s.iso2, s.name, ...(s.officialName ? [s.officialName] : []), ...s.aliases];
}

/**
 * Finds a state for a write: its ISO code or a name or alias the record holds, compared after case
 * and diacritics folding only ("lithuania", "TÜRKIYE", "U.S."), so a stray quote or suffix
 * ("Lithuania'; --") is refused as `unknown_state` with up to three of the closest names suggested.
 * Reads keep the forgiving resolveState.
 */
export function resolveStateExactly(index: RecordIndex, text: string, field = 'state'): Result<State> {
  const iso3 = exactNamesOf(index).get(foldName(text));
  const state = iso3 === undefined ? undefined : index.states.get(iso3);
  if (state) return ok(state);
  const near = suggestStates(index, text);
  const hint = near.length > 0 ? ` — did you mean ${near.map((s) => `${s.name} (${s.iso3})`).join(', ')}?` : ': give an ISO code (LTU, LT) or a name such as Lithuania';
  return err(domainError('unknown_state', `no state is called exactly "${clip(text)}" (a write names a state by its ISO code or a name the record holds)${hint}`, field));
}

/** Up to three states whose names are closest to `text`: the forgiving match first, then by edit distance. */
export function suggestStates(index: RecordIndex, text: string, limit = 3): State[] {
  const out: State[] = [];
  const forgiving = resolveState(index, text);
  if (forgiving.ok) out.push(forgiving.value);
  const want = foldName(text).slice(0, 80);
  const scored: { state: State; score: number }[] = [];
  for (const s of index.states.values()) {
    const score = Math.min(...namesOf(s).filter((n) => n.length > 3).map((n) => editDistance(want, foldName(n)) / Math.max(n.length, 1)));
    scored.push({ state: s, score });
  }
  scored.sort((a, b) => a.score - b.score || a.state.name.localeCompare(b.state.name, 'en'));
  for (const { state, score } of scored) {
    if (out.length >= limit) break;
    if (score <= 0.5 && !out.includes(state)) out.push(state);
  }
  return out.slice(0, limit);
}

/** Levenshtein distance (insert, delete, substitute, each 1). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Finds a treaty by id or any name in use ("Ottawa Convention", "CCM"). */
export function resolveTreaty(index: RecordIndex, text: string, field = 'treaty'): Result<Treaty> {
  const id = index.treatyNames.get(normaliseName(text));
  const treaty = id === undefined ? undefined : index.treaties.get(id);
  if (treaty) return ok(treaty);
  return err(domainError('unknown_treaty', `no treaty is called "${clip(text)}": use one of ${[...index.treaties.keys()].join(', ')}`, field));
}

/** Finds a group (EU, NATO) by id or name. */
export function resolveGroup(index: RecordIndex, text: string, field = 'group'): Result<Group> {
  const id = index.groupNames.get(normaliseName(text));
  const group = id === undefined ? undefined : index.groups.get(id);
  if (group) return ok(group);
  return err(domainError('unknown_group', `no group is called "${clip(text)}": use one of ${[...index.groups.keys()].join(', ')}`, field));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
