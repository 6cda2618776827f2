import type { RecordIndex } from '../../domain/record-index.js';
import type { Suggestion } from '../../store/suggestion-store.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** What the review page shows: the pending queue, and what came of the last decision. */
export interface ReviewView {
  readonly pending: readonly Suggestion[];
  /** Titles of the documents the suggestions were read from, by id. */
  readonly titles: ReadonlyMap<string, string>;
  readonly outcome?: string;
  readonly refusal?: { readonly status: number; readonly code: string; readonly message: string };
}

const KIND: Readonly<Record<string, string>> = { event: 'Event', statement: 'Statement', vote: 'Vote', correction: 'Correction' };

/**
 * The review queue, `/review`: each pending suggestion with the passage it was read from, a link to
 * the recorded event it repeats, and accept / reject buttons. The page is one form: the editor's
 * token is typed once at the top (a password field; sent only in the body of a POST, never in an
 * address, never shown back), and each button posts to its own suggestion.
 */
export function reviewPage(index: RecordIndex, view: ReviewView, links: Links): string {
  const items = view.pending.map((s) => item(index, view, s, links));
  const main = html`<h1>Review suggestions</h1>
<p>Events, statements and votes read from the <a href="${links.page('/library')}">stored documents</a> and the depositary’s page. Accepting one records it, citing its source, under the name of your token; rejecting keeps it with your reason, so it does not come back.</p>
${view.outcome ? html`<p class="outcome" role="status">${view.outcome}</p>` : ''}
${view.refusal ? html`<p class="refusal" role="alert"><strong>${view.refusal.code}</strong>: ${view.refusal.message}</p>` : ''}
${view.pending.length === 0 ? html`<p>Nothing is waiting for review.</p>` : html`<form method="post" action="${links.page('/review')}" class="review-form">
<div class="review-token">
<input type="text" name="username" value="treatywatch editor" autocomplete="username" hidden>
<label for="review-token">Your editor token</label><br>
<input type="password" id="review-token" name="token" autocomplete="current-password" required size="48" spellcheck="false">
<p class="note">Decisions need an editor token (an admin makes one with <code>treatywatch token create</code>). It goes only with the form you send, over POST: never in an address, never stored by this page. Without one, this page is read-only.</p>
</div>
<p>${String(view.pending.length)} pending, oldest first.</p>
<ol class="queue">${items}</ol>
</form>`}`;
  return layout({ title: 'Review suggestions', description: 'The review queue of suggested events, statements and votes.', path: '/review', links }, main);
}

function item(index: RecordIndex, view: ReviewView, s: Suggestion, links: Links): SafeHtml {
  const docTitle = s.documentId ? view.titles.get(s.documentId) : undefined;
  const passage = s.documentId && s.span ? links.page(`/library/documents/${s.documentId}`, { mark: `${s.span.start}-${s.span.end}` }) : undefined;
  const dup = s.duplicateOf ? index.events.get(s.duplicateOf) : undefined;
  return html`<li id="suggestion-${s.id}">
<p><span class="kind">${KIND[s.type] ?? s.type}</span><strong>${s.summary}</strong></p>
${s.quote ? html`<blockquote>${s.quote}</blockquote>` : ''}
<p class="suggestion-meta">#${s.id} · from ${s.documentId ? html`<a href="${passage ?? links.page(`/library/documents/${s.documentId}`)}">${docTitle ?? s.documentId}</a>` : 'the depositary’s status page'} · suggested ${s.createdAt.slice(0, 10)} by ${s.createdBy}</p>
${s.duplicateOf ? html`<p class="duplicate">Duplicates recorded event <a href="${dup ? links.page(`/states/${dup.iso3}`) + `#event-${dup.id}` : links.page('/sources')}">${s.duplicateOf}</a>: reject it, unless the record is wrong.</p>` : ''}
<div class="review-actions">
<label>Changes before accepting <input type="text" name="edits-${s.id}" placeholder="date=2025-05-08; publisher=…" size="34" autocomplete="off"></label>
<button type="submit" formaction="${links.page(`/review/${s.id}/accept`)}">Accept</button>
<label>Reason to reject <input type="text" name="reason-${s.id}" size="28" autocomplete="off"></label>
<button type="submit" formaction="${links.page(`/review/${s.id}/reject`)}" formnovalidate>Reject</button>
</div>
</li>`;
}
