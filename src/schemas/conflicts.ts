import { z } from 'zod';
import { PropositionSchema } from './claims.js';
import { IntervalSchema, ListQuerySchema, PeriodSchema } from './common.js';
import { ReviewSummarySchema } from './reviews.js';
import { CONFLICT_STATUS_FILTERS, CONFLICT_STATUSES, REVIEW_STATES, SEVERITIES } from '../domain/enums.js';

export const ConflictClaimSchema = z.object({
  claimId: z.string(),
  sourceId: z.string(),
  value: z.number(),
  unit: z.string(),
  interval: IntervalSchema,
  deviation: z.number().describe('(value − consensus) / consensus.'),
});

export const ConflictSchema = z
  .object({
    id: z.string().describe('Stable identifier of the proposition (metric, period, unit).'),
    metric: z.string(),
    proposition: PropositionSchema.nullable().describe('What every member states: measure, parties, stat type, basis and modality.'),
    period: PeriodSchema,
    status: z.enum(CONFLICT_STATUSES),
    severity: z.enum(SEVERITIES),
    claims: z.array(ConflictClaimSchema),
    consensus: z.object({ value: z.number(), unit: z.string(), method: z.string() }),
    spread: z.number().describe('(max − min) / consensus of the point values.'),
    explanation: z.string().describe('Who disagrees with whom and by how much, and what agrees.'),
    review: ReviewSummarySchema.describe('Where people stand on it: `GET /v1/conflicts/{id}/reviews` has the history.'),
  })
  .meta({ id: 'Conflict' });

export type Conflict = z.infer<typeof ConflictSchema>;

export const ConflictListQuerySchema = ListQuerySchema.extend({
  status: z.enum(CONFLICT_STATUS_FILTERS).default('discrepancy'),
  severity: z.enum(SEVERITIES).optional(),
  metric: z.string().max(200).optional(),
  measure: z.string().max(100).optional().describe('Only conflicts over this measure (e.g. `trade`).'),
  entity: z.string().max(100).optional().describe('Only conflicts about this entity, as subject or counterpart.'),
  review: z.enum(REVIEW_STATES).optional().describe('Only conflicts in this review state (`open` includes never reviewed).'),
});
