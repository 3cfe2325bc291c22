import {
  claimAnnotation,
  createCitationFormatter,
  cslItem,
  exportCitation,
  specificResource,
  type CslItem,
  type ExportFormat,
  type WebAnnotation,
} from '../cite/index.js';
import type { Claim } from '../schemas/claims.js';
import type { Citation } from '../schemas/citations.js';
import type { Source } from '../schemas/sources.js';
import type { StoreReader } from '../store/types.js';

const formatted = createCitationFormatter();

/** The claim's own passage first, then the claims of other sources in its conflict groups. */
async function citedClaims(store: StoreReader, claimId: string): Promise<Array<{ claim: Claim; stance: Citation['stance'] }>> {
  const own = await store.getClaim(claimId);
  const peers = await store.conflictPeersOf(claimId);
  const ownStance = peers.find((p) => p.claimId === claimId)?.stance;
  const others = peers.filter((p) => p.claimId !== claimId);
  const claims = new Map((await store.claimsByIds([...new Set(others.map((p) => p.claimId))])).map((c) => [c.id, c]));
  const seen = new Set([claimId]);
  const cited: Array<{ claim: Claim; stance: Citation['stance'] }> = [{ claim: own, stance: 'primary' }];
  for (const p of others) {
    const claim = claims.get(p.claimId);
    if (!claim || seen.has(claim.id) || claim.sourceId === own.sourceId) continue;
    seen.add(claim.id);
    // Agreeing with this claim is corroborating, whichever side of the consensus both sit on.
    cited.push({ claim, stance: p.stance === ownStance ? 'corroborating' : 'contradicting' });
  }
  return cited;
}

/** Where a claim's words are, as a Web Annotation target; URLs are absolute under `baseUrl`. */
async function targetOf(store: StoreReader, claim: Claim, source: Source, baseUrl: string) {
  return specificResource(await store.getSourceText(claim.sourceId), claim.quote.start, claim.quote.end, {
    textUrl: `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}/text`,
    articleUrl: source.url,
    language: source.language,
  });
}

/** `baseUrl` (scheme and host, no trailing slash) makes the targets' URLs absolute. */
export async function citationsFor(store: StoreReader, claimId: string, baseUrl: string): Promise<{ claimId: string; citations: Citation[] }> {
  const citations: Citation[] = [];
  for (const { claim, stance } of await citedClaims(store, claimId)) {
    const source = await store.getSource(claim.sourceId);
    const target = await targetOf(store, claim, source, baseUrl);
    citations.push({
      claimId: claim.id,
      stance,
      source,
      passage: await store.getPassage(claim.passageId),
      selectors: [...target.selector],
      target,
      csl: cslItem(source),
      formatted: formatted(source),
    });
  }
  return { claimId, citations };
}

/** The claim as one W3C Web Annotation on its own quote. */
export async function claimAnnotationFor(store: StoreReader, claimId: string, baseUrl: string): Promise<WebAnnotation> {
  const claim = await store.getClaim(claimId);
  const source = await store.getSource(claim.sourceId);
  return claimAnnotation({
    id: `${baseUrl}/v1/claims/${encodeURIComponent(claimId)}/citations?format=annotation`,
    statement: claim.statement,
    created: source.createdAt,
    target: await targetOf(store, claim, source, baseUrl),
    generatorUrl: `${baseUrl}/openapi.json`,
  });
}

async function citedSources(store: StoreReader, claimId: string): Promise<Source[]> {
  const ids = [...new Set((await citedClaims(store, claimId)).map((c) => c.claim.sourceId))];
  const sources: Source[] = [];
  for (const id of ids) sources.push(await store.getSource(id));
  return sources;
}

/** The cited sources (each once) as CSL-JSON items. */
export async function cslItemsFor(store: StoreReader, claimId: string): Promise<CslItem[]> {
  return (await citedSources(store, claimId)).map(cslItem);
}

/** The cited sources (each once) in BibTeX or RIS. */
export async function exportCitations(store: StoreReader, claimId: string, format: Exclude<ExportFormat, 'csl'>): Promise<{ body: string; contentType: string }> {
  const exports = (await citedSources(store, claimId)).map((source) => exportCitation(source, format));
  return { body: exports.map((e) => e.body.trimEnd()).join('\n\n') + '\n', contentType: exports[0]!.contentType };
}
