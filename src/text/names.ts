import type { Gazetteer, NameEntry } from './gazetteer.js';
import type { BodyMention, GroupMention, Mention, StateMention, TreatyMention } from './mention.js';
import { borderingRegion, regionById } from './regions.js';
import { type Scan, at, matches } from './scan.js';
import { treatyOfDescription } from './treaty-descriptions.js';
import { type Word, forEachKey, wordsOf } from './words.js';

/** What name reading carries from one sentence to the next: the treaty "the Convention" points to. */
export interface NameContext {
  lastTreaty: string | null;
}

const NEIGHBOURS = /(?:(?<noun>states|countries|nations|members|allies|neighbou?rs)\s+)?(?:bordering|that\s+borders?|which\s+borders?|neighbou?ring|adjacent\s+to|on\s+the\s+border\s+with|sharing\s+a\s+border\s+with)\s+(?:the\s+territory\s+of\s+)?$/iu;
const DESCRIBED = /(?<![\p{L}])(?:convention|treaty)(?![\p{L}])/giu;
const REFERENCE = /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur)\s+(?:Convention|convention|Treaty|treaty)(?![\p{L}])(?!\s+(?:on|of|for|against|banning|prohibiting|to)(?![\p{L}]))/gu;
// An instrument by its local name: "Protocol V", "Amended Protocol II", "Additional Protocol I" (capitalised only).
const INSTRUMENT = /(?<![\p{L}])(?:(?:Amended|Additional|Optional)\s+)?Protocol\s+(?:[IVX]+|\d+)(?![\p{L}\d])/gu;
const STOP = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'from', 'of', 'to', 'in', 'on', 'and', 'or', 'with', 'by', 'for', 'leave', 'left', 'join', 'joined', 'quit', 'exit', 'exits', 'exited', 'withdraw', 'withdrew', 'withdrawal']);

/** Finds states, groups, regions, legislatures and treaties (by name, description or reference) in a stretch. */
export function findNames(scan: Scan, gazetteer: Gazetteer, ctx: NameContext): void {
  const found: Mention[] = [];
  // Most words begin no name: only where one does are the next words read in full.
  forEachKey(scan.text, (key, start) => {
    if (!gazetteer.root.next.has(key)) return undefined;
    const hit = longestAt(gazetteer, scan.text, start);
    if (!hit) return undefined;
    const m = toMention(scan, hit.words, 0, hit.j, hit.entry);
    if (m) found.push(m);
    return (hit.words[hit.j] as Word).end;
  });
  const names = absorbNeighbours(scan, found);
  const treaties = [...names.filter((m): m is TreatyMention => m.kind === 'treaty'), ...descriptions(scan, gazetteer, names), ...unresolved(scan, names, REFERENCE, 'reference'), ...unresolved(scan, names, INSTRUMENT, 'instrument')].sort((a, b) => a.start - b.start);
  // "The Convention" points to the treaty last named before it, in this sentence or earlier; "Protocol V" to that
  // treaty family's Protocol V.
  const resolved = treaties.map((t): TreatyMention => {
    if (t.form === 'reference') return { ...t, treatyId: ctx.lastTreaty };
    const id = t.form === 'instrument' ? instrumentOf(gazetteer, scan.text.slice(t.start - scan.offset, t.end - scan.offset), ctx.lastTreaty) : t.treatyId;
    if (id !== null) ctx.lastTreaty = id;
    return { ...t, treatyId: id };
  });
  scan.out.push(...names.filter((m) => m.kind !== 'treaty'), ...resolved);
}

// The longest name starting at `start`, reading words only as far as the trie goes.
function longestAt(g: Gazetteer, text: string, start: number): { words: Word[]; j: number; entry: NameEntry } | undefined {
  let node = g.root;
  let best: { j: number; entry: NameEntry } | undefined;
  const words: Word[] = [];
  let at = start;
  for (let j = 0; j < 16; j += 1) {
    const w = wordsOf(text, at, 1)[0];
    if (!w) break;
    // A name runs over words separated by spaces, hyphens or dots only.
    if (j > 0 && !/^(?:['’]s?)?[\s.\-–]*$/u.test(text.slice((words[j - 1] as Word).end, w.start))) break;
    words.push(w);
    const next = node.next.get(w.key);
    if (!next) break;
    node = next;
    at = w.end + (w.possessive ? 2 : 0);
    if (node.entry && fits(node.entry, words, 0, j)) best = { j, entry: node.entry };
  }
  return best ? { words, ...best } : undefined;
}

function fits(entry: NameEntry, words: readonly Word[], i: number, j: number): boolean {
  if (entry.upper) {
    for (let k = i; k <= j; k += 1) if (!(words[k] as Word).upper) return false;
    return true;
  }
  // States, groups and legislatures are proper names: "turkey", "chad" and "china" in lower case are not.
  return entry.kind === 'treaty' || (words[i] as Word).capital;
}

function toMention(scan: Scan, words: readonly Word[], i: number, j: number, e: NameEntry): Mention | undefined {
  const first = words[i] as Word;
  const last = words[j] as Word;
  let end = last.end;
  // "U.S." keeps its final dot.
  if (last.key.length === 1 && scan.text[end] === '.') end += 1;
  const span = at(scan, first.start, end);
  switch (e.kind) {
    case 'ignore':
      return undefined;
    case 'state':
      return { ...span, kind: 'state', iso3: e.id, form: e.form === 'adjective' ? 'adjective' : last.possessive ? 'possessive' : 'name' } satisfies StateMention;
    case 'group':
      return { ...span, kind: 'group', groupId: e.id } satisfies GroupMention;
    case 'region':
      return { ...span, kind: 'group', groupId: e.id, members: regionById(e.id)?.members ?? [] } satisfies GroupMention;
    case 'treaty':
      return { ...span, kind: 'treaty', treatyId: e.id, form: 'name' } satisfies TreatyMention;
    case 'body':
      return { ...span, kind: 'body', iso3: e.id, name: e.name } satisfies BodyMention;
  }
}

// "states bordering Russia", "NATO states bordering the territory of Russia": one regional group, not Russia.
function absorbNeighbours(scan: Scan, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    const region = m.kind === 'state' ? borderingRegion(m.iso3) : undefined;
    const local = m.start - scan.offset;
    const before = NEIGHBOURS.exec(scan.text.slice(Math.max(0, local - 80), local));
    if (!region || !before) {
      out.push(m);
      continue;
    }
    let start = local - before[0].length;
    const prev = out[out.length - 1];
    let within: string | undefined;
    if (prev?.kind === 'group' && prev.members === undefined && /^\s*$/.test(scan.text.slice(prev.end - scan.offset, start))) {
      within = prev.groupId;
      start = prev.start - scan.offset;
      out.pop();
    }
    out.push({ ...at(scan, start, m.end - scan.offset), kind: 'group', groupId: region.id, members: region.members, ...(within ? { within } : {}) });
  }
  return out;
}

function descriptions(scan: Scan, g: Gazetteer, names: readonly Mention[]): TreatyMention[] {
  const out: TreatyMention[] = [];
  for (const m of matches(DESCRIBED, scan.text)) {
    const s = scan.offset + m.index;
    if (names.some((n) => n.kind === 'treaty' && n.start <= s && s < n.end)) continue;
    // Up to four words before ("anti-personnel mine convention") or after ("treaty banning antipersonnel landmines").
    const before = wordsOf(scan.text.slice(Math.max(0, m.index - 60), m.index)).map((w) => w.key);
    const pre: string[] = [];
    for (let k = before.length - 1; k >= 0 && pre.length < 4 && !STOP.has(before[k] ?? ''); k -= 1) pre.unshift(before[k] ?? '');
    const post = /^\s+(?:banning|against|prohibiting|to\s+ban|on)\s+((?:[\p{L}-]+\s*){1,4})/iu.exec(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const postWords = post ? wordsOf(post[1] ?? '').map((w) => w.key) : [];
    const id = treatyOfDescription(pre, g.treatyWords) ?? treatyOfDescription(postWords, g.treatyWords);
    if (id === undefined) continue;
    const startLocal = pre.length > 0 ? m.index - preLength(scan.text, m.index, pre.length) : m.index;
    const endLocal = post ? m.index + m[0].length + post[0].trimEnd().length : m.index + m[0].length;
    out.push({ ...at(scan, startLocal, endLocal), kind: 'treaty', treatyId: id, form: 'description' });
  }
  return out;
}

// How many characters the last `n` words before `at` take (with the spaces and hyphens between them).
function preLength(text: string, atIndex: number, n: number): number {
  const slice = text.slice(Math.max(0, atIndex - 60), atIndex);
  const ws = wordsOf(slice);
  const first = ws[ws.length - n];
  return first ? slice.length - first.start : 0;
}

// The family of the treaty last named decides; with none, a local name only one family uses. Else null: an
// instrument the record does not hold ("Additional Protocol II" of the Geneva Conventions) is no treaty of ours.
function instrumentOf(g: Gazetteer, words: string, last: string | null): string | null {
  const local = words.replace(/\s+/gu, ' ').toLowerCase();
  const family = last === null ? undefined : (g.parentOf.get(last) ?? last);
  if (family !== undefined) return g.instruments.get(family)?.get(local) ?? null;
  const ids = [...g.instruments.values()].flatMap((f) => { const id = f.get(local); return id === undefined ? [] : [id]; });
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

// Unnamed treaty words ("the Convention", "Protocol V") that no name found already covers, for resolving later.
function unresolved(scan: Scan, names: readonly Mention[], re: RegExp, form: 'reference' | 'instrument'): TreatyMention[] {
  const out: TreatyMention[] = [];
  for (const m of matches(re, scan.text)) {
    const s = scan.offset + m.index;
    if (names.some((n) => n.kind === 'treaty' && n.start < s + m[0].length && s < n.end)) continue;
    out.push({ ...at(scan, m.index, m.index + m[0].length), kind: 'treaty', treatyId: null, form });
  }
  return out;
}
