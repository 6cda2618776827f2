import MarkdownIt from 'markdown-it';
import { htmlToText } from './html-text.js';

// Raw HTML inside Markdown is escaped, not passed through: a <script> in a .md file ends up as
// visible text in the stored document, never as markup. Links keep their text.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Reads Markdown as plain text (emphasis, links and headings reduced to their words), with its first heading as title. */
export function markdownToText(source: string): { text: string; title?: string } {
  const tokens = md.parse(source, {});
  const heading = tokens.findIndex((t) => t.type === 'heading_open');
  const title = heading >= 0 ? tokens[heading + 1]?.content.trim() : undefined;
  const { text } = htmlToText(md.renderer.render(tokens, md.options, {}));
  return title ? { text, title } : { text };
}
