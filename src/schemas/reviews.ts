import { z } from 'zod';
import { ClaimSchema } from './claims.js';

import { DISMISS_REASONS, REVIEW_STATES } from '../domain/enums.js';

export const ReviewStateSchema = z
  .enum(REVIEW_STATES)
  .describe(
    '`open`: not reviewed (or reopened). `confirmed`: a real discrepancy. `dismissed`: not one (see `reason`). `explained`: both ' +
      'figures are right under different definitions. `resolved`: the reviewer accepts one value, supported by a claim or source. ' +
      '`stale`: re-judging changed the group after it was reviewed (`changes` says how); it needs a new review.',
  );

const Note = z.string().trim().min(1).max(2000);
const ClaimIdRef = z.string().min(1).max(200);

const SnapshotSchema = z.object({
  status: z.string().nullable().describe('The conflict’s status then; null when the group no longer existed.'),
  members: z.array(z.object({ claimId: z.string(), sourceId: z.string(), value: z.number(), unit: z.string() })),
});

export const ConflictReviewSchema = z
  .object({
    id: z.number().int().describe('Position in the review history (increasing).'),
    conflictId: z.string(),
    state: ReviewStateSchema,
    reason: z.enum(DISMISS_REASONS).nullable().describe('Why a conflict was dismissed.'),
    note: z.string().nullable(),
    accepted: z
      .object({
        value: z.number().describe('The value the reviewer accepts, in `unit`.'),
        unit: z.string(),
        claimId: z.string().nullable().describe('The claim that supports it.'),
        sourceId: z.string().nullable().describe('The source that supports it.'),
      })
      .nullable()
      .describe('For `resolved`: the accepted value and its support.'),
    author: z.string().describe('Name of the key that made the review; `system` for a stale mark.'),
    requestId: z.string().nullable(),
    createdAt: z.string(),
    snapshot: SnapshotSchema.describe('The group as it stood when this entry was written.'),
    changes: z.record(z.string(), z.unknown()).nullable().describe('For `stale`: members added or removed, values and status changed.'),
  })
  .meta({ id: 'ConflictReview' });

export type ConflictReview = z.infer<typeof ConflictReviewSchema>;

export const ReviewSummarySchema = z
  .object({
    state: ReviewStateSchema,
    reviewId: z.number().int().nullable(),
    author: z.string().nullable(),
    at: z.string().nullable(),
  })
  .meta({ id: 'ReviewSummary', description: 'The conflict’s current review state: its latest review, or `open` when never reviewed.' });

export const ReviewInputSchema = z
  .discriminatedUnion('state', [
    z.strictObject({ state: z.literal('open'), note: Note.optional() }).describe('Reopen.'),
    z.strictObject({ state: z.literal('confirmed'), note: Note.optional() }),
    z
      .strictObject({
        state: z.literal('dismissed'),
        reason: z.enum(DISMISS_REASONS),
        note: Note.optional(),
        claimIds: z
          .array(ClaimIdRef)
          .min(2)
          .max(50)
          .optional()
          .describe(
            'For `different-proposition`: the members that state different propositions; each pair of them is never grouped again. Default: every member.',
          ),
      })
      .describe('Not a discrepancy.'),
    z.strictObject({ state: z.literal('explained'), note: Note.describe('How both figures can be right.') }),
    z
      .strictObject({
        state: z.literal('resolved'),
        value: z.number().finite().describe('The value the reviewer accepts.'),
        unit: z.string().min(1).max(32).optional().describe('Defaults to the conflict’s unit.'),
        claimId: ClaimIdRef.optional().describe('The claim that supports the value.'),
        sourceId: z.string().min(1).max(200).optional().describe('The source that supports the value.'),
        note: Note.optional(),
      })
      .refine((b) => b.claimId !== undefined || b.sourceId !== undefined, {
        message: 'name the claimId or sourceId that supports the value',
        path: ['claimId'],
      }),
  ])
  .meta({ id: 'ReviewRequest' });

export type ReviewInput = z.infer<typeof ReviewInputSchema>;

const PARTIAL_OR_FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const IsoDate = z
  .string()
  .regex(PARTIAL_OR_FULL_DATE, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is no calendar date');

export const CorrectionInputSchema = z
  .strictObject({
    reason: Note.describe('Why the extraction was wrong.'),
    metric: z.string().min(1).max(200).optional().describe('The proposition the claim states: the key of a known metric (`GET /v1/metrics`).'),
    period: z
      .strictObject({ start: IsoDate, end: IsoDate, label: z.string().trim().min(1).max(100) })
      .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] })
      .optional()
      .describe('The period the figure refers to.'),
    value: z.number().finite().optional().describe('The figure in base units.'),
    unit: z.string().min(1).max(32).optional(),
    excluded: z.boolean().optional().describe('True splits the claim out of every group; false puts it back.'),
  })
  .refine((b) => b.metric !== undefined || b.period !== undefined || b.value !== undefined || b.unit !== undefined || b.excluded !== undefined, {
    message: 'correct at least one of metric, period, value, unit or excluded',
    path: ['reason'],
  })
  .meta({ id: 'CorrectionRequest' });

export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;

export const OverrideSchema = z.object({
  metric: z.string().nullable(),
  period: z.object({ start: z.string(), end: z.string(), label: z.string() }).nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  excluded: z.boolean(),
  reason: z.string(),
  author: z.string(),
  updatedAt: z.string(),
});

export const CorrectionSchema = z
  .object({
    claimId: z.string(),
    extracted: ClaimSchema.describe('The claim as extracted, unchanged.'),
    override: OverrideSchema.describe('What the reviewers corrected (null fields keep the extraction).'),
    effective: z
      .object({
        metric: z.string().nullable(),
        period: z.object({ start: z.string().nullable(), end: z.string().nullable(), label: z.string() }).nullable(),
        value: z.number(),
        unit: z.string(),
        comparable: z.boolean(),
      })
      .describe('What conflicts are judged on: override ?? extraction.'),
  })
  .meta({ id: 'Correction' });

export type Correction = z.infer<typeof CorrectionSchema>;

const CreativeWorkSchema = z.object({
  '@type': z.literal('CreativeWork'),
  url: z.string().describe('The source’s URL (its API URL when it has none).'),
  headline: z.string(),
  text: z.string().describe('The exact words of the source that state the figure.'),
  publisher: z.object({ '@type': z.literal('Organization'), name: z.string() }).optional(),
});

const ClaimReviewBody = {
  '@type': z.literal('ClaimReview'),
  url: z.string(),
  claimReviewed: z.string(),
  itemReviewed: z.object({ '@type': z.literal('Claim'), appearance: z.array(CreativeWorkSchema) }),
  reviewRating: z
    .object({
      '@type': z.literal('Rating'),
      ratingValue: z.number().int().min(1).max(5),
      bestRating: z.literal(5),
      worstRating: z.literal(1),
      alternateName: z.string(),
      ratingExplanation: z.string(),
    })
    .describe(
      'One scale, 1–5. A conflict’s review rates "these sources differ": 5 Confirmed discrepancy, 4 Resolved, 3 Explained, ' +
        '1 Not a discrepancy. A claim’s review (in a resolved conflict) rates its statement: 5 Accurate (its wording allows the ' +
        'accepted value), 1 Inaccurate.',
    ),
  reviewBody: z.string().optional(),
  author: z.object({ '@type': z.literal('Person'), name: z.string().describe('Name of the reviewer’s key.') }),
  datePublished: z.string().describe('Date of the verdict (YYYY-MM-DD).'),
};

export const ClaimReviewSchema = z
  .object({ '@context': z.literal('https://schema.org'), ...ClaimReviewBody })
  .meta({ id: 'ClaimReview', description: 'A schema.org ClaimReview, served as application/ld+json.' });

export const ClaimReviewListSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ItemList'),
    numberOfItems: z.number().int().nonnegative(),
    itemListElement: z.array(z.object(ClaimReviewBody)),
  })
  .meta({ id: 'ClaimReviewList' });
