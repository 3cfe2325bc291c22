import { createCitationFormatter, cslItem, exportCitation, selectorsFor, type ExportFormat } from './cite/index.js';
import type { Claim } from './schemas/claims.js';
import type { Citation } from './schemas/citations.js';
import type { StoreReader } from './store/types.js';

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

export async function citationsFor(store: StoreReader, claimId: string): Promise<{ claimId: string; citations: Citation[] }> {
  const citations: Citation[] = [];
  for (const { claim, stance } of await citedClaims(store, claimId)) {
    const source = await store.getSource(claim.sourceId);
    const text = await store.getSourceText(claim.sourceId);
    citations.push({
      claimId: claim.id,
      stance,
      source,
      passage: await store.getPassage(claim.passageId),
      selectors: [...selectorsFor(text, claim.quote.start, claim.quote.end)],
      csl: { ...cslItem(source) } as Record<string, unknown>,
      formatted: formatted(source),
    });
  }
  return { claimId, citations };
}

/** The cited sources (each once) in BibTeX, RIS or CSL-JSON. */
export async function exportCitations(store: StoreReader, claimId: string, format: ExportFormat): Promise<{ body: string; contentType: string }> {
  const sourceIds = [...new Set((await citedClaims(store, claimId)).map((c) => c.claim.sourceId))];
  const exports = [];
  for (const id of sourceIds) exports.push(exportCitation(await store.getSource(id), format));
  const contentType = exports[0]!.contentType;
  if (format === 'csl') {
    const items = exports.flatMap((e) => JSON.parse(e.body) as unknown[]);
    return { body: `${JSON.stringify(items, null, 2)}\n`, contentType };
  }
  return { body: exports.map((e) => e.body.trimEnd()).join('\n\n') + '\n', contentType };
}
