// Only modules that load no citation engine: citeproc and its styles load on the first reference built.
import { claimAnnotation, type WebAnnotation } from '../cite/annotation.js';
import { cslItem } from '../cite/csl.js';
import { EXPORT_MEDIA_TYPES } from '../cite/media-types.js';
import { referenceKeyOfItem } from '../cite/reference-key.js';
import { resourceWithSelectors, selectorsFor, type PassageSelectors } from '../cite/selectors.js';
import type { CslItem, References } from '../cite/types.js';
import { NotFoundError } from '../domain/errors.js';
import type { Citation } from '../schemas/citations.js';
import type { Source } from '../schemas/sources.js';
import type { CitationPage, CitedClaim, PageQuery, Store, StoredSelectors, StoreWriter } from '../store/types.js';

type Stance = Citation['stance'];
type Cited = CitedClaim & { stance: Stance };

/** What a page of citations holds once every reference and selector is built. */
interface BuiltCitation {
  cited: Cited;
  references: References;
  selectors: PassageSelectors;
  /** The source as a CSL-JSON item. */
  csl: CslItem;
}

let referenceBuilder: Promise<typeof import('../cite/references.js')> | undefined;

/** citation-js, citeproc and the styles: loaded once, when the first reference must be built. */
function loadReferenceBuilder() {
  referenceBuilder ??= import('../cite/references.js');
  return referenceBuilder;
}

/**
 * Builds what is not stored yet (or is stale: references of metadata other than the source's
 * current) for one page of citations, and stores it so the next request reads it. Formatting
 * costs milliseconds per source and selectors a read of the source text, so each is done once
 * per source or claim, not per request. Storing is a cache fill: if it fails (the source was
 * deleted meanwhile), the answer built from the rows read is still right.
 */
async function built(store: Store, cited: Cited[]): Promise<BuiltCitation[]> {
  const references = new Map<string, References>();
  const items = new Map<string, CslItem>();
  const stale = new Map<string, Source>();
  for (const c of cited) {
    if (items.has(c.source.id)) continue;
    const item = cslItem(c.source);
    items.set(c.source.id, item);
    if (c.citation && c.citation.key === referenceKeyOfItem(item)) references.set(c.source.id, c.citation);
    else stale.set(c.source.id, c.source);
  }
  const unselected = cited.filter((c) => !c.selectors);
  if (stale.size === 0 && unselected.length === 0) {
    return cited.map((c) => ({ cited: c, references: references.get(c.source.id)!, selectors: storedSelectors(c.selectors!), csl: items.get(c.source.id)! }));
  }

  const fresh: Array<References & { sourceId: string }> = [];
  if (stale.size > 0) {
    const { buildReferences } = await loadReferenceBuilder();
    for (const source of stale.values()) {
      const r = buildReferences(source);
      references.set(source.id, r);
      fresh.push({ sourceId: source.id, ...r });
    }
  }
  const selectorsOf = new Map<string, PassageSelectors>();
  const texts = await store.sourceTexts([...new Set(unselected.map((c) => c.claim.sourceId))]);
  for (const c of unselected) {
    const text = texts.get(c.claim.sourceId);
    if (text !== undefined) selectorsOf.set(c.claim.id, selectorsFor(text, c.claim.quote.start, c.claim.quote.end));
  }
  const newSelectors = [...selectorsOf].map(([claimId, selectors]) => selectorsToStore(claimId, selectors));
  await store.write((tx) => tx.saveCitations(fresh, newSelectors)).catch(() => undefined);

  return cited.flatMap((c) => {
    const selectors = c.selectors ? storedSelectors(c.selectors) : selectorsOf.get(c.claim.id);
    // No text: the source went away between the reads; its claim is no longer citable.
    return selectors ? [{ cited: c, references: references.get(c.source.id)!, selectors, csl: items.get(c.source.id)! }] : [];
  });
}

/** The selectors of a quote in the form they are stored. */
function selectorsToStore(claimId: string, [quote, position]: PassageSelectors): StoredSelectors & { claimId: string } {
  return { claimId, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end };
}

/**
 * Stores a new source's formatted references (built before the write, see prepare.ts) and its
 * claims' selectors in the ingest transaction, so that citing any of its claims reads them and
 * formats nothing. Without references (they were built for another id, or left to the first
 * citation) only the selectors are stored and the first citation formats them. `claimIds[i]` is
 * the id of the claim quoted at `claims[i].quote` (code points of `text`); `selectors[i]`, when
 * given, its selectors as prepare.ts built them. Nothing here loads the citation engine.
 */
export async function storeCitationsOfNewSource(
  tx: StoreWriter,
  sourceId: string,
  text: string,
  claimIds: string[],
  claims: ReadonlyArray<{ quote: { start: number; end: number } }>,
  references: References | null,
  selectors?: readonly StoredSelectors[],
): Promise<void> {
  const rows = claims.map(({ quote }, i) => {
    const built = selectors?.[i];
    return built ? { claimId: claimIds[i]!, ...built } : selectorsToStore(claimIds[i]!, selectorsFor(text, quote.start, quote.end));
  });
  await tx.saveCitations(references ? [{ sourceId, ...references }] : [], rows);
}

function storedSelectors(s: StoredSelectors): PassageSelectors {
  return [
    { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
    { type: 'TextPositionSelector', start: s.start, end: s.end },
  ];
}

/** Where a claim's words are, as a Web Annotation target; URLs are absolute under `baseUrl`. */
function targetOf(source: Source, selectors: PassageSelectors, baseUrl: string) {
  return resourceWithSelectors(selectors, {
    textUrl: `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}/text`,
    articleUrl: source.url,
    language: source.language,
  });
}

/** The page's claims in citing order: the claim itself (first page only), then its peers. */
function citedOf(page: CitationPage, query: PageQuery): Cited[] {
  const peers: Cited[] = page.peers;
  return query.cursor === undefined ? [{ ...page.own, stance: 'primary' }, ...peers] : peers;
}

export interface CitationList {
  claimId: string;
  citations: Citation[];
  counts: CitationPage['counts'];
  nextCursor: string | null;
}

/**
 * The claim's own citation (`primary`, on the first page), then a page of the claims other
 * sources make in its conflict group, corroborating or contradicting it, with how many there
 * are of each in all. `baseUrl` (scheme and host, no trailing slash) makes the targets' URLs
 * absolute. The cost follows the page size, not the size of the group.
 */
export async function citationsFor(store: Store, claimId: string, baseUrl: string, query: PageQuery): Promise<CitationList> {
  const page = await store.citationPage(claimId, query);
  const citations = (await built(store, citedOf(page, query))).map(({ cited, references, selectors, csl }): Citation => {
    const target = targetOf(cited.source, selectors, baseUrl);
    return {
      claimId: cited.claim.id,
      stance: cited.stance,
      source: cited.source,
      passage: cited.passage,
      selectors: [...target.selector],
      target,
      csl,
      formatted: { apa: references.apa, mla: references.mla, chicago: references.chicago },
    };
  });
  return { claimId, citations, counts: page.counts, nextCursor: page.nextCursor };
}

/** The claim as one W3C Web Annotation on its own quote. */
export async function claimAnnotationFor(store: Store, claimId: string, baseUrl: string): Promise<WebAnnotation> {
  const page = await store.citationPage(claimId, { limit: 1 });
  const [own] = await built(store, [{ ...page.own, stance: 'primary' }]);
  // Deleted between the reads: gone, as it would be a moment later.
  if (!own) throw new NotFoundError('claim', claimId);
  return claimAnnotation({
    id: `${baseUrl}/v1/claims/${encodeURIComponent(claimId)}/citations?format=annotation`,
    statement: own.cited.claim.statement,
    created: own.cited.source.createdAt,
    target: targetOf(own.cited.source, own.selectors, baseUrl),
    generatorUrl: `${baseUrl}/openapi.json`,
  });
}

/** The sources of one page of citations, each once, with their references. */
async function citedSources(store: Store, claimId: string, query: PageQuery): Promise<Array<{ source: Source; references: References; csl: CslItem }>> {
  const page = await store.citationPage(claimId, query);
  const bySource = new Map<string, { source: Source; references: References; csl: CslItem }>();
  for (const { cited, references, csl } of await built(store, citedOf(page, query))) {
    if (!bySource.has(cited.source.id)) bySource.set(cited.source.id, { source: cited.source, references, csl });
  }
  return [...bySource.values()];
}

/** The cited sources (each once) as CSL-JSON items. */
export async function cslItemsFor(store: Store, claimId: string, query: PageQuery): Promise<CslItem[]> {
  return (await citedSources(store, claimId, query)).map(({ csl }) => csl);
}

/** The cited sources (each once) in BibTeX or RIS. */
export async function exportCitations(
  store: Store,
  claimId: string,
  format: 'bibtex' | 'ris',
  query: PageQuery,
): Promise<{ body: string; contentType: string }> {
  const bodies = (await citedSources(store, claimId, query)).map(({ references }) => references[format]);
  return { body: bodies.map((b) => b.trimEnd()).join('\n\n') + '\n', contentType: EXPORT_MEDIA_TYPES[format] };
}
