import { boundsOf, widthOf } from './bounds.js';
import { byCanonicalOrder } from './order.js';
import type { Bounds, ComparableClaim, NormalizedClaim } from './types.js';
import { toGroupUnit } from './units.js';

/**
 * One figure per source and proposition, in canonical order.
 *
 * A source never conflicts with itself: a figure it repeats counts once (the first by offset),
 * and when it gives figures that agree within their wording — "about $245 billion" in the
 * summary, "$244.8 billion" in the body — we keep the most precisely stated one (narrowest
 * interval, then the first) rather than let a source's own rounding read as a dispute.
 * A claim id seen twice is one claim.
 *
 * A source that gives two figures no single value can satisfy ("2.2 million" and "186,000" for
 * what we read as one proposition) is telling us that our reading of its propositions is too
 * coarse: one of them is an average, a part, a forecast or another period. We cannot tell which
 * figure is the one the others state, so the group goes without that source.
 */
export function onePerSource(claims: readonly ComparableClaim[]): NormalizedClaim[] {
  const bySource = new Map<string, NormalizedClaim[]>();
  const ids = new Set<string>();
  for (const claim of [...claims].sort(byCanonicalOrder)) {
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    const list = bySource.get(claim.sourceId);
    if (list) list.push(normalize(claim));
    else bySource.set(claim.sourceId, [normalize(claim)]);
  }
  const kept: NormalizedClaim[] = [];
  for (const list of bySource.values()) {
    if (disagreesWithItself(list)) continue;
    let best = list[0]!;
    for (const candidate of list.slice(1)) if (widthOf(candidate.bounds) < widthOf(best.bounds)) best = candidate;
    kept.push(best);
  }
  return kept.sort((a, b) => byCanonicalOrder(a.claim, b.claim));
}

/**
 * Two figures of one source agree when one of them allows the other's value: "about $245 billion"
 * allows 244.8, "1.8 million" allows 1,808,581. Rounding intervals that merely touch ("$1.9 trillion"
 * and "$2.0 trillion" meet at 1.95) do not: each figure is a different number.
 */
function disagreesWithItself(list: readonly NormalizedClaim[]): boolean {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (!allows(a.bounds, b.value) && !allows(b.bounds, a.value)) return true;
    }
  return false;
}

function allows(b: Bounds, value: number): boolean {
  const aboveLow = b.low === null || value > b.low || (value === b.low && !b.lowOpen);
  const belowHigh = b.high === null || value < b.high || (value === b.high && !b.highOpen);
  return aboveLow && belowHigh;
}

function normalize(raw: ComparableClaim): NormalizedClaim {
  // Folding -0 into 0 keeps results identical however the input was ordered.
  const claim = { ...raw, value: raw.value + 0 };
  return { claim, value: toGroupUnit(claim.value, claim.unit).value, bounds: boundsOf(claim) };
}
