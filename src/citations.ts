import { createCitationFormatter, cslItem, exportCitation, selectorsFor, type ExportFormat } from './cite/index.js';
import type { Db } from './db/client.js';
import { claimRowsByIds, getClaimRow, type ClaimRow } from './repos/claims.js';
import { conflictPeersOf } from './repos/conflicts.js';
import { getPassage } from './repos/passages.js';
import { getSource, getSourceText } from './repos/sources.js';
import type { Citation } from './schemas/citations.js';

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

export function citationsFor(db: Db, claimId: string): { claimId: string; citations: Citation[] } {
  const citations = citedClaims(db, claimId).map(({ row, stance }) => {
    const source = getSource(db, row.sourceId);
    const text = getSourceText(db, row.sourceId);
    return {
      claimId: row.id,
      stance,
      source,
      passage: getPassage(db, row.passageId),
      selectors: [...selectorsFor(text, row.quoteStart, row.quoteEnd)],
      csl: { ...cslItem(source) } as Record<string, unknown>,
      formatted: formatted(source),
    };
  });
  return { claimId, citations };
}

/** The cited sources (each once) in BibTeX, RIS or CSL-JSON. */
export function exportCitations(db: Db, claimId: string, format: ExportFormat): { body: string; contentType: string } {
  const sourceIds = [...new Set(citedClaims(db, claimId).map((c) => c.row.sourceId))];
  const exports = sourceIds.map((id) => exportCitation(getSource(db, id), format));
  const contentType = exports[0]!.contentType;
  if (format === 'csl') {
    const items = exports.flatMap((e) => JSON.parse(e.body) as unknown[]);
    return { body: `${JSON.stringify(items, null, 2)}\n`, contentType };
  }
  return { body: exports.map((e) => e.body.trimEnd()).join('\n\n') + '\n', contentType };
}
