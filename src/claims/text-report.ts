import type { CheckedClaim, ClaimCheckResult, EvidenceSource, Verdict } from './verdict.js';
import { quoted } from './quoted.js';

/** How to render for a terminal. */
export interface TextReportOptions {
  /** ANSI colours (only when writing to a terminal and NO_COLOR is unset). */
  readonly color: boolean;
  /** Line width to wrap at. */
  readonly width: number;
  /** What the text is called ("article.txt", "standard input"). */
  readonly name?: string;
}

const WORDS: Record<Verdict, string> = { supported: 'SUPPORTED', contradicted: 'CONTRADICTED', depends_on_definition: 'DEPENDS ON DEFINITION', disputed: 'DISPUTED', unverifiable: 'UNVERIFIABLE' };
const COLOURS: Record<Verdict, string> = { supported: '32', contradicted: '31', depends_on_definition: '33', disputed: '35', unverifiable: '90' };

/** The annotated report for a terminal: each claim in its sentence, its verdicts then and today, its evidence, and the sources. Pure. */
export function renderClaimReportText(result: ClaimCheckResult, options: TextReportOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const verdict = (v: Verdict): string => paint(`1;${COLOURS[v]}`, WORDS[v]);
  const notes = new SourceNotes();
  const lines: string[] = [];
  const from = result.text_date_source === 'dateline' ? "the text's own date" : result.text_date_source === 'given' ? 'the date given' : 'no date in the text';
  lines.push(...wrap(`${options.name ? `${options.name}: ` : ''}claims checked as of ${result.text_date} (${from}) and today, ${result.today}.`, options.width, ''));
  const counts = (Object.entries(result.summary) as [Verdict, number][]).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${WORDS[v].toLowerCase()}`);
  lines.push(`${result.claims.length} claim${result.claims.length === 1 ? '' : 's'}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}.`);
  for (const w of result.warnings) lines.push(...wrap(`warning: ${w.message}`, options.width, ''));
  for (const c of result.claims) {
    lines.push('');
    const change = c.verdict_today === c.verdict ? '' : `  →  today ${verdict(c.verdict_today)}`;
    lines.push(`[${c.id}] ${verdict(c.verdict)}${change}  ${paint('2', c.kind.replace(/_/g, ' '))}`);
    lines.push(...wrap(context(c, (s) => paint('1;4', s)), options.width, '    '));
    lines.push(...wrap(`Claim: ${c.claimed}.`, options.width, '    '));
    lines.push(...wrap(`As of ${c.as_of}: ${c.explanation}`, options.width, '    '));
    if (c.verdict_today !== c.verdict || c.value_today !== c.value || (c.after_record_horizon === true && c.as_of !== c.today)) lines.push(...wrap(`Today (${c.today}): ${c.explanation_today}`, options.width, '    '));
    for (const e of c.evidence) lines.push(...wrap(`- ${e.description}${e.verified ? '' : ' (unverified)'} ${notes.mark(e.sources)}`.trimEnd(), options.width, '    ', '      '));
  }
  const sources = notes.render();
  if (sources.length > 0) lines.push('', 'Sources', ...sources.flatMap((s) => s.split('\n').flatMap((part, i) => (i === 0 ? wrap(part, options.width, '', '    ') : [part]))));
  return `${lines.join('\n')}\n`;
}

// The sentence around the claim, the claim's words marked, at most about 240 characters.
function context(c: CheckedClaim, mark: (s: string) => string): string {
  const i = c.sentence.indexOf(c.text);
  const one = (s: string): string => s.replace(/\s+/g, ' ');
  if (i < 0) return quoted(one(c.text));
  const before = one(c.sentence.slice(0, i));
  const after = one(c.sentence.slice(i + c.text.length));
  const b = before.length > 100 ? `…${before.slice(-100)}` : before;
  const a = after.length > 100 ? `${after.slice(0, 100)}…` : after;
  return `${b}«${mark(one(c.text))}»${a}`;
}

/** Word-wraps a line (ANSI codes do not count towards the width). */
export function wrap(text: string, width: number, indent: string, hanging = indent): string[] {
  // eslint-disable-next-line no-control-regex -- colour codes have no width
  const visible = (s: string): number => s.replace(/\u001b\[[\d;]*m/g, '').length;
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(/ +/)) {
    const lead = out.length === 0 ? indent : hanging;
    if (visible(line) > lead.length && visible(line) + 1 + visible(word) > width) {
      out.push(line);
      line = hanging + word;
    } else line = visible(line) > lead.length || line.length > lead.length ? `${line} ${word}` : `${line}${word}`;
  }
  out.push(line);
  return out;
}

class SourceNotes {
  private readonly order = new Map<string, { n: number; source: EvidenceSource }>();

  /** The note marks of some sources, each once: two quotations from one document are one note. */
  mark(sources: readonly EvidenceSource[]): string {
    const marks = sources.map((s) => {
      let entry = this.order.get(s.id);
      if (!entry) {
        entry = { n: this.order.size + 1, source: s };
        this.order.set(s.id, entry);
      }
      return `[${entry.n}]`;
    });
    return [...new Set(marks)].join('');
  }

  render(): string[] {
    return [...this.order.values()].map(({ n, source: s }) => {
      const head = [s.publisher, s.title ? `"${s.title}"` : '', s.date].filter(Boolean).join(', ') || s.id;
      return `[${n}] ${head}${s.url ? `\n    ${s.url}` : ''}`;
    });
  }
}
