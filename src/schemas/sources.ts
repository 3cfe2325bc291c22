import { z } from 'zod';

export const SourceSchema = z
  .object({
    id: z.string().describe('Stable slug identifying the source.'),
    title: z.string(),
    authors: z.array(z.string()).describe('Authors in byline order; empty when unknown.'),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable().describe('ISO 8601 publication date, possibly partial ("2024", "2024-05", "2024-05-17").'),
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

const NONCHARACTER_PLANES = Array.from({ length: 17 }, (_, plane) => plane * 0x10000);
/**
 * Code points refused in metadata people read (titles, authors, publishers): C0 controls other
 * than tab and newline, DEL and C1 controls, the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that can make text display as something it is not,
 * and noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
 */
export const UNSAFE_METADATA_CHARACTER = new RegExp(
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF' +
    NONCHARACTER_PLANES.map((base) => `\\u{${(base + 0xfffe).toString(16)}}\\u{${(base + 0xffff).toString(16)}}`).join('') +
    ']',
  'u',
);

/** The first unsafe code point of a metadata string, as `U+XXXX`, or undefined. */
export function unsafeCharacterIn(value: string): string | undefined {
  const m = UNSAFE_METADATA_CHARACTER.exec(value);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

function refuseUnsafe(value: string, ctx: z.RefinementCtx): void {
  const found = unsafeCharacterIn(value);
  if (found) {
    ctx.addIssue({
      code: 'custom',
      message: `must not contain control characters (other than tab and newline), bidirectional overrides or isolates, or noncharacters; found ${found}`,
    });
  }
}

/** A metadata string: trimmed, well-formed Unicode, none of UNSAFE_METADATA_CHARACTER. */
const metadataText = (max: number) =>
  z.string().trim().min(1).max(max).refine(wellFormed, 'must be valid Unicode (no lone surrogates)').superRefine(refuseUnsafe);

export const SourceInputSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a slug: lowercase letters, digits and hyphens, at most 100 characters')
      .optional()
      .describe('Slug to store the source under; derived from the title when absent.'),
    title: metadataText(500),
    authors: z.array(metadataText(200)).max(50).optional(),
    publisher: metadataText(200).nullable().optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048)
      .superRefine(refuseUnsafe)
      .nullable()
      .optional(),
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

/** Most items one `POST /v1/sources:batch` takes; larger imports send several batches. */
export const MAX_BATCH_ITEMS = 1000;
/** Largest batch body, in bytes. */
export const MAX_BATCH_BYTES = 32 * 1024 * 1024;

const ItemProblemSchema = z.object({
  status: z.number().int().describe('The status this item alone would have been answered with (400, 409, 413).'),
  detail: z.string().describe('What was wrong with the item.'),
  errors: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('For validation failures: each offending field of the item (`items.<index>.<field>`) and what is wrong with it.'),
});

export const SourceBatchResultSchema = z
  .object({
    created: z.number().int().nonnegative().describe('Items stored as new sources (status 201).'),
    duplicates: z.number().int().nonnegative().describe('Items whose text was already stored, or given earlier in the batch (status 200).'),
    rejected: z.number().int().nonnegative().describe('Items refused (status 4xx); nothing of them was written.'),
    results: z
      .array(
        z.object({
          index: z.number().int().nonnegative().describe('Position of the item in the request (0-based; for NDJSON, among the non-blank lines).'),
          status: z.number().int().describe('201 created, 200 already stored, or the 4xx status of its problem.'),
          source: SourceSchema.optional().describe('The stored source (status 201 or 200).'),
          problem: ItemProblemSchema.optional().describe('Why the item was refused (status 4xx).'),
        }),
      )
      .describe('One result per item, in request order.'),
  })
  .meta({ id: 'SourceBatchResult' });
