// Measured quality of the events suggested from text: on the five corpus documents and on texts of
// our own in other styles, against the events listed by hand (fixtures/ingest/events-truth.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, rangeOf } from '../src/domain/calendar-date.js';
import { DEPOSIT_KINDS } from '../src/domain/event.js';
import { readDateline } from '../src/ingest/dateline.js';
import { parseDocumentMeta } from '../src/ingest/document-meta.js';
import { readDocument } from '../src/ingest/read-document.js';
import { suggestFromDocument } from '../src/ingest/suggest/suggest-from-document.js';
import { EventProposalSchema } from '../src/ingest/proposal.js';
import { buildGazetteer } from '../src/text/index.js';
import { CORPUS, shippedIndex } from './support/shipped.js';

interface Truth { state: string; treaty: string; kind: string; date?: string; effect?: string; passage: string }
interface TruthDoc { file: string; date?: string; events: Truth[] }
const truth = JSON.parse(readFileSync(new URL('./fixtures/ingest/events-truth.json', import.meta.url), 'utf8')) as { documents: TruthDoc[] };

const index = shippedIndex();
const gazetteer = buildGazetteer(index);

interface Found { state: string; treaty: string; kind: string; date?: string; effect?: string; start: number; end: number; summary: string }

function run(doc: TruthDoc): { body: string; found: Found[] } {
  const path = doc.file.startsWith('corpus:') ? CORPUS + doc.file.slice(7) : new URL(`./fixtures/ingest/${doc.file}`, import.meta.url);
  const meta = parseDocumentMeta(doc.date ? { date: doc.date } : {});
  if (!meta.ok) throw new Error(meta.error.message);
  const read = readDocument(readFileSync(path), doc.file, meta.value, { by: 'test', at: '2026-11-23T00:00:00Z', dateline: readDateline });
  if (!read.ok) throw new Error(`${doc.file}: ${read.error.message}`);
  // Only the event suggestions: statements and votes are measured in ingest-people-suggestions.test.ts.
  const found = suggestFromDocument(index, gazetteer, read.value, { by: 'test', at: 'now' }).filter((s) => s.type === 'event').map((s): Found => {
    const p = EventProposalSchema.parse(s.proposal);
    const i = p.input as Record<string, string>;
    return { state: i.state ?? '', treaty: i.treaty ?? '', kind: i.kind ?? '', ...(i.date ? { date: i.date } : {}), ...(p.effect ? { effect: p.effect } : {}), start: s.span?.start ?? 0, end: s.span?.end ?? 0, summary: s.summary };
  });
  return { body: read.value.body, found };
}

const deposits: readonly string[] = DEPOSIT_KINDS;
const sameKind = (t: string, f: string) => t === f || (t === 'deposit' && deposits.includes(f));
function overlaps(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const [x, y] = [parsePartialDate(a), parsePartialDate(b)];
  if (!x.ok || !y.ok) return false;
  const [r, s] = [rangeOf(x.value), rangeOf(y.value)];
  return r.earliest <= s.latest && s.earliest <= r.latest;
}

/** Matches suggestions to the hand list one to one; returns true positives, and what was missed or extra. */
function score(doc: TruthDoc) {
  const { body, found } = run(doc);
  const left = [...found];
  const missed: Truth[] = [];
  let hits = 0;
  for (const t of doc.events) {
    const at = body.indexOf(t.passage);
    expect(at, `${doc.file}: the passage "${t.passage}" is in the stored text`).toBeGreaterThanOrEqual(0);
    const k = left.findIndex((f) => f.state === t.state && f.treaty === t.treaty && sameKind(t.kind, f.kind) && (overlaps(t.date, f.date) || overlaps(t.effect, f.effect)) && f.start <= at && at + t.passage.length <= f.end);
    if (k < 0) missed.push(t);
    else {
      hits += 1;
      left.splice(k, 1);
    }
  }
  return { hits, listed: doc.events.length, suggested: found.length, missed, extra: left };
}

function measure(docs: readonly TruthDoc[]) {
  const rows = docs.map((d) => ({ file: d.file, ...score(d) }));
  const hits = rows.reduce((n, r) => n + r.hits, 0);
  const listed = rows.reduce((n, r) => n + r.listed, 0);
  const suggested = rows.reduce((n, r) => n + r.suggested, 0);
  const report = rows.map((r) => `  ${r.file}: ${r.hits}/${r.listed} found, ${r.suggested} suggested${r.missed.length ? `; missed ${r.missed.map((m) => `${m.state} ${m.kind} ${m.date ?? m.effect ?? ''}`).join(', ')}` : ''}${r.extra.length ? `; extra ${r.extra.map((e) => e.summary).join(' | ')}` : ''}`);
  return { recall: listed === 0 ? 1 : hits / listed, precision: suggested === 0 ? 1 : hits / suggested, hits, listed, suggested, report };
}

describe('events suggested from text, against the events listed by hand', () => {
  const corpus = truth.documents.filter((d) => d.file.startsWith('corpus:'));
  const own = truth.documents.filter((d) => !d.file.startsWith('corpus:'));

  it.each([
    ['the five corpus documents', corpus],
    ['our own texts in other styles', own],
  ] as const)('%s: recall ≥ 0.9 and precision ≥ 0.8', (_name, docs) => {
    const m = measure(docs);
    process.stderr.write(`suggestion quality, ${_name}: recall ${m.hits}/${m.listed} = ${m.recall.toFixed(2)}, precision ${m.hits}/${m.suggested} = ${m.precision.toFixed(2)}\n${m.report.join('\n')}\n`);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('says which suggestions repeat a recorded event, and where the text disagrees with the record', () => {
    const wtn = run(truth.documents.find((d) => d.file.includes('world-today-news')) as TruthDoc).found;
    expect(wtn.find((f) => f.date === '2004')?.summary).toMatch(/the record has ratification on 2003-05-12: apmbc-LTU-ratification/);
    const [poland] = suggestFromDocument(index, gazetteer, { id: 'doc-p', body: 'The notification of withdrawal was deposited with the Secretary-General on 20 August 2025.\n\nPoland is leaving the Ottawa Treaty.', published: '2025-08-27' }, { by: 't', at: 'x' });
    expect(poland?.duplicateOf).toBeUndefined(); // no state in that sentence or before it: nothing to suggest
    const [lt] = suggestFromDocument(index, gazetteer, { id: 'doc-l', body: 'Lithuania deposited its notification of withdrawal from the Ottawa Convention on 27 June 2025.', published: '2025-07-01' }, { by: 't', at: 'x' });
    expect(lt?.duplicateOf).toBe('apmbc-LTU-withdrawal');
    expect(lt?.summary).toMatch(/^Lithuania: withdrawal \(APMBC\), 2025-06-27/);
  });

  it('reads nothing from hostile or empty text, and stays fast on long text', () => {
    for (const body of ['', '\u0000\u0001', 'a'.repeat(10_000), '. . . ; ; ;'.repeat(1000), 'On 8 May 2025 '.repeat(500)]) {
      expect(suggestFromDocument(index, gazetteer, { id: 'x', body }, { by: 't', at: 'x' })).toStrictEqual([]);
    }
    const long = readFileSync(`${CORPUS}icbl-media-pack-lithuania-2025-03-26.txt`, 'utf8').repeat(20);
    const t = performance.now();
    suggestFromDocument(index, gazetteer, { id: 'x', body: long, published: '2025-03-26' }, { by: 't', at: 'x' });
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
