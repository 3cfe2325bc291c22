import { z } from 'zod';
import { integerParam } from './common.js';
import { PassageSchema, SourceSchema } from './sources.js';
import { CITATION_FORMATS, CITATION_STANCES, CSL_ITEM_TYPES } from '../domain/enums.js';

export const TextQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().describe('The quoted words, widened to whole grapheme clusters.'),
    prefix: z
      .string()
      .describe('Whole grapheme clusters before the quote: at least 32 code points (fewer at the text’s start), more where needed to make the quote unique.'),
    suffix: z
      .string()
      .describe('Whole grapheme clusters after the quote: at least 32 code points (fewer at the text’s end), more where needed to make the quote unique.'),
  })
  .meta({
    id: 'TextQuoteSelector',
    description:
      'prefix + exact + suffix occurs exactly once in the source text, unless the text repeats itself for more than ' +
      '1,024 code points around the quote; the TextPositionSelector is exact either way.',
  });

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative().describe('Code point offset, inclusive.'),
    end: z.number().int().nonnegative().describe('Code point offset, exclusive.'),
  })
  .meta({ id: 'TextPositionSelector' });

export const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema]);

export const SpecificResourceSchema = z
  .object({
    type: z.literal('SpecificResource'),
    source: z.object({
      id: z.string().describe('URL of the stored text (`GET /v1/sources/{id}/text`); the offsets count into it.'),
      type: z.literal('Text'),
      format: z.literal('text/plain'),
      language: z.string().optional().describe('BCP 47 language tag of the text; "und" when undetermined.'),
    }),
    scope: z.string().optional().describe('URL of the article the text was taken from, where known.'),
    selector: z.array(SelectorSchema).length(2).describe('A TextQuoteSelector, then a TextPositionSelector: two ways to find the same words.'),
  })
  .meta({ id: 'SpecificResource', description: 'A W3C Web Annotation target: the quoted span of a stored text.' });

const CslNameSchema = z.union([
  z.object({
    family: z.string(),
    given: z.string().optional(),
    'non-dropping-particle': z.string().optional(),
    suffix: z.string().optional(),
  }),
  z.object({ literal: z.string().describe('An organisation, or a person’s name as stored (not split).') }),
]);

export const CslItemSchema = z
  .object({
    id: z.string(),
    type: z.enum(CSL_ITEM_TYPES),
    title: z.string(),
    author: z.array(CslNameSchema).optional(),
    'container-title': z.string().optional(),
    URL: z.string().optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().int())).length(1) }).optional(),
    language: z.string().optional().describe('BCP 47 language tag; "und" when undetermined, so styles do not title-case the title as English.'),
  })
  .meta({ id: 'CslItem', description: 'A CSL-JSON item (citation-style-language/schema, csl-data.json).' });

export const CitationSchema = z
  .object({
    claimId: z.string().describe('The claim this citation supports.'),
    stance: z.enum(CITATION_STANCES),
    source: SourceSchema,
    passage: PassageSchema,
    selectors: z.array(SelectorSchema).describe('W3C Web Annotation selectors for the quoted words (the same as in `target`).'),
    target: SpecificResourceSchema,
    csl: CslItemSchema.describe('A CSL-JSON item for the source.'),
    formatted: z.object({ apa: z.string(), mla: z.string(), chicago: z.string() }),
  })
  .meta({ id: 'Citation' });

export const CitationListSchema = z
  .object({
    claimId: z.string(),
    citations: z
      .array(CitationSchema)
      .describe('On the first page the claim’s own citation (`primary`), then a page of its peers; later pages hold peers only.'),
    counts: z
      .object({
        corroborating: z.number().int().nonnegative().describe('Claims of other sources in the claim’s conflict group that agree with it.'),
        contradicting: z.number().int().nonnegative().describe('Claims of other sources in the claim’s conflict group that disagree with it.'),
      })
      .describe('How many peers there are in all, by stance, whatever the page size.'),
    nextCursor: z.string().nullable().describe('Cursor of the next page of peers, or null on the last page.'),
  })
  .meta({ id: 'CitationList' });

export const CslItemListSchema = z.array(CslItemSchema).meta({ id: 'CslItemList', description: 'CSL-JSON: an array of CSL items.' });

export const WebAnnotationSchema = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: z.string(),
    type: z.literal('Annotation'),
    motivation: z.literal('describing'),
    created: z.string().describe('When the claim was extracted (ISO 8601).'),
    generator: z.object({ id: z.string(), type: z.literal('Software'), name: z.string() }),
    body: z.object({
      type: z.literal('TextualBody'),
      value: z.string().describe('The claim’s statement.'),
      format: z.literal('text/plain'),
      language: z.literal('en'),
      purpose: z.literal('describing'),
    }),
    target: SpecificResourceSchema,
  })
  .meta({ id: 'WebAnnotation', description: 'A W3C Web Annotation (JSON-LD) of a claim on its quote.' });

/** `?format=` values and the media types they stand for, in the order negotiation prefers. */
export const CITATION_MEDIA_TYPES = {
  json: 'application/json',
  annotation: 'application/ld+json',
  csl: 'application/vnd.citationstyles.csl+json',
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
} as const;

export type CitationFormat = keyof typeof CITATION_MEDIA_TYPES;

export const CitationQuerySchema = z.object({
  limit: integerParam(1, 100, 20).describe('Peers per page, 1..100 (the claim’s own citation comes on top of them on the first page).'),
  cursor: z.string().max(512).optional().describe('Opaque cursor from a previous page’s `nextCursor`.'),
  format: z
    .enum(CITATION_FORMATS)
    .optional()
    .describe(
      'Overrides the `Accept` header: `json` for citations with selectors; `annotation` for the claim as a W3C Web ' +
        'Annotation (JSON-LD); `csl`, `bibtex` or `ris` for the sources of the page’s citations (each once) in that ' +
        'format. Without it the `Accept` header chooses, and JSON is the default.',
    ),
});

export type Citation = z.infer<typeof CitationSchema>;
