import { type CheerioAPI, load } from 'cheerio/slim';

// Elements whose content is never text for a reader: code, styling, embedded objects, forms.
// Their content is dropped, never executed or kept as markup.
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head', 'button', 'select', 'textarea', 'input']);
// Elements that start a new line (the rest flow inline).
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'body', 'html',
]);

/** What an HTML page says about itself, besides its text. */
export interface HtmlMetadata {
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly url?: string;
}

/** A page as plain text (paragraphs on their own lines) and its metadata. */
export interface HtmlText {
  readonly text: string;
  readonly metadata: HtmlMetadata;
}

interface Node {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly children?: readonly Node[];
}

/** Reads an HTML page as text: scripts, styles and markup dropped, entities decoded, block elements on lines of their own. */
export function htmlToText(html: string): HtmlText {
  const $ = load(html);
  const metadata = readMetadata($);
  const out: string[] = [];
  const root = ($.root().get(0) as unknown as Node | undefined)?.children ?? [];
  for (const n of root) walk(n, out, false);
  return { text: tidy(out.join('')), metadata };
}

function walk(node: Node, out: string[], pre: boolean): void {
  if (node.type === 'text') {
    out.push(pre ? (node.data ?? '') : (node.data ?? '').replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  if (node.type !== 'tag') return; // comments, directives, <script>/<style> (their own node types)
  const name = node.name ?? '';
  if (DROP.has(name)) return;
  if (name === 'br') return void out.push('\n');
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  if (name === 'li') out.push('- ');
  if (name === 'td' || name === 'th') out.push('\t');
  for (const child of node.children ?? []) walk(child, out, pre || name === 'pre');
  if (block) out.push('\n');
}

/** Trims each line, keeps at most one blank line between paragraphs. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, (s) => (s.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function readMetadata($: CheerioAPI): HtmlMetadata {
  const meta = (selector: string): string | undefined => clean($(selector).first().attr('content'));
  const title = meta('meta[property="og:title"]') ?? clean($('title').first().text()) ?? clean($('h1').first().text());
  const publisher = meta('meta[property="og:site_name"]') ?? meta('meta[name="publisher"]');
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="dc.date"]') ?? clean($('time[datetime]').first().attr('datetime'));
  const url = clean($('link[rel="canonical"]').first().attr('href')) ?? meta('meta[property="og:url"]');
  return {
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v === undefined || v === '' ? undefined : v;
}
