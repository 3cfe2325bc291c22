import { boundsOf, widthOf } from './bounds.js';
import { byCanonicalOrder } from './order.js';
import type { ComparableClaim, NormalizedClaim } from './types.js';
import { toGroupUnit } from './units.js';

/**
 * One figure per source and proposition, in canonical order.
 *
 * A source never conflicts with itself: a figure it repeats counts once (the first by offset),
 * and when it gives different figures for the same proposition we keep the most precisely
 * stated one (narrowest interval, then the first) rather than let a source's own rounding
 * — "about $245 billion" in the summary, "$244.8 billion" in the body — read as a dispute.
 * A claim id seen twice is one claim.
 */
export function onePerSource(claims: readonly ComparableClaim[]): NormalizedClaim[] {
  const bySource = new Map<string, NormalizedClaim>();
  const ids = new Set<string>();
  for (const claim of [...claims].sort(byCanonicalOrder)) {
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    const candidate = normalize(claim);
    const kept = bySource.get(claim.sourceId);
    if (!kept || widthOf(candidate.bounds) < widthOf(kept.bounds)) bySource.set(claim.sourceId, candidate);
  }
  return [...bySource.values()].sort((a, b) => byCanonicalOrder(a.claim, b.claim));
}

function normalize(raw: ComparableClaim): NormalizedClaim {
  // Folding -0 into 0 keeps results identical however the input was ordered.
  const claim = { ...raw, value: raw.value + 0 };
  return { claim, value: toGroupUnit(claim.value, claim.unit).value, bounds: boundsOf(claim) };
}
