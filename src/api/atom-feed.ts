import { Feed } from 'feed';
import type { ChangeEntry } from '../present/change-log.js';
import type { CitationOut } from '../present/citations.js';
import { escapeHtml, safeHref } from './html-text.js';

/** What a feed is about. */
export interface FeedMeta {
  readonly title: string;
  readonly subtitle: string;
  /** A stable id for the feed itself. */
  readonly id: string;
  /** The feed's own address and the page it is about. */
  readonly selfUrl: string;
  readonly pageUrl: string;
  /** `http://host:port`: entries link to the state's page there. */
  readonly base: string;
  /** The feed's `updated` when it has no entries. */
  readonly fallbackUpdated: Date;
  /** Set when the feed reaches past the record's horizon: entries dated after it say so. */
  readonly horizon?: { readonly completeTo: string; readonly warning: string };
}

/** Renders changes as an Atom 1.0 document. Entry text is HTML-escaped here: titles and summaries are HTML in the feed package. */
export function atomFeed(entries: readonly ChangeEntry[], meta: FeedMeta): string {
  const feed = new Feed({
    id: meta.id,
    title: meta.title,
    description: meta.subtitle,
    link: meta.pageUrl,
    feedLinks: { atom: meta.selfUrl },
    updated: entries[0] === undefined ? meta.fallbackUpdated : new Date(entries[0].at),
    generator: 'treatywatch',
  });
  for (const e of entries) {
    feed.addItem({
      id: e.id,
      title: escapeHtml(e.title),
      link: e.iso3 === undefined ? `${meta.base}/` : `${meta.base}/states/${e.iso3}`,
      date: new Date(e.at),
      description: escapeHtml(e.summary),
      content: contentHtml(e, meta.horizon && e.kind === 'status_change' && e.at.slice(0, 10) > meta.horizon.completeTo ? meta.horizon.warning : undefined),
      author: [{ name: e.author }],
    });
  }
  return feed.atom1();
}

function contentHtml(e: ChangeEntry, late: string | undefined): string {
  const sources = e.sources.map((c) => `<li>${citation(c)}</li>`).join('');
  return `<p>${escapeHtml(e.summary)}</p>${late ? `<p class="horizon">${escapeHtml(late)}</p>` : ''}${sources ? `<p>Sources:</p><ul>${sources}</ul>` : ''}<p>Events: ${e.eventIds.slice(0, 20).map(escapeHtml).join(', ')}</p>`;
}

function citation(c: CitationOut): string {
  const label = escapeHtml([c.publisher, c.title ? `“${c.title}”` : undefined, c.date].filter(Boolean).join(', ') || c.id);
  const href = safeHref(c.url);
  const quote = c.quote ? ` — “${escapeHtml(c.quote.length > 400 ? `${c.quote.slice(0, 400)}…` : c.quote)}”` : '';
  return `${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}${quote}`;
}
