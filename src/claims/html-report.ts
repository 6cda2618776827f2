import { RATING_SCALE, ratingOf } from './claim-review.js';
import type { CheckedClaim, ClaimCheckResult, Evidence, Verdict } from './verdict.js';
import { quoted } from './quoted.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const LABEL: Record<Verdict, string> = {
  supported: 'supported',
  contradicted: 'contradicted',
  depends_on_definition: 'depends on definition',
  disputed: 'disputed',
  unverifiable: 'unverifiable',
};

/** The report's styles, for pages that embed the report body. */
export const CLAIM_REPORT_CSS = `
.tw-claims{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;max-width:60rem;margin:0 auto;padding:1rem}
.tw-claims h1{font-size:1.5rem;margin:.2rem 0}.tw-claims h2{font-size:1.15rem;margin:1.6rem 0 .6rem}
.tw-meta{color:#4a5561;font-size:.95rem}.tw-warn{background:#fff4d6;border-left:4px solid #c98a00;padding:.4rem .7rem;margin:.5rem 0}
.tw-text{white-space:pre-wrap;background:#fafbfc;border:1px solid #d8dee4;border-radius:6px;padding:1rem;font-size:.97rem}
.tw-text mark{border-radius:3px;padding:0 .1em;color:inherit}
mark.v-supported{background:#d3f3da}mark.v-contradicted{background:#ffd7d5}mark.v-depends_on_definition{background:#ffeab0}
mark.v-disputed{background:#ead9ff}mark.v-unverifiable{background:#e7eaee}
.tw-text sup a{font-size:.72em;text-decoration:none;color:#0b57d0;margin-left:.1em}
.tw-badge{display:inline-block;border-radius:999px;padding:0 .55em;font-size:.8rem;font-weight:600;white-space:nowrap}
.b-supported{background:#1a7f37;color:#fff}.b-contradicted{background:#cf222e;color:#fff}.b-depends_on_definition{background:#9a6700;color:#fff}
.b-disputed{background:#8250df;color:#fff}.b-unverifiable{background:#6e7781;color:#fff}
.tw-list{list-style:none;padding:0}.tw-list>li{border:1px solid #d8dee4;border-radius:6px;margin:.6rem 0;padding:.5rem .8rem}
.tw-list summary{cursor:pointer}.tw-quote{font-style:italic}.tw-when{color:#4a5561;font-size:.85rem;margin-right:.3rem}
.tw-ev{font-size:.93rem;margin:.4rem 0 0 1rem}.tw-ev li{margin:.25rem 0}.tw-src{color:#4a5561;font-size:.85rem}
.tw-unverified{color:#9a6700;font-size:.8rem}.tw-scale td,.tw-scale th{padding:.15rem .6rem;text-align:left;font-size:.9rem}
@media print{.tw-list details{display:block}.tw-list details>*{display:block}}
`;

/** The report's body: the text with its claims highlighted, then every claim with its verdicts and evidence. */
export function renderClaimReportBody(result: ClaimCheckResult, text: string): string {
  const warnings = result.warnings.map((w) => `<p class="tw-warn" data-code="${escapeHtml(w.code)}">${escapeHtml(w.message)}</p>`).join('');
  const counts = Object.entries(result.summary).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${LABEL[v as Verdict]}`).join(', ');
  return [
    `<p class="tw-meta">Checked as of <strong>${escapeHtml(result.text_date)}</strong> (${dateSource(result)}) and today, <strong>${escapeHtml(result.today)}</strong>. ${result.claims.length} claim${result.claims.length === 1 ? '' : 's'}${counts ? `: ${escapeHtml(counts)}` : ''}.</p>`,
    warnings,
    `<h2>The text</h2><div class="tw-text">${highlight(text, result.claims)}</div>`,
    `<h2>Claims</h2><ol class="tw-list">${result.claims.map(claimItem).join('')}</ol>`,
    `<h2>Rating scale</h2><table class="tw-scale"><tr><th>rating</th><th>meaning</th></tr>${RATING_SCALE.map((r) => `<tr><td>${r.value} ${escapeHtml(r.name)}</td><td>${escapeHtml(r.meaning)}</td></tr>`).join('')}<tr><td>—</td><td>unverifiable: the record cannot judge the claim (the reason is given)</td></tr></table>`,
  ].join('\n');
}

/** A whole HTML document: the report for a checked text. Pure: returns a string. */
export function renderClaimReportHtml(result: ClaimCheckResult, text: string, options: { readonly title?: string } = {}): string {
  const title = options.title ?? 'Claim check';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — treatywatch</title><style>${CLAIM_REPORT_CSS}</style></head>
<body><main class="tw-claims"><h1>${escapeHtml(title)}</h1>
${renderClaimReportBody(result, text)}
</main></body></html>
`;
}

function dateSource(r: ClaimCheckResult): string {
  return r.text_date_source === 'dateline' ? 'the text’s own date' : r.text_date_source === 'given' ? 'the date given' : 'the text gives no date: today';
}

// Cuts the text at every claim boundary; each piece is marked with the first claim that covers it.
function highlight(text: string, claims: readonly CheckedClaim[]): string {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.start, c.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const ends = new Map<number, CheckedClaim[]>();
  for (const c of claims) ends.set(c.end, [...(ends.get(c.end) ?? []), c]);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
    const piece = escapeHtml(text.slice(a, b));
    const cover = claims.find((c) => c.start <= a && b <= c.end);
    out += cover ? `<mark class="v-${cover.verdict}" title="${escapeHtml(`[${cover.id}] ${LABEL[cover.verdict]} as of ${cover.as_of}; ${LABEL[cover.verdict_today]} today`)}">${piece}</mark>` : piece;
    for (const c of ends.get(b) ?? []) out += `<sup><a href="#claim-${c.id}">${c.id}</a></sup>`;
  }
  return out;
}

function claimItem(c: CheckedClaim): string {
  const rating = ratingOf(c);
  const then = `<span class="tw-when">as of ${escapeHtml(c.as_of)}</span><span class="tw-badge b-${c.verdict}">${LABEL[c.verdict]}</span>`;
  const now = `<span class="tw-when">today</span><span class="tw-badge b-${c.verdict_today}">${LABEL[c.verdict_today]}</span>`;
  const value = c.value === null ? '' : `<p>The record: ${escapeHtml(String(c.value))}${c.convention ? ` <span class="tw-src">(${escapeHtml(c.convention.replace(/_/g, ' '))})</span>` : ''}</p>`;
  const today = c.verdict_today === c.verdict && c.value_today === c.value && !(c.after_record_horizon === true && c.as_of !== c.today) ? '' : `<p><strong>Today:</strong> ${escapeHtml(c.explanation_today)}</p>`;
  return `<li id="claim-${c.id}" data-verdict="${c.verdict}" data-verdict-today="${c.verdict_today}"${rating ? ` data-rating="${rating}"` : ''}><details><summary><strong>${c.id}.</strong> <span class="tw-quote">${escapeHtml(quoted(c.text))}</span> ${then} ${now}</summary>
<p>${escapeHtml(c.claimed)}.</p><p>${escapeHtml(c.explanation)}</p>${today}${value}
${c.evidence.length > 0 ? `<ul class="tw-ev">${c.evidence.map(evidenceItem).join('')}</ul>` : ''}</details></li>`;
}

function evidenceItem(e: Evidence): string {
  const sources = e.sources.map((s) => {
    const label = escapeHtml([s.publisher, s.title ? `“${s.title}”` : '', s.date].filter(Boolean).join(', ') || s.id);
    const link = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${label}</a>` : label;
    return `${link}${s.quote ? ` — <q>${escapeHtml(s.quote)}</q>` : ''}`;
  });
  return `<li>${escapeHtml(e.description)}${e.verified ? '' : ' <span class="tw-unverified">(unverified)</span>'}${sources.length > 0 ? `<div class="tw-src">${sources.join('<br>')}</div>` : ''}</li>`;
}
