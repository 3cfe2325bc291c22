import { z } from 'zod';
import { PERIOD_RESOLUTIONS } from '../domain/enums.js';

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference identifying the problem type.'),
    title: z.string().describe('A short summary of the problem type.'),
    status: z.number().int().nonnegative().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, in words a client can act on.'),
    instance: z.string().optional().describe('The request path the problem occurred on.'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('For validation failures: each offending field and what is wrong with it.'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, served as application/problem+json.' });

/** A whole number written as plain decimal digits ("0x10", "1e3" and " 5" are not). */
export function integerParam(min: number, max: number): z.ZodType<number | undefined>;
export function integerParam(min: number, max: number, fallback: number): z.ZodType<number>;
export function integerParam(min: number, max: number, fallback?: number): z.ZodType<number | undefined> {
  const number = z.number().int().min(min).max(max);
  // Strings that are not plain digits stay strings and fail the number check: no coercion of
  // "0x10", "1e1" or " 5" the way Number() would.
  const digits = (v: unknown) => (typeof v === 'string' && /^-?\d{1,9}$/.test(v) ? Number(v) : v);
  return fallback === undefined ? z.preprocess(digits, number.optional()) : z.preprocess(digits, number.default(fallback));
}

export const ListQuerySchema = z.object({
  limit: integerParam(1, 500, 50).describe('Page size, 1..500.'),
  cursor: z.string().max(512).optional().describe('Opaque cursor from a previous page’s `nextCursor`.'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe('Cursor of the next page, or null on the last page.'),
  });
}

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200).describe('Resource identifier.') });

export const PeriodSchema = z
  .object({
    start: z.string().nullable().describe('First day of the period (ISO 8601 date), inclusive.'),
    end: z.string().nullable().describe('Last day of the period (ISO 8601 date), inclusive.'),
    label: z.string().describe('The period as a reader would say it, e.g. "2024" or "2003–2025".'),
    resolution: z
      .enum(PERIOD_RESOLUTIONS)
      .describe(
        'How the period was found: named in the text, relative to the publication date ("last year"), ' +
          'the publication date itself (nothing else dates the figure), or not at all.',
      ),
  })
  .meta({ id: 'Period' });

export const IntervalSchema = z
  .object({
    low: z.number().nullable().describe('Lowest value the wording is consistent with; null when open.'),
    high: z.number().nullable().describe('Highest value the wording is consistent with; null when open.'),
  })
  .meta({ id: 'Interval' });

export const problemResponses = {
  400: ProblemSchema,
  404: ProblemSchema,
} as const;
