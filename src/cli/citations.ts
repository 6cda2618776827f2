import type { RecordIndex } from '../domain/record-index.js';
import type { Citation } from '../domain/source.js';

export { type CitationOut, citationsOut } from '../present/citations.js';

/** Numbers sources as footnotes while a text is written, then lists them. */
export class Footnotes {
  private readonly order = new Map<string, number>();
  private readonly quotes = new Map<string, string>();
  constructor(private readonly index: RecordIndex) {}

  /** Marks like `[1][3]` for a list of citations, each source once. */
  mark(citations: readonly Citation[]): string {
    const marks = citations.map((c) => {
      let n = this.order.get(c.sourceId);
      if (n === undefined) {
        n = this.order.size + 1;
        this.order.set(c.sourceId, n);
      }
      if (c.quote && !this.quotes.has(c.sourceId)) this.quotes.set(c.sourceId, c.quote);
      return `[${n}]`;
    });
    return [...new Set(marks)].join('');
  }

  /** The numbered source list. */
  render(): string {
    return [...this.order].map(([id, n]) => {
      // The Monitor's obligation record keeps its own sources (data/monitor/obligations.json).
      const s = this.index.sources.get(id) ?? this.index.obligationSources.get(id);
      const head = s ? `${s.publisher}, "${s.title}"${s.date ? `, ${s.date}` : ''}` : id;
      const quote = this.quotes.get(id) ?? (s && 'quote' in s ? s.quote : undefined);
      return [`[${n}] ${head} (${id})`, ...(s?.url ? [`    ${s.url}`] : []), ...(quote ? [`    "${clip(quote)}"`] : [])].join('\n');
    }).join('\n');
  }
}

function clip(q: string): string {
  const one = q.replace(/\s+/g, ' ');
  return one.length > 300 ? `${one.slice(0, 300)}…` : one;
}
