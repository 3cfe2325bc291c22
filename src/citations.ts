import {
  claimAnnotation,
  createCitationFormatter,
  cslItem,
  exportCitation,
  specificResource,
  type CslItem,
  type ExportFormat,
  type WebAnnotation,
} from './cite/index.js';
import type { Db } from './db/client.js';
import { claimRowsByIds, getClaimRow, type ClaimRow } from './repos/claims.js';
import { conflictPeersOf } from './repos/conflicts.js';
import { getPassage } from './repos/passages.js';
import { getSource, getSourceText } from './repos/sources.js';
import type { Citation } from './schemas/citations.js';
import type { Source } from './schemas/sources.js';

const formatted = createCitationFormatter();

/** The claim's own passage first, then the claims of other sources in its conflict groups. */
function citedClaims(db: Db, claimId: string): Array<{ row: ClaimRow; stance: Citation['stance'] }> {
  const own = getClaimRow(db, claimId);
  const peers = conflictPeersOf(db, claimId);
  const ownStance = peers.find((p) => p.claimId === claimId)?.stance;
  const others = peers.filter((p) => p.claimId !== claimId);
  const rows = new Map(claimRowsByIds(db, [...new Set(others.map((p) => p.claimId))]).map((r) => [r.id, r]));
  const seen = new Set([claimId]);
  const cited: Array<{ row: ClaimRow; stance: Citation['stance'] }> = [{ row: own, stance: 'primary' }];
  for (const p of others) {
    const row = rows.get(p.claimId);
    if (!row || seen.has(row.id) || row.sourceId === own.sourceId) continue;
    seen.add(row.id);
    // Agreeing with this claim is corroborating, whichever side of the consensus both sit on.
    cited.push({ row, stance: p.stance === ownStance ? 'corroborating' : 'contradicting' });
  }
  return cited;
}

/** Where a claim's words are, as a Web Annotation target; URLs are absolute under `baseUrl`. */
function targetOf(db: Db, row: ClaimRow, source: Source, baseUrl: string) {
  return specificResource(getSourceText(db, row.sourceId), row.quoteStart, row.quoteEnd, {
    textUrl: `${baseUrl}/v1/sources/${encodeURIComponent(source.id)}/text`,
    articleUrl: source.url,
    language: source.language,
  });
}

/** `baseUrl` (scheme and host, no trailing slash) makes the targets' URLs absolute. */
export function citationsFor(db: Db, claimId: string, baseUrl: string): { claimId: string; citations: Citation[] } {
  const citations = citedClaims(db, claimId).map(({ row, stance }) => {
    const source = getSource(db, row.sourceId);
    const target = targetOf(db, row, source, baseUrl);
    return {
      claimId: row.id,
      stance,
      source,
      passage: getPassage(db, row.passageId),
      selectors: [...target.selector],
      target,
      csl: cslItem(source),
      formatted: formatted(source),
    };
  });
  return { claimId, citations };
}

/** The claim as one W3C Web Annotation on its own quote. */
export function claimAnnotationFor(db: Db, claimId: string, baseUrl: string): WebAnnotation {
  const row = getClaimRow(db, claimId);
  const source = getSource(db, row.sourceId);
  return claimAnnotation({
    id: `${baseUrl}/v1/claims/${encodeURIComponent(claimId)}/citations?format=annotation`,
    statement: row.statement,
    created: source.createdAt,
    target: targetOf(db, row, source, baseUrl),
    generatorUrl: `${baseUrl}/openapi.json`,
  });
}

function citedSources(db: Db, claimId: string): Source[] {
  return [...new Set(citedClaims(db, claimId).map((c) => c.row.sourceId))].map((id) => getSource(db, id));
}

/** The cited sources (each once) as CSL-JSON items. */
export function cslItemsFor(db: Db, claimId: string): CslItem[] {
  return citedSources(db, claimId).map(cslItem);
}

/** The cited sources (each once) in BibTeX or RIS. */
export function exportCitations(db: Db, claimId: string, format: Exclude<ExportFormat, 'csl'>): { body: string; contentType: string } {
  const exports = citedSources(db, claimId).map((source) => exportCitation(source, format));
  return { body: exports.map((e) => e.body.trimEnd()).join('\n\n') + '\n', contentType: exports[0]!.contentType };
}
