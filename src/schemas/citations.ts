import { z } from 'zod';
import { PassageSchema, SourceSchema } from './sources.js';

export const SelectorSchema = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string().describe('Up to 32 code points before the quote.'),
    suffix: z.string().describe('Up to 32 code points after the quote.'),
  }),
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative().describe('Code point offset, inclusive.'),
    end: z.number().int().nonnegative().describe('Code point offset, exclusive.'),
  }),
]);

export const CitationSchema = z
  .object({
    claimId: z.string().describe('The claim this citation supports.'),
    stance: z.enum(['primary', 'corroborating', 'contradicting']),
    source: SourceSchema,
    passage: PassageSchema,
    selectors: z.array(SelectorSchema).describe('W3C Web Annotation selectors for the quoted words.'),
    csl: z.record(z.string(), z.unknown()).describe('A CSL-JSON item for the source.'),
    formatted: z.object({ apa: z.string(), mla: z.string(), chicago: z.string() }),
  })
  .meta({ id: 'Citation' });

export const CitationListSchema = z.object({ claimId: z.string(), citations: z.array(CitationSchema) }).meta({ id: 'CitationList' });

export const CitationQuerySchema = z.object({
  format: z
    .enum(['json', 'bibtex', 'ris', 'csl'])
    .default('json')
    .describe('`json` (default) for citations with selectors; `bibtex`, `ris` or `csl` for the cited sources in that format.'),
});

export type Citation = z.infer<typeof CitationSchema>;
