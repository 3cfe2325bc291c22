import type { Qualifier } from '../extract/types.js';
import type { Bounds, ComparableClaim } from './types.js';
import { toGroupUnitOrNull } from './units.js';

/**
 * The wording decides whether an endpoint is itself allowed: "more than 40" excludes 40,
 * "nearly 40" and "less than 40" exclude 40, "at least"/"at most" include it, and rounding
 * includes its lower edge but not its upper one.
 * Without this, "nearly 40 %" ([36, 40)) and "almost 36 %" ([32.4, 36)) would meet at 36
 * and pass for agreement.
 */
const openLow: ReadonlySet<Qualifier> = new Set(['more_than']);
/**
 * A rounded figure allows its upper rounding edge no more than the next figure up allows its
 * lower one: 2.2 is [2.15, 2.25) and 2.3 is [2.25, 2.35), since 2.25 rounds to 2.3. Two sources
 * that round to neighbouring values state different numbers, not one number twice.
 */
const openHigh: ReadonlySet<Qualifier> = new Set(['nearly', 'less_than', 'exact']);

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
 * Where the values a range allows begin and end, as sortable keys: [value, nudge]. An open
 * endpoint sits just inside its value (a nudge of +1 at the low end, −1 at the high end), an
 * unbounded one at ±Infinity. Two ranges overlap exactly when each one's start key is at most
 * the other's end key, which is what startsBeforeEndOf says with comparisons only.
 */
type EdgeKey = readonly [number, number];
const startKey = (b: Bounds): EdgeKey => (b.low === null ? [-Infinity, 0] : [b.low, b.lowOpen ? 1 : 0]);
const endKey = (b: Bounds): EdgeKey => (b.high === null ? [Infinity, 0] : [b.high, b.highOpen ? -1 : 0]);
function compareKeys(a: EdgeKey, b: EdgeKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1];
}

/**
 * Every maximal set of mutually overlapping intervals, as sorted index lists, largest first.
 *
 * On a line, intervals that overlap pairwise share a common point (Helly), so the maximal sets
 * are the intervals open at some point. One sweep over the sorted endpoints finds them all: a
 * set is maximal where a run of starts is followed by an end (at one key, starts come first,
 * since ranges that touch at an allowed value overlap). Sorting costs O(n log n), and the
 * rest is proportional to the sets returned: no pairwise comparisons.
 */
export function overlapClusters(bounds: readonly Bounds[]): number[][] {
  const events: Array<{ key: EdgeKey; end: boolean; i: number }> = [];
  bounds.forEach((b, i) => events.push({ key: startKey(b), end: false, i }, { key: endKey(b), end: true, i }));
  events.sort((a, b) => compareKeys(a.key, b.key) || Number(a.end) - Number(b.end) || a.i - b.i);
  const open = new Set<number>();
  const clusters: number[][] = [];
  let growing = false;
  for (const e of events) {
    if (!e.end) {
      open.add(e.i);
      growing = true;
      continue;
    }
    if (growing) clusters.push([...open].sort((a, b) => a - b));
    growing = false;
    open.delete(e.i);
  }
  return clusters.sort((a, b) => b.length - a.length || compareIndexLists(a, b));
}

/** Whether every range overlaps every other, so one value satisfies them all (Helly, on a line). */
export function allOverlap(bounds: readonly Bounds[]): boolean {
  const [first] = overlapClusters(bounds);
  return (first?.length ?? 0) === bounds.length;
}

/**
 * The largest difference between the point values of two claims whose ranges do not overlap,
 * in one sweep: claims taken in order of where their ranges start, each measured against the
 * smallest and largest value among the claims whose ranges ended before it starts. O(n log n).
 */
export function widestDisjointGap(items: ReadonlyArray<{ value: number; bounds: Bounds }>): number {
  const byStart = items.map((c) => ({ c, key: startKey(c.bounds) })).sort((a, b) => compareKeys(a.key, b.key));
  const byEnd = items.map((c) => ({ c, key: endKey(c.bounds) })).sort((a, b) => compareKeys(a.key, b.key));
  let widest = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  let ended = 0;
  for (const { c, key } of byStart) {
    while (ended < byEnd.length && compareKeys(byEnd[ended]!.key, key) < 0) {
      const v = byEnd[ended++]!.c.value;
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    }
    if (ended === 0) continue;
    // Compared with `>`, as a NaN (Infinity − Infinity) never widens the gap.
    const below = c.value - lowest;
    const above = highest - c.value;
    if (below > widest) widest = below;
    if (above > widest) widest = above;
  }
  return widest;
}

function compareIndexLists(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
