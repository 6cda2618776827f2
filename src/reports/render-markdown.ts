import { FootnoteNumbers, footnoteText } from './footnotes.js';
import type { Block, Inline, ReportDoc } from './report-doc.js';

/** Renders a report as Markdown with `[^n]` footnotes (GitHub, Pandoc and markdown-it-footnote read them). Pure. */
export function renderMarkdown(doc: ReportDoc): string {
  const notes = new FootnoteNumbers();
  const inline = (content: readonly Inline[]): string => content.map((c) => span(c, notes)).join('');
  const out = [`# ${esc(doc.title)}`, ''];
  if (doc.subtitle) out.push(`*${esc(doc.subtitle)}*`, '');
  for (const b of doc.blocks) out.push(...block(b, inline), '');
  const list = notes.list();
  if (list.length > 0) {
    out.push('---', '', '**Sources and notes**', '');
    for (const f of list) {
      const t = footnoteText(f.note);
      out.push(`[^${f.n}]: ${esc(t.text)}${t.url ? ` <${t.url}>` : ''}${t.quote ? ` — “${esc(oneLine(t.quote))}”` : ''}`);
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function block(b: Block, inline: (c: readonly Inline[]) => string): string[] {
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${esc(b.text)}`];
    case 'paragraph':
      return [inline(b.content)];
    case 'facts':
      return [`**${esc(b.title)}**`, '', '| | |', '|---|---|', ...b.rows.map((r) => `| ${cell(esc(r.label))} | ${cell(inline(r.value))} |`)];
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`);
    case 'table':
      return [`| ${b.head.map((h) => cell(esc(h))).join(' | ')} |`, `|${b.head.map(() => '---').join('|')}|`, ...b.rows.map((r) => `| ${r.map((c) => cell(inline(c))).join(' | ')} |`)];
    case 'quote':
      return [`> “${esc(oneLine(b.text))}”`, '>', `> — ${inline(b.who)}`];
    case 'callout':
      return [`> **${esc(b.title)}**`, '>', ...b.content.map((c) => `> - ${inline(c)}`)];
    case 'lines':
      // Two trailing spaces: a hard line break (address blocks, signatures).
      return [b.lines.map((l) => inline(l)).join('  \n')];
    case 'chart':
      return [`*${esc(b.alt)}* — ${inline(b.caption)} (the chart is drawn in the HTML and PDF versions)`];
  }
}

function span(c: Inline, notes: FootnoteNumbers): string {
  if (typeof c === 'string') return esc(c);
  let t = esc(c.text);
  if (c.href) t = `[${t}](${c.href})`;
  if (c.strong) t = `**${t}**`;
  if (c.em) t = `*${t}*`;
  return t + notes.numbers(c.notes).map((n) => `[^${n}]`).join('');
}

// Characters Markdown would read as syntax; text from sources must print as written.
function esc(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function cell(text: string): string {
  return text.replace(/\n/g, ' ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
