// Claim checking: typed claims found in English text, checked against the record as of the
// text's date and today, with verdicts, evidence, ClaimReview JSON-LD and HTML/terminal reports.
export { checkText, gazetteerOf, type CheckOptions } from './check-text.js';
export { extractClaims, EXTRACTORS } from './extract.js';
export { judge, type VerifyContext } from './verify.js';
export { claimCheckRequestSchema, claimCheckResultSchema, MAX_TEXT_LENGTH, type ClaimCheckRequest } from './schema.js';
export { claimReviewJsonLd, ratingOf, RATING_SCALE, type ClaimReviewOptions } from './claim-review.js';
export { renderClaimReportHtml, renderClaimReportBody, CLAIM_REPORT_CSS, escapeHtml } from './html-report.js';
export { renderClaimReportText, type TextReportOptions } from './text-report.js';
export { quoted } from './quoted.js';
export type { ClaimFacts } from './facts.js';
export { claimFactsOf, loadClaimFacts } from './facts-loader.js';
export { checkRequest, claimFactsFor } from './check-request.js';
export type { Claim, ClaimKind, ClaimedDate, ClaimedNumber, FoundClaim, GroupRef } from './claim.js';
export { VERDICTS, type Verdict, type Convention, type Evidence, type EvidenceSource, type Judgement, type CheckedClaim, type CheckWarning, type ClaimCheckResult } from './verdict.js';
