import type { Block, Inline, Note, ReportDoc } from './report-doc.js';

/** One numbered footnote. */
export interface Footnote {
  readonly n: number;
  readonly note: Note;
}

/**
 * Numbers a document's notes in reading order: a source cited twice keeps its first number (a
 * different passage of it gets its own), a derivation note is numbered once per distinct text.
 */
export class FootnoteNumbers {
  private readonly byKey = new Map<string, Footnote>();

  /** The numbers for a span's notes, numbering new ones. */
  numbers(notes: readonly Note[] | undefined): number[] {
    return (notes ?? []).map((note) => {
      const key = 'derived' in note ? `d:${note.derived}` : `s:${note.source.id}:${note.source.quote ?? ''}`;
      let f = this.byKey.get(key);
      if (!f) {
        f = { n: this.byKey.size + 1, note };
        this.byKey.set(key, f);
      }
      return f.n;
    });
  }

  /** Every footnote, in number order. */
  list(): Footnote[] {
    return [...this.byKey.values()];
  }
}

/** Walks a document's inline content in reading order (so footnotes number as a reader meets them). */
export function inlinesOf(doc: ReportDoc): Inline[] {
  return doc.blocks.flatMap(blockInlines);
}

function blockInlines(b: Block): Inline[] {
  switch (b.kind) {
    case 'heading':
      return [b.text];
    case 'paragraph':
      return [...b.content];
    case 'facts':
      return b.rows.flatMap((r) => r.value);
    case 'list':
    case 'lines':
      return (b.kind === 'list' ? b.items : b.lines).flat();
    case 'table':
      return b.rows.flat(2);
    case 'quote':
      return [...b.who];
    case 'callout':
      return b.content.flat();
    case 'chart':
      return [...b.caption];
  }
}

/** A footnote's text: `Publisher, "Title", date. URL — "passage"`, or the derivation. */
export function footnoteText(note: Note): { readonly text: string; readonly url?: string; readonly quote?: string } {
  if ('derived' in note) return { text: note.derived };
  const s = note.source;
  const text = `${s.publisher ?? s.id}${s.title ? `, "${s.title}"` : ''}${s.date ? `, ${s.date}` : ''} [${s.id}]`;
  return { text, ...(s.url ? { url: s.url } : {}), ...(s.quote ? { quote: s.quote } : {}) };
}
