import { extract } from '../extract/index.js';
import { detectLanguage } from '../detect-language.js';
import { contentHash } from '../ids.js';
import type { PreparedSource, SourceInput } from './ingest.js';

/**
 * The pure half of an ingest: content hash, extraction and (when the caller gave none) the
 * detected language. It loads the extractor, its lexicon and the language model, so the server
 * runs it in a worker process (prepare-pool.ts) and imports this module only when it has none.
 */
export async function prepareSource(input: SourceInput): Promise<PreparedSource> {
  return {
    input,
    hash: contentHash(input.text),
    extraction: extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null }),
    language: input.language ?? (await detectLanguage(input.text)),
  };
}
