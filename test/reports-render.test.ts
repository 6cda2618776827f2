import { describe, expect, it } from 'vitest';
import { casualtyChart } from '../src/reports/casualty-chart.js';
import { renderHtml } from '../src/reports/render-html.js';
import { renderMarkdown } from '../src/reports/render-markdown.js';
import { type ReportDoc, cite, dateWords, derived, longDate } from '../src/reports/report-doc.js';

const src = (id: string, quote?: string) => ({ source: { id, publisher: 'Pub', title: `Title ${id}`, url: `https://example.org/${id}`, ...(quote ? { quote } : {}) } });
const doc: ReportDoc = {
  kind: 'briefing', title: 'A <b>title</b>', on: '2025-03-26',
  blocks: [
    { kind: 'paragraph', content: ['Plain *text* [x](y) ', cite('165', [src('a')], derived('Counted.')), ' and ', cite('again', [src('a')])] },
    { kind: 'quote', text: '<script>alert(1)</script>', who: [cite('Someone', [src('b', 'the "words"')])] },
    { kind: 'table', head: ['A|B'], rows: [[['x|y']]] },
  ],
};

describe('the report renderers', () => {
  it('number footnotes in reading order, reusing the number of a source cited again', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('165[^1][^2] and again[^1]');
    expect(md).toMatch(/^\[\^1\]: Pub, "Title a" \\\[a\\\] <https:\/\/example\.org\/a>$/m);
    expect(md).toMatch(/^\[\^2\]: Counted\.$/m);
    expect(md).toMatch(/^\[\^3\]: .* — “the "words"”$/m);
  });

  it('print text from sources as written: Markdown syntax and HTML are escaped', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('Plain \\*text\\* \\[x\\](y)');
    expect(md).toContain('| A\\|B |');
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>A &lt;b&gt;title&lt;/b&gt;</title>');
    expect(html).toContain('165<sup class="fn"><a href="#fn-1">1</a>,<a href="#fn-2">2</a></sup>');
    expect(html).toContain('<li id="fn-3">Pub, &quot;Title b&quot; [b]. <a href="https://example.org/b">https://example.org/b</a> <q>the &quot;words&quot;</q></li>');
  });

  it('write dates as words without any time zone', () => {
    expect([longDate('2025-12-27'), longDate('2025-01'), dateWords('by 2025-01-17'), dateWords('2025'), dateWords('open')]).toEqual(['27 December 2025', 'January 2025', 'by 17 January 2025', '2025', 'open']);
  });

  it('draw one bar per year with a figure and leave gaps for the others', () => {
    const f = (year: number, total: number) => ({ id: `f${year}`, year, reportId: 'r', total, sources: [], verified: true });
    const svg = casualtyChart([f(2013, 3457), f(2015, 6967)]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>3,457<');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
