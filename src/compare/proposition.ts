import { byCanonicalOrder } from './order.js';
import type { ComparableClaim } from './types.js';
import { groupUnitOf } from './units.js';

/**
 * What a claim is about: metric, exact period and comparable unit. Periods must match on both
 * ends, because "since 2013" and "in 2024" count different things even when they overlap.
 */
export function propositionKey(claim: Pick<ComparableClaim, 'metric' | 'period' | 'unit'>): string {
  // JSON keeps the key unambiguous whatever characters a metric key contains.
  return JSON.stringify([claim.metric, claim.period.start, claim.period.end, groupUnitOf(claim.unit)]);
}

/** Claims bucketed by proposition, buckets in key order and claims in canonical order. */
export function groupByProposition(claims: readonly ComparableClaim[]): ComparableClaim[][] {
  const buckets = new Map<string, ComparableClaim[]>();
  for (const claim of claims) {
    const key = propositionKey(claim);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(claim);
    else buckets.set(key, [claim]);
  }
  return [...buckets.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, bucket]) => bucket.sort(byCanonicalOrder));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
