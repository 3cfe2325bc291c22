import type { Qualifier } from '../extract/types.js';
import type { Bounds, ComparableClaim } from './types.js';
import { toGroupUnitOrNull } from './units.js';

/**
 * The wording decides whether an endpoint is itself allowed: "more than 40" excludes 40,
 * "nearly 40" and "less than 40" exclude 40, "at least"/"at most" and rounding include it.
 * Without this, "nearly 40 %" ([36, 40)) and "almost 36 %" ([32.4, 36)) would meet at 36
 * and pass for agreement.
 */
const openLow: ReadonlySet<Qualifier> = new Set(['more_than']);
const openHigh: ReadonlySet<Qualifier> = new Set(['nearly', 'less_than']);

export function boundsOf(claim: ComparableClaim): Bounds {
  let low = toGroupUnitOrNull(claim.interval.low, claim.unit);
  let high = toGroupUnitOrNull(claim.interval.high, claim.unit);
  if (low !== null && high !== null && low > high) [low, high] = [high, low];
  const bounds = {
    low,
    lowOpen: low !== null && openLow.has(claim.qualifier),
    high,
    highOpen: high !== null && openHigh.has(claim.qualifier),
  };
  // An interval that allows no value at all (e.g. "more than 40" given as [40, 40]) is an
  // upstream slip; reading its endpoints as allowed keeps the claim comparable.
  if (bounds.low !== null && bounds.low === bounds.high && (bounds.lowOpen || bounds.highOpen)) {
    return { ...bounds, lowOpen: false, highOpen: false };
  }
  return bounds;
}

/** Orders lower bounds by where the allowed values start; an open bound starts just after its endpoint. */
function compareLows(a: Bounds, b: Bounds): number {
  if (a.low === null || b.low === null) return a.low === b.low ? 0 : a.low === null ? -1 : 1;
  if (a.low !== b.low) return a.low < b.low ? -1 : 1;
  return a.lowOpen === b.lowOpen ? 0 : a.lowOpen ? 1 : -1;
}

/** Whether the values `start` allows begin before the values `end` allows stop. */
function startsBeforeEndOf(start: Bounds, end: Bounds): boolean {
  if (start.low === null || end.high === null) return true;
  if (start.low !== end.high) return start.low < end.high;
  return !start.lowOpen && !end.highOpen;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return startsBeforeEndOf(a, b) && startsBeforeEndOf(b, a);
}

/** Width of the allowed range, for picking the most precisely stated figure; unbounded is infinite. */
export function widthOf(b: Bounds): number {
  return b.low === null || b.high === null ? Infinity : b.high - b.low;
}

/**
 * Every maximal set of mutually overlapping intervals, as sorted index lists, largest first.
 *
 * On a line, intervals that overlap pairwise share a common point (Helly), and some member's
 * start is such a point; so the members containing each interval's start enumerate all
 * maximal clusters, using comparisons only (no midpoints that could round the wrong way).
 */
export function overlapClusters(bounds: readonly Bounds[]): number[][] {
  const seen = new Map<string, number[]>();
  bounds.forEach((bi) => {
    const cluster: number[] = [];
    bounds.forEach((bj, j) => {
      if (compareLows(bj, bi) <= 0 && startsBeforeEndOf(bi, bj)) cluster.push(j);
    });
    seen.set(cluster.join(','), cluster);
  });
  const clusters = [...seen.values()];
  const maximal = clusters.filter((c) => !clusters.some((d) => d.length > c.length && c.every((i) => d.includes(i))));
  return maximal.sort((a, b) => b.length - a.length || compareIndexLists(a, b));
}

function compareIndexLists(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
