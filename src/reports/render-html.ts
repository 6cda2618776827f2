import { FootnoteNumbers, footnoteText } from './footnotes.js';
import { REPORT_CSS } from './report-style.js';
import type { Block, Inline, ReportDoc } from './report-doc.js';

/** Renders a report as one self-contained HTML page (inline CSS, print-ready for A4), footnotes linked both ways. Pure. */
export function renderHtml(doc: ReportDoc): string {
  const notes = new FootnoteNumbers();
  const inline = (content: readonly Inline[]): string => content.map((c) => span(c, notes)).join('');
  const body = doc.blocks.map((b) => block(b, inline)).join('\n');
  const list = notes.list().map((f) => {
    const t = footnoteText(f.note);
    const url = t.url ? ` <a href="${esc(t.url)}">${esc(t.url)}</a>` : '';
    const quote = t.quote ? ` <q>${esc(t.quote)}</q>` : '';
    return `<li id="fn-${f.n}">${esc(t.text)}.${url}${quote}</li>`;
  });
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(doc.title)}</title><style>${REPORT_CSS}</style></head>`,
    `<body class="${doc.kind}"><main>`,
    `<header><h1>${esc(doc.title)}</h1>${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ''}</header>`,
    body,
    list.length > 0 ? `<section class="footnotes"><h2>Sources and notes</h2><ol>${list.join('')}</ol></section>` : '',
    '</main></body></html>',
  ].join('\n');
}

function block(b: Block, inline: (c: readonly Inline[]) => string): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'facts':
      return `<aside class="facts"><h3>${esc(b.title)}</h3><dl>${b.rows.map((r) => `<dt>${esc(r.label)}</dt><dd>${inline(r.value)}</dd>`).join('')}</dl></aside>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'quote':
      return `<figure class="quote"><blockquote>“${esc(b.text)}”</blockquote><figcaption>— ${inline(b.who)}</figcaption></figure>`;
    case 'callout':
      return `<aside class="callout"><h3>${esc(b.title)}</h3><ul>${b.content.map((c) => `<li>${inline(c)}</li>`).join('')}</ul></aside>`;
    case 'lines':
      return `<p class="lines">${b.lines.map((l) => inline(l)).join('<br>')}</p>`;
    case 'chart':
      // The SVG is built by our own chart code from numbers, never from outside text.
      return `<figure class="chart" role="img" aria-label="${esc(b.alt)}">${b.svg}<figcaption>${inline(b.caption)}</figcaption></figure>`;
  }
}

function span(c: Inline, notes: FootnoteNumbers): string {
  if (typeof c === 'string') return esc(c);
  let t = esc(c.text);
  if (c.href) t = `<a href="${esc(c.href)}">${t}</a>`;
  if (c.strong) t = `<strong>${t}</strong>`;
  if (c.em) t = `<em>${t}</em>`;
  const ns = notes.numbers(c.notes);
  return ns.length === 0 ? t : `${t}<sup class="fn">${ns.map((n) => `<a href="#fn-${n}">${n}</a>`).join(',')}</sup>`;
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
