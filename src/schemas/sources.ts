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
    language: z.string().describe('BCP 47 language tag of the text, as given when it was added or detected from the text; "und" when undetermined.'),
    contentHash: z.string().describe('`sha256:<hex>` of the UTF-8 text.'),
    characterCount: z.number().int().nonnegative().describe('Length of the text in Unicode code points.'),
    claimCount: z.number().int().nonnegative().describe('Number of claims extracted from the text.'),
    createdAt: z.string().describe('When the source was stored (ISO 8601).'),
  })
  .meta({ id: 'Source' });

export type Source = z.infer<typeof SourceSchema>;

export const PassageSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    start: z.number().int().nonnegative().describe('Code point offset of the first character, inclusive.'),
    end: z.number().int().nonnegative().describe('Code point offset after the last character, exclusive.'),
    text: z.string().describe('Exactly the source text between start and end.'),
    prefix: z.string().describe('Up to 32 code points of source text before the passage.'),
    suffix: z.string().describe('Up to 32 code points of source text after the passage.'),
    paragraph: z.number().int().nonnegative().describe('0-based index of the paragraph the passage sits in.'),
  })
  .meta({ id: 'Passage' });

export type Passage = z.infer<typeof PassageSchema>;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function isRealDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (!m[3]) return true;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // Date.UTC would read years 0–99 as 1900–1999
  return d.getUTCMonth() === Number(m[2]) - 1;
}

/** Largest text accepted, in UTF-8 bytes; larger texts are answered 413. */
export const MAX_TEXT_BYTES = 1_000_000;

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

export const SourceInputSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a slug: lowercase letters, digits and hyphens, at most 100 characters')
      .optional()
      .describe('Slug to store the source under; derived from the title when absent.'),
    title: z.string().trim().min(1).max(500).refine(wellFormed, 'must be valid Unicode (no lone surrogates)'),
    authors: z.array(z.string().trim().min(1).max(200).refine(wellFormed, 'must be valid Unicode')).max(50).optional(),
    publisher: z.string().trim().min(1).max(200).refine(wellFormed, 'must be valid Unicode').nullable().optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048).nullable().optional(),
    publishedAt: z
      .string()
      .refine(isRealDate, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional()
      .describe('Publication date, possibly partial; relative periods ("last year") resolve against it.'),
    language: z
      .string()
      .max(35)
      .refine(isLanguageTag, 'must be a BCP 47 language tag, e.g. "en", "ru", "zh-Hant"')
      .transform((tag) => Intl.getCanonicalLocales(tag)[0]!)
      .optional()
      .describe('BCP 47 language tag of the text; detected from the text when absent ("und" when it cannot be told).'),
    text: z
      .string()
      .min(1, 'must not be empty')
      .refine(wellFormed, 'must be valid Unicode (no lone surrogates)')
      .describe('The full text, stored byte for byte; at most 1 MB of UTF-8.'),
  })
  .meta({ id: 'NewSource' });

export type SourceInput = z.infer<typeof SourceInputSchema>;
