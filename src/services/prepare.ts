import { extract } from '../extract/index.js';
import { detectLanguage } from '../detect-language.js';
import { contentHash } from '../ids.js';
import type { PreparedSource, SourceInput } from './ingest.js';
import { citableOf, likelyId } from './citable.js';
import { selectorsFor } from '../cite/selectors.js';
import type { References } from '../cite/types.js';

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

/** Everything but the references: content hash, language, extraction, quote selectors. */
async function prepareText(input: SourceInput): Promise<PreparedSource> {
  const language = input.language ?? (await detectLanguage(input.text));
  const extraction = extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title, publisher: input.publisher ?? null });
  return {
    input,
    hash: contentHash(input.text),
    extraction,
    language,
    references: null,
    selectors: extraction.claims.map(({ quote }) => {
      const [q, position] = selectorsFor(input.text, quote.start, quote.end);
      return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: position.start, end: position.end };
    }),
  };
}

async function referencesOf(prepared: PreparedSource): Promise<References> {
  const { input, language } = prepared;
  return (await loadReferenceBuilder()).buildReferences(citableOf(input, likelyId(input), language));
}

/**
 * The pure half of an ingest: content hash, extraction, (when the caller gave none) the
 * detected language, the claims' quote selectors and (unless told not to) the formatted
 * references (APA, MLA, Chicago, BibTeX, RIS). It loads the extractor, its lexicon, the
 * language model and the citation styles, so the server runs it in a worker process
 * (prepare-pool.ts) and imports this module only when it has none.
 */
export async function prepareSource(input: SourceInput, options: PrepareOptions = {}): Promise<PreparedSource> {
  const prepared = await prepareText(input);
  if (options.references !== false) prepared.references = await referencesOf(prepared);
  return prepared;
}

/**
 * What prepareSource gives for each task (or the error it throws), with every extraction done
 * first and then the references of all of them back to back. The result is the same; the CPU is
 * not: citeproc run between extractions costs about twice what it costs run in a row (its code
 * and data fall out of the caches and the JIT's feedback while the extractor runs), so a batch
 * of news articles prepared this way takes about a tenth less CPU than one at a time.
 */
export async function prepareSources(
  tasks: ReadonlyArray<{ input: SourceInput; options?: PrepareOptions | undefined }>,
): Promise<Array<PreparedSource | Error>> {
  const results: Array<PreparedSource | Error> = [];
  for (const { input } of tasks) results.push(await prepareText(input).catch(asError));
  for (const [i, { options }] of tasks.entries()) {
    const prepared = results[i]!;
    if (prepared instanceof Error || options?.references === false) continue;
    results[i] = await referencesOf(prepared).then((references) => ({ ...prepared, references }), asError);
  }
  return results;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
