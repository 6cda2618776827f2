import type { CitedSource } from '../../domain/people/cited.js';

/** Numbers cited sources as footnotes while a listing is printed, then lists them with their addresses. */
export class Notes {
  private readonly order = new Map<string, { n: number; source: CitedSource }>();

  /** Marks like `[1][3]`. */
  mark(sources: readonly CitedSource[]): string {
    const seen = new Set<string>();
    return sources.filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id))).map((s) => {
      let entry = this.order.get(s.id);
      if (!entry) {
        entry = { n: this.order.size + 1, source: s };
        this.order.set(s.id, entry);
      }
      return `[${entry.n}]`;
    }).join('');
  }

  /** The numbered list, or '' when nothing was cited. */
  render(): string {
    if (this.order.size === 0) return '';
    const lines = [...this.order.values()].map(({ n, source: s }) => {
      const head = `[${n}] ${s.publisher ?? s.id}${s.title ? `, "${s.title}"` : ''}${s.date ? `, ${s.date}` : ''}`;
      return [head, ...(s.url ? [`    ${s.url}`] : []), ...(s.quote ? [`    "${clip(s.quote)}"`] : [])].join('\n');
    });
    return ['Sources', ...lines].join('\n');
  }
}

function clip(q: string): string {
  const one = q.replace(/\s+/g, ' ');
  return one.length > 200 ? `${one.slice(0, 200)}…` : one;
}
