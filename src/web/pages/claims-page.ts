import { type CheckedClaim, type ClaimCheckResult, type Evidence, type EvidenceSource, MAX_TEXT_LENGTH, VERDICTS, type Verdict, quoted } from '../../claims/index.js';
import { VERDICT_STYLES } from '../claims-css.js';
import { sourceAnchor, when } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** What the claim checker page shows: the form as the user filled it, and the result or why the input was refused. */
export interface ClaimsView {
  readonly text?: string;
  readonly date?: string;
  readonly result?: ClaimCheckResult;
  readonly error?: { readonly code: string; readonly field: string | null; readonly message: string };
}

// A sentence from the issue's examples, offered as a link: the page answers GET too, so a check can be linked to.
const EXAMPLE = { text: 'Lithuania joined the Mine Ban Convention in 2004. 165 countries are onboard, including every EU and NATO member except the U.S.', date: '2025-03-26' };

/**
 * The claim checker: a form (works without JavaScript), then the text with every claim highlighted by
 * its verdict, and each claim expandable to its verdict as of the text's date and today, the record's
 * value, the explanation and the evidence with links to the sources. Every piece of the user's text
 * goes through `html`, so hostile text comes back inert.
 */
export function claimsPage(view: ClaimsView, links: Links): string {
  const r = view.result;
  const main = html`<h1>Check a claim</h1>
<p class="lede">Paste an article, a press release or a statement: every claim the record can judge — counts of States Parties, who joined or left and when, group membership, withdrawal rules, votes, casualty shares — is marked and checked as of the text’s date and as of today, with the evidence.</p>
${form(view, links)}
${view.error ? html`<p class="claim-error" id="claim-error" role="alert"><strong>${view.error.message}</strong> <span class="note">(${view.error.code}${view.error.field ? html`, field ${view.error.field}` : ''})</span></p>` : ''}
${r && view.text !== undefined ? report(r, view.text, links) : html`<p class="note">Or try an example: <a href="${links.page('/claims', EXAMPLE)}">“${EXAMPLE.text}” (${longDate(EXAMPLE.date)})</a>.</p>`}`;
  const title = r ? `Claims checked: ${r.claims.length}` : 'Check a claim';
  return layout({ title, description: 'Paste a text and see every checkable claim in it marked supported, contradicted or outdated, with the evidence.', path: '/claims', links }, main);
}

// The parser drops one line break right after <textarea>: one is written there, so a text that starts with a line break keeps it.
function form(view: ClaimsView, links: Links): SafeHtml {
  const bad = (field: string): string | undefined => (view.error?.field === field ? 'true' : undefined);
  return html`<form class="claim-form" action="${links.page('/claims')}" method="post">
<label for="claim-text">Text to check</label>
<p class="note" id="claim-text-hint">Up to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters. Nothing you paste is stored.</p>
<textarea id="claim-text" name="text" rows="12" required spellcheck="false" aria-describedby="claim-text-hint${bad('text') ? ' claim-error' : ''}"${attr('aria-invalid', bad('text'))}>
${view.text ?? ''}</textarea>
<div class="row"><label for="claim-date">The text’s date</label>
<input type="date" id="claim-date" name="date" value="${view.date ?? ''}" aria-describedby="claim-date-hint${bad('date') ? ' claim-error' : ''}"${attr('aria-invalid', bad('date'))}>
<span class="note" id="claim-date-hint">Optional. Without it: the date the text gives (its dateline), else today.</span></div>
<button type="submit">Check the claims</button>
</form>`;
}

function attr(name: string, value: string | undefined): SafeHtml {
  return value === undefined ? html`` : html` ${name}="${value}"`;
}

function report(r: ClaimCheckResult, text: string, links: Links): SafeHtml {
  const source = r.text_date_source === 'given' ? 'the date you gave' : r.text_date_source === 'dateline' ? 'the date the text gives' : 'the text gives no date: today';
  const counts = VERDICTS.filter((v) => r.summary[v] > 0);
  return html`<section aria-labelledby="result-h" id="result">
<h2 id="result-h">${r.claims.length === 0 ? 'No checkable claim found' : `${r.claims.length} claim${r.claims.length === 1 ? '' : 's'} checked`}</h2>
<p>As of <strong>${when(r.text_date)}</strong> (${source}) and today, <strong>${when(r.today)}</strong>.${counts.length > 0 ? html` As of the text’s date: ${counts.map((v, i) => html`${i > 0 ? ', ' : ''}${r.summary[v]} ${verdictBadge(v)}`)}.` : ''}</p>
${r.warnings.map((w) => html`<p class="claim-warn" data-code="${w.code}">${w.message}</p>`)}
<ul class="verdict-legend" aria-label="What the highlights mean">${VERDICTS.map((v) => html`<li><mark data-verdict="${v}">${VERDICT_STYLES[v].label}</mark> ${VERDICT_STYLES[v].meaning}</li>`)}<li><sup>*</sup> the verdict today differs from the verdict as of the text’s date</li></ul>
<h3>The text</h3>
<div class="claim-text" id="claim-text-marked" tabindex="0" aria-label="The text, with its claims marked">${highlight(text, r.claims)}</div>
${r.claims.length > 0 ? html`<h3>The claims</h3><p class="note">Open a claim for its verdicts, the record’s value, why, and the evidence.</p><ol class="claim-list">${r.claims.map((c) => claimItem(c, links))}</ol>` : ''}
</section>`;
}

function verdictBadge(v: Verdict): SafeHtml {
  return html`<span class="verdict" data-verdict="${v}">${VERDICT_STYLES[v].label}</span>`;
}

/**
 * The text cut at every claim boundary, each piece marked with the first claim covering it, and the
 * claim's number after its end. One sweep over the cuts, so a long text with many claims stays linear.
 */
function highlight(text: string, claims: readonly CheckedClaim[]): SafeHtml {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.start, c.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const byStart = [...claims].sort((a, b) => a.start - b.start || a.id - b.id);
  const ends = new Map<number, CheckedClaim[]>();
  for (const c of claims) ends.set(c.end, [...(ends.get(c.end) ?? []), c]);
  const pieces: SafeHtml[] = [];
  let active: CheckedClaim[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? 0;
    while (next < byStart.length && (byStart[next]?.start ?? Infinity) <= a) active.push(byStart[next++] as CheckedClaim);
    active = active.filter((c) => c.end >= b);
    const piece = text.slice(a, b);
    const cover = active.reduce<CheckedClaim | undefined>((first, c) => (first === undefined || c.id < first.id ? c : first), undefined);
    pieces.push(cover
      ? html`<mark data-claim="${cover.id}" data-verdict="${cover.verdict}" data-verdict-today="${cover.verdict_today}" title="${`${cover.id}: ${VERDICT_STYLES[cover.verdict].label} as of ${cover.as_of}; ${VERDICT_STYLES[cover.verdict_today].label.toLowerCase()} today`}">${piece}</mark>`
      : html`${piece}`);
    for (const c of ends.get(b) ?? []) {
      const today = c.verdict_today === c.verdict ? '' : `; ${VERDICT_STYLES[c.verdict_today].label.toLowerCase()} today`;
      pieces.push(html`<sup><a href="#claim-${c.id}" aria-label="claim ${c.id}: ${VERDICT_STYLES[c.verdict].label.toLowerCase()}${today}">${c.id}${today ? '*' : ''}</a></sup>`);
    }
  }
  return html`${pieces}`;
}

function claimItem(c: CheckedClaim, links: Links): SafeHtml {
  const changed = c.verdict_today !== c.verdict || c.value_today !== c.value || (c.after_record_horizon === true && c.as_of !== c.today);
  return html`<li id="claim-${c.id}" data-claim="${c.id}" data-kind="${c.kind}" data-verdict="${c.verdict}" data-verdict-today="${c.verdict_today}"><details>
<summary><strong>${c.id}.</strong> <span class="quote">${quoted(c.text)}</span> <span class="when">as of ${longDate(c.as_of)}</span>${verdictBadge(c.verdict)} <span class="when">today</span>${verdictBadge(c.verdict_today)}
<span class="claimed">${c.claimed}</span></summary>
<dl>
<dt>As of ${longDate(c.as_of)}</dt><dd data-when="as-of">${verdictBadge(c.verdict)} ${c.explanation}</dd>
<dt>The record’s value</dt><dd data-value>${value(c.value, c.convention)}</dd>
<dt>Today, ${longDate(c.today)}</dt><dd data-when="today">${verdictBadge(c.verdict_today)} ${changed ? c.explanation_today : 'The same.'}</dd>
${c.value_today !== c.value ? html`<dt>The record’s value today</dt><dd data-value-today>${value(c.value_today, null)}</dd>` : ''}
<dt>In the text</dt><dd>${c.sentence}</dd>
</dl>
${c.evidence.length > 0 ? html`<h4>Evidence</h4><ul class="evidence">${c.evidence.map((e) => evidenceItem(e, links))}</ul>` : html`<p class="note">No evidence: the record holds nothing on this.</p>`}
</details></li>`;
}

function value(v: string | number | null, convention: string | null): SafeHtml {
  if (v === null) return html`<span class="note">none</span>`;
  return html`${String(v)}${convention ? html` <span class="note">(${convention.replace(/_/g, ' ')})</span>` : ''}`;
}

function evidenceItem(e: Evidence, links: Links): SafeHtml {
  // An event of a state links to that state's timeline, where the event stands with every source quoted.
  const record = e.iso3 && e.event_id ? html` · <a href="${links.page(`/states/${e.iso3}`)}#event-${e.event_id}">in the record</a>` : '';
  // The date leads unless the description already says it.
  const date = e.date && !e.description.includes(e.date) ? html`${when(e.date)}: ` : '';
  return html`<li data-evidence="${e.kind}"${attr('data-date', e.date)}>${date}${e.description}${e.verified ? '' : html` <span class="unverified">unverified</span>`}${record}
${e.sources.length > 0 ? html`<ul class="cites">${e.sources.map((s) => html`<li>${sourceItem(s, links)}</li>`)}</ul>` : ''}</li>`;
}

function sourceItem(s: EvidenceSource, links: Links): SafeHtml {
  const label = [s.publisher, s.title ? `“${s.title}”` : undefined].filter(Boolean).join(': ') || s.id;
  const url = safeUrl(s.url);
  const link = url ? html`<a href="${url}" rel="noopener noreferrer">${label}</a>` : html`<a href="${links.page('/sources')}#${sourceAnchor(s.id)}">${label}</a>`;
  return html`${link}${s.date ? html` (${s.date})` : ''}${s.quote ? html`<blockquote>${s.quote}</blockquote>` : ''}`;
}
