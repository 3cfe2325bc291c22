import { extract } from '../extract/index.js';
import { detectLanguage } from '../detect-language.js';
import { contentHash } from '../ids.js';
import type { PreparedSource, SourceInput } from './ingest.js';
import { citableOf, likelyId } from './citable.js';
import { buildReferences, warmUpReferences } from '../cite/references.js';

/**
 * The pure half of an ingest: content hash, extraction, (when the caller gave none) the
 * detected language, and the formatted references (APA, MLA, Chicago, BibTeX, RIS). It loads the
 * extractor, its lexicon, the language model and the citation styles, so the server
 * runs it in a worker process (prepare-pool.ts) and imports this module only when it has none.
 */
export async function prepareSource(input: SourceInput): Promise<PreparedSource> {
  const language = input.language ?? (await detectLanguage(input.text));
  warmUpReferences();
  return {
    input,
    hash: contentHash(input.text),
    extraction: extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null }),
    language,
    references: buildReferences(citableOf(input, likelyId(input), language)),
  };
}
