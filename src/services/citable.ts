import type { CitableSource } from '../cite/types.js';
import { slugify } from '../ids.js';
import type { SourceInput } from './ingest.js';

/** The id a source will get unless another source already holds it. */
export function likelyId(input: SourceInput): string {
  return input.id || slugify(input.title);
}

/** The citable metadata of a source as writeSource stores it. */
export function citableOf(input: SourceInput, id: string, language: string): CitableSource {
  return {
    id,
    title: input.title,
    authors: input.authors ?? [],
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    language,
  };
}
