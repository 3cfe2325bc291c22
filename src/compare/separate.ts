import { byCanonicalOrder } from './order.js';
import type { ComparableClaim } from './types.js';

/**
 * Splits claims so that no pair a reviewer separated ("not the same proposition") shares a
 * part. Claims are placed in canonical order, each into the first part holding none of the
 * claims it is separated from, so the result does not depend on the order claims arrive in.
 */
export function partitionBySeparations(claims: readonly ComparableClaim[], separated: ReadonlyArray<readonly [string, string]>): ComparableClaim[][] {
  if (separated.length === 0) return [[...claims]];
  const apart = new Map<string, Set<string>>();
  for (const [a, b] of separated) {
    if (!apart.has(a)) apart.set(a, new Set());
    if (!apart.has(b)) apart.set(b, new Set());
    apart.get(a)!.add(b);
    apart.get(b)!.add(a);
  }
  // Each part keeps the ids it holds, so a placement costs the claim's separations, not the part's size.
  const parts: Array<{ claims: ComparableClaim[]; ids: Set<string> }> = [];
  for (const claim of [...claims].sort(byCanonicalOrder)) {
    const avoid = apart.get(claim.id);
    const part = avoid ? parts.find((p) => ![...avoid].some((id) => p.ids.has(id))) : parts[0];
    if (part) {
      part.claims.push(claim);
      part.ids.add(claim.id);
    } else parts.push({ claims: [claim], ids: new Set([claim.id]) });
  }
  return parts.map((p) => p.claims);
}
