import { extract } from '../extract/index.js';
import { detectLanguage } from '../detect-language.js';
import { contentHash } from '../ids.js';
import type { PreparedSource, SourceInput } from './ingest.js';
import { citableOf, likelyId } from './citable.js';
import { selectorsFor } from '../cite/selectors.js';

export interface PrepareOptions {
  /**
   * Whether to format the references now (default) or leave them to the first citation of the
   * source, which formats and stores them. Formatting costs one to three milliseconds per
   * source — for a bulk import about a fifth of extracting a news article — and loads citation-js.
   */
  references?: boolean;
}

let referenceBuilder: Promise<typeof import('../cite/references.js')> | undefined;

/** citation-js and its styles load (a few tenths of a second and about 30 MB) when the first reference is built. */
function loadReferenceBuilder() {
  referenceBuilder ??= import('../cite/references.js').then((m) => (m.warmUpReferences(), m));
  return referenceBuilder;
}

/**
 * The pure half of an ingest: content hash, extraction, (when the caller gave none) the
 * detected language, the claims' quote selectors and (unless told not to) the formatted
 * references (APA, MLA, Chicago, BibTeX, RIS). It loads the extractor, its lexicon, the
 * language model and the citation styles, so the server runs it in a worker process
 * (prepare-pool.ts) and imports this module only when it has none.
 */
export async function prepareSource(input: SourceInput, options: PrepareOptions = {}): Promise<PreparedSource> {
  const language = input.language ?? (await detectLanguage(input.text));
  const references = options.references === false ? null : (await loadReferenceBuilder()).buildReferences(citableOf(input, likelyId(input), language));
  const extraction = extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null });
  return {
    input,
    hash: contentHash(input.text),
    extraction,
    language,
    references,
    selectors: extraction.claims.map(({ quote }) => {
      const [q, position] = selectorsFor(input.text, quote.start, quote.end);
      return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: position.start, end: position.end };
    }),
  };
}
