// Claim checker on labelled real texts (issue 13): test/fixtures/claims-eval/{dev,sealed}, in the
// format of the labelled set (each <slug>.txt with <slug>.json holding url, date and labels). The
// sealed part is scored here only, in aggregate: nothing about one of its texts is ever printed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export const title = 'Claim checker on labelled real texts';

const VERDICTS = ['supported', 'contradicted', 'unverifiable'];
// The labels' verdicts come first in the table, in this order.
const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);
const ratio = (n, d) => (d === 0 ? null : n / d);

/** The texts of one part: [{ text, meta }]. */
function loadPart(part) {
  const dir = new URL(`../test/fixtures/claims-eval/${part}/`, import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const txt = new URL(f.replace(/\.json$/, '.txt'), dir);
    if (!existsSync(txt)) return [];
    return [{ text: readFileSync(txt, 'utf8'), meta: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }];
  });
}

/** The claim a label is matched to: the one overlapping its span (first occurrence) the most. */
function matchOf(claims, start, end) {
  let best;
  let bestOverlap = 0;
  for (const c of claims) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Scores one part; returns the tallies (no per-text detail leaves this function). */
export function scorePart(texts, check) {
  const s = { texts: texts.length, labels: 0, found: 0, right: 0, badSpans: 0, claims: 0, unlabelled: 0, unlabelledContradicted: 0, wrongContradicted: 0, byVerdict: {}, byKind: {}, bytes: 0, seconds: 0 };
  for (const v of VERDICTS) s.byVerdict[v] = { labelled: 0, predicted: 0, correct: 0 };
  for (const { text, meta } of texts) {
    const t0 = process.hrtime.bigint();
    const result = check(text, meta.date);
    s.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    s.bytes += Buffer.byteLength(text);
    s.claims += result.claims.length;
    const matched = new Set();
    for (const label of meta.labels ?? []) {
      s.labels += 1;
      const kind = (s.byKind[label.kind] ??= { labelled: 0, found: 0, right: 0 });
      kind.labelled += 1;
      (s.byVerdict[label.verdict] ??= { labelled: 0, predicted: 0, correct: 0 }).labelled += 1;
      const start = text.indexOf(label.span);
      if (start < 0) {
        s.badSpans += 1;
        continue;
      }
      const claim = matchOf(result.claims, start, start + label.span.length);
      if (!claim) continue;
      matched.add(claim);
      s.found += 1;
      kind.found += 1;
      const bucket = (s.byVerdict[claim.verdict] ??= { labelled: 0, predicted: 0, correct: 0 });
      bucket.predicted += 1;
      if (claim.verdict === label.verdict) {
        s.right += 1;
        kind.right += 1;
        bucket.correct += 1;
      } else if (claim.verdict === 'contradicted') s.wrongContradicted += 1;
    }
    for (const c of result.claims) {
      if (matched.has(c)) continue;
      s.unlabelled += 1;
      if (c.verdict === 'contradicted') s.unlabelledContradicted += 1;
    }
  }
  return s;
}

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add }) {
  const { loadDataset } = await import('../dist/data/load-dataset.js');
  const { indexRecord } = await import('../dist/domain/record-index.js');
  const { checkText, loadClaimFacts } = await import('../dist/claims/index.js');
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const index = indexRecord(loaded.value);
  const facts = loadClaimFacts(index);
  // The text's own date is the claim's date unless it says otherwise; today is fixed after every text.
  const check = (text, date) => checkText(index, text, { asOf: date, today: date, facts });

  for (const part of ['dev', 'sealed']) {
    const s = scorePart(loadPart(part), check);
    // Goals are judged on the sealed part only, and only once it holds labels.
    const goal = part === 'sealed' && s.labels > 0;
    add(`${part}: texts, labels (spans not in their text)`, `${s.texts} texts, ${s.labels} labels (${s.badSpans})`, '—', null);
    add(`${part}: right verdicts of labelled (a label not found counts as wrong)`, pct(s.right, s.labels), goal ? '≥ 95 %' : '—', goal ? (ratio(s.right, s.labels) ?? 0) >= 0.95 : null);
    add(`${part}: right verdicts of found`, pct(s.right, s.found), '—', null);
    add(`${part}: labelled claims found`, pct(s.found, s.labels), goal ? '≥ 90 %' : '—', goal ? (ratio(s.found, s.labels) ?? 0) >= 0.9 : null);
    // Every verdict the checker gave or a label holds (the checker has more than the labels' three).
    for (const [v, b] of Object.entries(s.byVerdict)) {
      const target = goal && v !== 'unverifiable';
      add(`${part}: precision of ${v}`, pct(b.correct, b.predicted), target ? '≥ 98 %' : '—', target && b.predicted > 0 ? b.correct / b.predicted >= 0.98 : null);
      add(`${part}: recall of ${v}`, pct(b.correct, b.labelled), '—', null);
    }
    add(`${part}: contradicted where the label says otherwise`, String(s.wrongContradicted), '0', s.labels > 0 ? s.wrongContradicted === 0 : null);
    add(`${part}: claims found that match no label (of them contradicted)`, `${s.unlabelled} of ${s.claims} (${s.unlabelledContradicted})`, '—', null);
    for (const [kind, k] of Object.entries(s.byKind).sort()) {
      add(`${part}: kind ${kind}: found, right of labelled`, `${pct(k.found, k.labelled)}; ${pct(k.right, k.labelled)}`, '—', null);
    }
    if (s.seconds > 0) add(`${part}: checking speed (each text once, in process)`, `${(s.bytes / 1e6 / s.seconds).toFixed(2)} MB/s`, '—', null);
  }
  return { dataset: 'labelled texts in test/fixtures/claims-eval/' };
}
