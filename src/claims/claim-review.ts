import type { CheckedClaim, ClaimCheckResult } from './verdict.js';

/**
 * The rating scale of our ClaimReview output (schema.org `Rating`, worst 1, best 5):
 * 5 supported, then and today; 4 supported when written but not today (outdated);
 * 3 depends on the definition (counting deposits or entry into force, signature or deposit);
 * 2 disputed (sources disagree); 1 contradicted. Unverifiable claims get no rating and are left out.
 */
export const RATING_SCALE: readonly { readonly value: number; readonly name: string; readonly meaning: string }[] = [
  { value: 5, name: 'Supported', meaning: 'the record supports the claim as of the text’s date and today' },
  { value: 4, name: 'Outdated', meaning: 'true when written, no longer true today' },
  { value: 3, name: 'Depends on definition', meaning: 'true under one counting or dating convention, false under the other' },
  { value: 2, name: 'Disputed', meaning: 'the record’s sources disagree' },
  { value: 1, name: 'Contradicted', meaning: 'the record contradicts the claim as of the text’s date' },
];

/** The rating of a checked claim on RATING_SCALE, or undefined for an unverifiable one. */
export function ratingOf(c: Pick<CheckedClaim, 'verdict' | 'verdict_today'>): number | undefined {
  switch (c.verdict) {
    case 'supported':
      return c.verdict_today === 'contradicted' ? 4 : 5;
    case 'depends_on_definition':
      return 3;
    case 'disputed':
      return 2;
    case 'contradicted':
      return 1;
    case 'unverifiable':
      return undefined;
  }
}

/** Options for the ClaimReview document. */
export interface ClaimReviewOptions {
  /** Who reviews (default "treatywatch"). */
  readonly author?: string;
  /** Where the reviewed text was published, if known. */
  readonly url?: string;
}

/** schema.org ClaimReview JSON-LD for every rated claim of a result. */
export function claimReviewJsonLd(result: ClaimCheckResult, options: ClaimReviewOptions = {}): Record<string, unknown> {
  const reviews = result.claims.flatMap((c) => {
    const rating = ratingOf(c);
    if (rating === undefined) return [];
    const scale = RATING_SCALE.find((r) => r.value === rating);
    const today = c.verdict_today === c.verdict ? '' : ` Today (${c.today}): ${c.explanation_today}`;
    return [{
      '@type': 'ClaimReview',
      datePublished: result.today,
      claimReviewed: c.text,
      author: { '@type': 'Organization', name: options.author ?? 'treatywatch' },
      itemReviewed: {
        '@type': 'Claim',
        datePublished: result.text_date,
        appearance: { '@type': 'CreativeWork', text: c.sentence, ...(options.url ? { url: options.url } : {}) },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating,
        bestRating: 5,
        worstRating: 1,
        alternateName: scale?.name ?? '',
        ratingExplanation: `As of ${c.as_of}: ${c.explanation}${today}`,
      },
    }];
  });
  return { '@context': 'https://schema.org', '@graph': reviews };
}
