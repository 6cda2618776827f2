import { describe, expect, it } from 'vitest';
import { claimReviewJsonLd, ratingOf } from './claim-review.js';
import { renderClaimReportHtml } from './html-report.js';
import { wrap } from './text-report.js';
import type { CheckedClaim, ClaimCheckResult } from './verdict.js';

const claim = (over: Partial<CheckedClaim>): CheckedClaim => ({
  id: 1, start: 0, end: 4, text: '<b>', sentence: '<b> & "q"', kind: 'party_count', claimed: '165 States Parties', claim: { kind: 'party_count', treatyId: 'apmbc', count: { value: 165 } },
  as_of: '2025-03-26', verdict: 'supported', reason: null, value: 165, convention: 'both', explanation: 'ok', today: '2026-11-23', verdict_today: 'supported', value_today: 165, explanation_today: 'ok',
  evidence: [{ kind: 'event', description: 'x <script>', verified: false, sources: [{ id: 's', url: 'javascript:alert(1)', title: 't' }] }], ...over,
});
const result = (claims: CheckedClaim[]): ClaimCheckResult => ({
  text_date: '2025-03-26', text_date_source: 'dateline', today: '2026-11-23', warnings: [{ code: 'w', message: '<i>' }], claims,
  summary: { supported: 1, contradicted: 0, depends_on_definition: 0, disputed: 0, unverifiable: 0 },
});

describe('the ClaimReview rating scale', () => {
  it('rates 5 supported, 4 outdated, 3 depends on definition, 2 disputed, 1 contradicted, none unverifiable', () => {
    expect(ratingOf({ verdict: 'supported', verdict_today: 'supported' })).toBe(5);
    expect(ratingOf({ verdict: 'supported', verdict_today: 'contradicted' })).toBe(4);
    expect(ratingOf({ verdict: 'depends_on_definition', verdict_today: 'contradicted' })).toBe(3);
    expect(ratingOf({ verdict: 'disputed', verdict_today: 'disputed' })).toBe(2);
    expect(ratingOf({ verdict: 'contradicted', verdict_today: 'supported' })).toBe(1);
    expect(ratingOf({ verdict: 'unverifiable', verdict_today: 'unverifiable' })).toBeUndefined();
  });

  it('leaves unverifiable claims out of the JSON-LD', () => {
    const doc = claimReviewJsonLd(result([claim({}), claim({ id: 2, verdict: 'unverifiable', verdict_today: 'unverifiable' })]));
    expect((doc['@graph'] as unknown[]).length).toBe(1);
  });
});

describe('the HTML report', () => {
  it('escapes the text, the claims and the evidence, and links only http(s) addresses', () => {
    const html = renderClaimReportHtml(result([claim({})]), '<b> & "q"');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<i>');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('(unverified)');
  });
});

describe('wrapping for the terminal', () => {
  it('fits the width and indents continuation lines', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 20, '  ', '    ');
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines[1]?.startsWith('    ')).toBe(true);
  });
});
