// Measured quality of the statements (speaker, stance, quote) and vote results suggested from text:
// on the five corpus documents and on texts of our own, against the lists made by hand
// (fixtures/ingest/statements-truth.json, written from reading the documents).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDateline } from '../src/ingest/dateline.js';
import { parseDocumentMeta } from '../src/ingest/document-meta.js';
import { StatementProposalSchema, VoteProposalSchema } from '../src/ingest/people-proposal.js';
import { readDocument } from '../src/ingest/read-document.js';
import { suggestFromDocument } from '../src/ingest/suggest/suggest-from-document.js';
import { samePerson } from '../src/ingest/suggest/speakers.js';
import type { NewSuggestion } from '../src/store/suggestion-store.js';
import { buildGazetteer } from '../src/text/index.js';
import { CORPUS, shippedIndex } from './support/shipped.js';

interface TruthStatement { speaker: string; stance: string; passage: string; also?: string }
interface TruthVote { state: string; date: string; yes?: number; no?: number; abstain?: number; absent?: number; unanimous?: boolean; stage?: string; passage: string }
interface TruthDoc { file: string; statements: TruthStatement[]; votes: TruthVote[] }
const truth = JSON.parse(readFileSync(new URL('./fixtures/ingest/statements-truth.json', import.meta.url), 'utf8')) as { documents: TruthDoc[] };

const index = shippedIndex();
const gazetteer = buildGazetteer(index);

function run(file: string): { body: string; published: string | undefined; found: NewSuggestion[] } {
  const path = file.startsWith('corpus:') ? CORPUS + file.slice(7) : new URL(`./fixtures/ingest/${file}`, import.meta.url);
  const meta = parseDocumentMeta({});
  if (!meta.ok) throw new Error(meta.error.message);
  const read = readDocument(readFileSync(path), file, meta.value, { by: 'test', at: '2026-11-23T00:00:00Z', dateline: readDateline });
  if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
  return { body: read.value.body, published: read.value.published, found: suggestFromDocument(index, gazetteer, read.value, { by: 'test', at: 'now' }) };
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the /, '');
const inside = (body: string, passage: string, s: NewSuggestion) => {
  const at = body.indexOf(passage);
  expect(at, `the passage "${passage}" is in the stored text`).toBeGreaterThanOrEqual(0);
  return (s.span?.start ?? Infinity) <= at && at + passage.length <= (s.span?.end ?? -1);
};

function scoreStatements(doc: TruthDoc) {
  const { body, found } = run(doc.file);
  const left = found.filter((s) => s.type === 'statement');
  const suggested = left.length;
  const missed: TruthStatement[] = [];
  for (const t of doc.statements) {
    const k = left.findIndex((s) => {
      const p = StatementProposalSchema.parse(s.proposal);
      const who = samePerson(p.speaker, t.speaker) || fold(p.speaker) === fold(t.speaker) || (t.also !== undefined && fold(p.speaker) === fold(t.also));
      return who && p.stance === t.stance && inside(body, t.passage, s);
    });
    if (k < 0) missed.push(t);
    else left.splice(k, 1);
  }
  return { listed: doc.statements.length, suggested, hits: doc.statements.length - missed.length, missed, extra: left };
}

function scoreVotes(doc: TruthDoc) {
  const { body, found } = run(doc.file);
  const left = found.filter((s) => s.type === 'vote');
  const suggested = left.length;
  const missed: TruthVote[] = [];
  for (const t of doc.votes) {
    const k = left.findIndex((s) => {
      const p = VoteProposalSchema.parse(s.proposal);
      const counts = (['yes', 'no', 'abstain', 'absent'] as const).every((c) => p.counts[c] === t[c]);
      return p.iso3 === t.state && p.date === t.date && counts && (p.unanimous === true) === (t.unanimous === true) && p.stage === t.stage && inside(body, t.passage, s);
    });
    if (k < 0) missed.push(t);
    else left.splice(k, 1);
  }
  return { listed: doc.votes.length, suggested, hits: doc.votes.length - missed.length, missed, extra: left };
}

function total<T extends { listed: number; suggested: number; hits: number }>(rows: readonly T[]) {
  const sum = (k: 'listed' | 'suggested' | 'hits') => rows.reduce((n, r) => n + r[k], 0);
  const [listed, suggested, hits] = [sum('listed'), sum('suggested'), sum('hits')];
  return { listed, suggested, hits, recall: listed === 0 ? 1 : hits / listed, precision: suggested === 0 ? 1 : hits / suggested };
}

const corpus = truth.documents.filter((d) => d.file.startsWith('corpus:'));
const own = truth.documents.filter((d) => !d.file.startsWith('corpus:'));

describe('statements suggested from text, against the statements listed by hand', () => {
  // Goals: recall ≥ 0.8 and precision ≥ 0.9. Stance is read from wording alone, so an argument
  // whose side only the context shows ("Russia would heavily mine these territories") is missed.
  it.each([
    ['the five corpus documents', corpus],
    ['our own texts in other styles', own],
  ] as const)('%s: recall ≥ 0.8 and precision ≥ 0.9', (name, docs) => {
    const rows = docs.map((d) => ({ file: d.file, ...scoreStatements(d) }));
    const m = total(rows);
    const report = rows.map((r) => `  ${r.file}: ${r.hits}/${r.listed} found, ${r.suggested} suggested${r.missed.length ? `; missed ${r.missed.map((x) => `${x.speaker} "${x.passage.slice(0, 40)}…"`).join(', ')}` : ''}${r.extra.length ? `; extra ${r.extra.map((e) => e.summary).join(' | ')}` : ''}`);
    process.stderr.write(`statement suggestions, ${name}: recall ${m.hits}/${m.listed} = ${m.recall.toFixed(2)}, precision ${m.hits}/${m.suggested} = ${m.precision.toFixed(2)}\n${report.join('\n')}\n`);
    expect(m.recall).toBeGreaterThanOrEqual(0.8);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the question a statement answers', () => {
  // Every corpus text is about Lithuania's withdrawal (../shared/corpus/INDEX.md): a quote that names
  // Bosnia or Norway in passing is still about Lithuania leaving, never about those states.
  it('is Lithuania leaving, for every statement suggested from the corpus, and the summary says so in words', () => {
    for (const d of corpus) {
      for (const s of run(d.file).found.filter((x) => x.type === 'statement')) {
        const p = StatementProposalSchema.parse(s.proposal);
        expect(p.iso3, `${d.file}: ${s.summary}`).toBe('LTU');
        expect(s.summary, s.summary).toMatch(/^[^:]+: (for|against|undecided on) Lithuania leaving the /);
      }
    }
  });
});

describe('vote results suggested from text, against the votes listed by hand', () => {
  it('every listed vote with its counts, and no other (corpus and own texts)', () => {
    const rows = truth.documents.map((d) => ({ file: d.file, ...scoreVotes(d) }));
    const m = total(rows);
    const report = rows.filter((r) => r.missed.length + r.extra.length > 0).map((r) => `  ${r.file}: missed ${JSON.stringify(r.missed)}; extra ${r.extra.map((e) => e.summary).join(' | ')}`);
    process.stderr.write(`vote suggestions: recall ${m.hits}/${m.listed}, precision ${m.hits}/${m.suggested}\n${report.join('\n')}\n`);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('dates a statement by its document (said on or before it), and leaves an undated one for the reviewer', () => {
    const letter = run('corpus:icbl-letter-prime-minister-2025-01-17.txt').found.filter((s) => s.type === 'statement');
    expect(letter.map((s) => StatementProposalSchema.parse(s.proposal).date)).toEqual(letter.map(() => '2025-01-17'));
    const npa = run('corpus:npa-statement-lithuania-vote-2025-05.txt').found.filter((s) => s.type === 'statement');
    expect(npa.map((s) => StatementProposalSchema.parse(s.proposal).date)).toEqual([undefined]);
  });
});

describe('statements in long text', () => {
  // Many quotations, each attributed: 4× the text must take about 4× the time, not 16×.
  it.each([
    ['quotations', '“This is a dangerous and short-sighted move for all of us,” said Jane Doe. Mary Roe said she opposes the withdrawal of Estonia. ', 300],
    ['interview answers', 'Jane Doe: Leaving the Convention would be a grave mistake for Estonia. We oppose withdrawal.\nQuestion: And now?\n', 1000],
  ])('takes time linear in the number of %s', (_what, unit, base = 300) => {
    const time = (n: number): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i += 1) {
        const t = performance.now();
        suggestFromDocument(index, gazetteer, { id: 'x', body: unit.repeat(n), published: '2025-06-05' }, { by: 't', at: 'x' });
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const [small, large] = [time(base), time(4 * base)];
    expect(large / small).toBeLessThan(8);
  });
});
