/**
 * Safeguards against calling a disagreement that is more likely our misreading of what the
 * sources state. A discrepancy says "these sources give different figures for one thing"; it is
 * only as good as the reading that put them in one group. Claims that the group's own evidence
 * makes doubtful are left out before the group is judged:
 *
 * - out of scale: a level (not a percentage) more than OUT_OF_SCALE times above or below the
 *   median of the group is a different quantity (another scope, a monthly figure beside an annual
 *   one, a part beside a whole), not the same quantity reported differently;
 * - qualified differently: when the group disagrees and the quotes themselves carry qualifiers
 *   that differ ("net" in one, "gross" in another), the figures are of different things and the
 *   group is not judged at all.
 */
import { qualifierOfForm } from '../lexicon/qualifiers.js';
import { allOverlap } from './bounds.js';
import { median } from './consensus.js';
import type { NormalizedClaim } from './types.js';
import { groupUnitOf } from './units.js';

/** How many times above or below the group's median a level may lie and still state the same quantity. */
export const OUT_OF_SCALE = 4;

function outOfScale(claims: readonly NormalizedClaim[]): Set<NormalizedClaim> {
  const out = new Set<NormalizedClaim>();
  const [first] = claims;
  if (!first || groupUnitOf(first.claim.unit) === 'percent' || claims.length < 2) return out;
  const mid = median(claims.map((c) => c.value));
  if (mid === 0) return out;
  for (const c of claims) {
    const ratio = c.value / mid;
    if (ratio <= 0 || ratio > OUT_OF_SCALE || ratio < 1 / OUT_OF_SCALE) out.add(c);
  }
  return out;
}

/** The known qualifiers a quote's own words carry ("net", "core", "cargo"). */
export function quoteQualifiers(quote: string): string[] {
  const ids = new Set<string>();
  for (const m of quote.toLowerCase().matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const id = qualifierOfForm(m[0]);
    if (id) ids.add(id);
  }
  return [...ids].sort();
}

/** The claims of a group that may be judged together; fewer than two means the group is not judged. */
export function withoutDoubtful(claims: readonly NormalizedClaim[]): NormalizedClaim[] {
  const scaled = outOfScale(claims);
  const kept = claims.filter((c) => !scaled.has(c));
  if (kept.length < 2 || allOverlap(kept.map((c) => c.bounds))) return kept;
  const qualified = new Set(kept.map((c) => quoteQualifiers(c.claim.quote).join('+')));
  return qualified.size > 1 ? [] : kept;
}
