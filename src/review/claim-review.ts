import { toGroupUnit } from '../compare/index.js';

/**
 * The schema.org ClaimReview presenter. Ratings use one documented 1–5 scale (bestRating 5,
 * worstRating 1). For a conflict the reviewed claim is "these sources differ on this figure":
 *   5 Confirmed discrepancy — they do, and the figures cannot all be right;
 *   4 Resolved — they do, and the reviewer established the figure (reviewBody names it);
 *   3 Explained — they differ only by definition; each can be right;
 *   1 Not a discrepancy — dismissed (not the same proposition or period, or not in the source).
 * For one claim of a resolved conflict the reviewed claim is its own statement:
 *   5 Accurate — its wording allows the accepted value; 1 Inaccurate — it does not.
 */
export const CONFLICT_RATINGS = {
  confirmed: { ratingValue: 5, alternateName: 'Confirmed discrepancy' },
  resolved: { ratingValue: 4, alternateName: 'Resolved' },
  explained: { ratingValue: 3, alternateName: 'Explained' },
  dismissed: { ratingValue: 1, alternateName: 'Not a discrepancy' },
} as const;

export const CLAIM_RATINGS = {
  accurate: { ratingValue: 5, alternateName: 'Accurate' },
  inaccurate: { ratingValue: 1, alternateName: 'Inaccurate' },
} as const;

export type PublishedState = keyof typeof CONFLICT_RATINGS;
export const isPublishable = (state: string): state is PublishedState => state in CONFLICT_RATINGS;

export const SCHEMA_ORG_CONTEXT = 'https://schema.org' as const;

export interface Appearance {
  /** The source's own URL, else its URL in this API. */
  url: string;
  title: string;
  publisher: string | null;
  quote: string;
}

export interface ReviewFacts {
  state: PublishedState;
  reason: string | null;
  note: string | null;
  accepted: { value: number; unit: string; claimId: string | null; sourceId: string | null } | null;
  author: string;
  createdAt: string;
}

const scale = { '@type': 'Rating', bestRating: 5, worstRating: 1 } as const;

function creativeWork(a: Appearance) {
  return {
    '@type': 'CreativeWork' as const,
    url: a.url,
    headline: a.title,
    text: a.quote,
    ...(a.publisher ? { publisher: { '@type': 'Organization' as const, name: a.publisher } } : {}),
  };
}

function body(review: ReviewFacts, explanation: string): string {
  const parts = [review.note ?? explanation];
  if (review.accepted) parts.push(`Accepted value: ${review.accepted.value} ${review.accepted.unit}.`);
  if (review.reason) parts.push(`Reason: ${review.reason}.`);
  return parts.join(' ');
}

export function conflictClaimReview(input: { url: string; subject: string; explanation: string; review: ReviewFacts; appearances: Appearance[] }) {
  const { review } = input;
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ClaimReview' as const,
    url: input.url,
    claimReviewed: `Sources differ on ${input.subject}.`,
    itemReviewed: { '@type': 'Claim' as const, appearance: input.appearances.map(creativeWork) },
    reviewRating: { ...scale, ...CONFLICT_RATINGS[review.state], ratingExplanation: body(review, input.explanation) },
    reviewBody: body(review, input.explanation),
    author: { '@type': 'Person' as const, name: review.author },
    datePublished: review.createdAt.slice(0, 10),
  };
}

/** Whether a claim's stated interval (or value) allows the accepted value, compared in one unit. */
export function claimAllows(
  claim: { value: number; unit: string; low: number | null; high: number | null },
  accepted: { value: number; unit: string },
): boolean {
  const target = toGroupUnit(accepted.value, accepted.unit);
  const own = toGroupUnit(claim.value, claim.unit);
  if (own.unit !== target.unit) return false;
  const low = claim.low === null ? -Infinity : toGroupUnit(claim.low, claim.unit).value;
  const high = claim.high === null ? Infinity : toGroupUnit(claim.high, claim.unit).value;
  // Rounding in unit conversion must not turn an exact match into a miss.
  const slack = Math.abs(target.value) * 1e-9;
  return target.value >= Math.min(low, own.value) - slack && target.value <= Math.max(high, own.value) + slack;
}

export function claimClaimReview(input: {
  url: string;
  statement: string;
  claim: { value: number; unit: string; low: number | null; high: number | null };
  review: ReviewFacts & { accepted: NonNullable<ReviewFacts['accepted']> };
  appearance: Appearance;
}) {
  const rating = claimAllows(input.claim, input.review.accepted) ? CLAIM_RATINGS.accurate : CLAIM_RATINGS.inaccurate;
  const explanation = `The reviewer accepts ${input.review.accepted.value} ${input.review.accepted.unit}.`;
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ClaimReview' as const,
    url: input.url,
    claimReviewed: input.statement,
    itemReviewed: { '@type': 'Claim' as const, appearance: [creativeWork(input.appearance)] },
    reviewRating: { ...scale, ...rating, ratingExplanation: [input.review.note, explanation].filter(Boolean).join(' ') },
    author: { '@type': 'Person' as const, name: input.review.author },
    datePublished: input.review.createdAt.slice(0, 10),
  };
}

export type ClaimReviewDocument = ReturnType<typeof conflictClaimReview> | ReturnType<typeof claimClaimReview>;
