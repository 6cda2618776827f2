import type { TreatyEvent } from '../domain/event.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Citation } from '../domain/source.js';
import type { Status } from '../domain/status.js';
import type { Treaty } from '../domain/treaty.js';
import { longDate } from './dates.js';
import { type SafeHtml, html, safeUrl } from './html.js';
import type { Links } from './links.js';
import { STATUS_STYLES } from './palette.js';

/** A status as a labelled badge (words on a colour, never colour alone). */
export function badge(status: Status, extra = ''): SafeHtml {
  return html`<span class="badge" data-status="${status}">${STATUS_STYLES[status].label}${extra}</span>`;
}

/** The anchor of a source on the sources page. */
export function sourceAnchor(sourceId: string): string {
  return `src-${sourceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A source's title, linked to the document when it has an address. */
export function sourceLink(index: RecordIndex, sourceId: string): SafeHtml {
  const s = index.sources.get(sourceId);
  if (!s) return html`${sourceId}`;
  const url = safeUrl(s.url);
  const text = html`${s.publisher}: “${s.title}”`;
  return url ? html`<a href="${url}" rel="noopener">${text}</a>${s.date ? html` (${s.date})` : ''}` : html`${text}${s.date ? html` (${s.date})` : ''}`;
}

/** A source in a few words: its publisher, linked, the title on hover (for tables). */
export function sourceShort(index: RecordIndex, sourceId: string): SafeHtml {
  const s = index.sources.get(sourceId);
  if (!s) return html`${sourceId}`;
  const url = safeUrl(s.url);
  return url ? html`<a href="${url}" title="${s.title}" rel="noopener">${s.publisher}</a>` : html`<span title="${s.title}">${s.publisher}</span>`;
}

/** Citations as a list: each source linked, its quoted passage shown, and a link to everything the record takes from it. */
export function citations(index: RecordIndex, list: readonly Citation[], links: Links): SafeHtml {
  if (list.length === 0) return html`<p class="note unverified">No source recorded.</p>`;
  return html`<ul class="cites">${list.map((c) => html`<li>${sourceLink(index, c.sourceId)} · <a href="${links.page('/sources')}#${sourceAnchor(c.sourceId)}">what else it supports</a>${c.quote ? html`<blockquote>${c.quote}</blockquote>` : ''}</li>`)}</ul>`;
}

/** An event in words ("instrument of withdrawal deposited"). */
export function eventLabel(e: TreatyEvent): string {
  switch (e.kind) {
    case 'withdrawal':
      return 'Instrument of withdrawal deposited';
    case 'suspension_notice':
      return 'Notice of “suspension” (disputed: not an instrument of withdrawal)';
    case 'signature':
      return 'Signed';
    case 'statement_of_intent':
      return 'First public statement of intent';
    case 'government_decision':
      return 'Government decision';
    case 'joint_statement':
      return 'Joint statement';
    case 'parliamentary_vote':
      return 'Parliamentary vote';
    case 'head_of_state_signature':
      return 'Signed into law by the head of state';
    case 'armed_conflict_began':
      return 'Armed conflict began';
    case 'armed_conflict_ended':
      return 'Armed conflict ended';
    default: {
      const words = e.kind.replace(/_/g, ' ');
      const deposit = ['ratification', 'accession', 'acceptance', 'approval', 'succession', 'consent_to_be_bound'].includes(e.kind);
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${deposit ? ' deposited' : ''}`;
    }
  }
}

/** A date in words, keeping its precision, inside a <time> element. */
export function when(date: string): SafeHtml {
  return html`<time datetime="${date}">${longDate(date)}</time>`;
}

/** The name a reader knows a treaty by: its first alias ("Anti-Personnel Mine Ban Convention") unless the full name is shorter. */
export function commonName(t: Treaty): string {
  const alias = t.aliases[0];
  return alias !== undefined && alias.length < t.fullName.length ? alias : t.fullName;
}
