import { z } from 'zod';

export const SourceSchema = z
  .object({
    id: z.string().describe('Stable slug identifying the source.'),
    title: z.string(),
    authors: z.array(z.string()).describe('Authors in byline order; empty when unknown.'),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z
      .string()
      .nullable()
      .describe('ISO 8601 publication date, possibly partial ("2024", "2024-05", "2024-05-17").'),
    language: z.string().describe('BCP 47 language tag of the text.'),
    contentHash: z.string().describe('`sha256:<hex>` of the UTF-8 text.'),
    characterCount: z.number().int().describe('Length of the text in Unicode code points.'),
    claimCount: z.number().int().describe('Number of claims extracted from the text.'),
    createdAt: z.string().describe('When the source was stored (ISO 8601).'),
  })
  .meta({ id: 'Source' });

export type Source = z.infer<typeof SourceSchema>;

export const PassageSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    start: z.number().int().describe('Code point offset of the first character, inclusive.'),
    end: z.number().int().describe('Code point offset after the last character, exclusive.'),
    text: z.string().describe('Exactly the source text between start and end.'),
    prefix: z.string().describe('Up to 32 code points of source text before the passage.'),
    suffix: z.string().describe('Up to 32 code points of source text after the passage.'),
    paragraph: z.number().int().describe('0-based index of the paragraph the passage sits in.'),
  })
  .meta({ id: 'Passage' });

export type Passage = z.infer<typeof PassageSchema>;
