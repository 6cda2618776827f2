import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { checkText, claimCheckResultSchema, loadClaimFacts, renderClaimReportHtml } from '../src/claims/index.js';
import { CORPUS, shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const facts = loadClaimFacts(index);
const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(CORPUS + f, 'utf8'));
// Sentences of the corpus, shuffled and cut: hostile text made of real claims' parts.
const pieces = corpus.join('\n').split(/(?<=[.!?\n])/u);

function check(text: string, asOf?: string): void {
  const r = checkText(index, text, { today: '2026-11-23', facts, ...(asOf ? { asOf } : {}) });
  claimCheckResultSchema.parse(r);
  for (const c of r.claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.explanation.length).toBeGreaterThan(0);
  }
  expect(renderClaimReportHtml(r, text)).toContain('</html>');
}

describe('checking random and hostile text', () => {
  it('never crashes on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => check(t)), { numRuns: 200 });
  });

  it('never crashes on corpus sentences cut, shuffled and joined, on any date', () => {
    const text = fc.array(fc.tuple(fc.integer({ min: 0, max: pieces.length - 1 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { maxLength: 25 })
      .map((xs) => xs.map(([i, a, b]) => (pieces[i] ?? '').slice(Math.min(a, b), Math.max(a, b) + 40)).join(' '));
    const date = fc.date({ min: new Date('1997-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(text, date, (t, d) => check(t, d)), { numRuns: 150 });
  });

  it('takes time linear in the length of the text', () => {
    const base = corpus.join('\n\n');
    const small = base.repeat(3);
    const large = base.repeat(12);
    const time = (t: string): number => {
      const s = performance.now();
      checkText(index, t, { today: '2026-11-23', facts });
      return performance.now() - s;
    };
    let [a, b] = [Infinity, Infinity];
    for (let i = 0; i < 4; i += 1) {
      a = Math.min(a, time(small));
      b = Math.min(b, time(large));
    }
    expect(b / Math.max(a, 2), `${a.toFixed(0)} ms → ${b.toFixed(0)} ms for 4× the text`).toBeLessThan(10);
  });
});
