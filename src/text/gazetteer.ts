import type { RecordIndex } from '../domain/record-index.js';
import { normaliseName } from '../domain/state.js';
import { BODIES, DEMONYMS, NOT_STATES } from './demonyms.js';
import { REGIONS } from './regions.js';
import { treatyVocabulary } from './treaty-descriptions.js';
import { wordsOf } from './words.js';

/** What a name found in text stands for. */
export type NameEntry =
  | { readonly kind: 'state'; readonly id: string; readonly form: 'name' | 'adjective'; readonly upper: boolean }
  | { readonly kind: 'group' | 'region' | 'treaty' | 'body'; readonly id: string; readonly name: string; readonly upper: boolean }
  | { readonly kind: 'ignore'; readonly id: string; readonly upper: false };

/** A node of the word trie. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entry?: NameEntry;
}

/** Every name the reader recognises, as a trie over normalised words, built once from the record. */
export interface Gazetteer {
  readonly root: TrieNode;
  /** treaty id → the words of its names, for descriptions such as "anti-personnel mine convention". */
  readonly treatyWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The record's group ids. */
  readonly groupIds: ReadonlySet<string>;
  /** A family's instruments by local name: parent treaty id → "protocol v" → "ccw-p5" (see instrumentNames). */
  readonly instruments: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Treaty id → the treaty whose instrument it is. */
  readonly parentOf: ReadonlyMap<string, string>;
}

/**
 * Builds the gazetteer from the record's own names (the same aliases `index.stateNames`,
 * `treatyNames` and `groupNames` resolve), leaving out bare ISO codes ("IN", "LT" are words),
 * plus regions, adjectives of nationality and legislatures.
 */
export function buildGazetteer(index: RecordIndex): Gazetteer {
  const root: TrieNode = { next: new Map() };
  for (const s of index.stateList) {
    for (const name of new Set([s.name, ...(s.officialName ? [s.officialName] : []), ...s.aliases])) {
      if (index.stateNames.get(normaliseName(name)) !== s.iso3) continue;
      insert(root, name, { kind: 'state', id: s.iso3, form: 'name', upper: acronym(name) });
    }
    for (const adj of DEMONYMS[s.iso3] ?? []) insert(root, adj, { kind: 'state', id: s.iso3, form: 'adjective', upper: false });
  }
  for (const g of index.groups.values()) {
    for (const name of new Set([g.name, ...g.aliases])) insert(root, name, { kind: 'group', id: g.id, name: g.name, upper: acronym(name) });
  }
  for (const r of REGIONS) for (const name of r.names) insert(root, name, { kind: 'region', id: r.id, name: r.name, upper: acronym(name) });
  for (const t of index.treaties.values()) {
    for (const name of new Set([t.shortName, t.fullName, ...t.aliases])) insert(root, name, { kind: 'treaty', id: t.id, name: t.shortName, upper: acronym(name) });
  }
  for (const [name, iso3] of Object.entries(BODIES)) insert(root, name, { kind: 'body', id: iso3, name, upper: false });
  for (const name of NOT_STATES) insert(root, name, { kind: 'ignore', id: name, upper: false });
  const treaties = [...index.treaties.values()];
  const parentOf = new Map(treaties.flatMap((t) => (t.parentTreatyId ? [[t.id, t.parentTreatyId] as const] : [])));
  return { root, treatyWords: treatyVocabulary(treaties), groupIds: new Set(index.groups.keys()), instruments: instrumentNames(index), parentOf };
}

/**
 * Each instrument's name within its family, read from the record: the short name without the parent's
 * ("CCW Protocol V" → "protocol v", "CCW Amended Protocol II" → "amended protocol ii"). Texts about the CCW
 * write "Protocol V" alone; whose Protocol V it is comes from the treaty the text names (or is unique).
 */
function instrumentNames(index: RecordIndex): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const t of index.treaties.values()) {
    const parent = t.parentTreatyId === undefined ? undefined : index.treaties.get(t.parentTreatyId);
    if (!parent || !t.shortName.startsWith(`${parent.shortName} `)) continue;
    const local = t.shortName.slice(parent.shortName.length + 1).toLowerCase();
    const family = out.get(parent.id) ?? new Map<string, string>();
    family.set(local, t.id);
    out.set(parent.id, family);
  }
  return out;
}

// Short capitalised names ("US", "UK", "EU", "CCM") are only names when written in capitals.
function acronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 && letters === letters.toUpperCase();
}

function insert(root: TrieNode, name: string, entry: NameEntry): void {
  const keys = wordsOf(name).map((w) => w.key);
  // A leading "the" is not part of the name: texts write both "the Netherlands" and "Netherlands".
  if (keys[0] === 'the' && keys.length > 1) keys.shift();
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let next = node.next.get(k);
    if (!next) {
      next = { next: new Map() };
      node.next.set(k, next);
    }
    node = next;
  }
  // The first entry wins: a state's own name before another's alias.
  node.entry ??= entry;
}
