import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapClusters, overlaps, widestDisjointGap } from '../../src/compare/bounds.js';
import type { Bounds } from '../../src/compare/types.js';

// Few distinct values, so endpoints often touch and open/closed ends decide.
const edge = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null });
const boundsArb: fc.Arbitrary<Bounds> = fc.record({ a: edge, b: edge, lowOpen: fc.boolean(), highOpen: fc.boolean() }).map(({ a, b, lowOpen, highOpen }) => {
  let [low, high] = [a, b];
  if (low !== null && high !== null && low > high) [low, high] = [high, low];
  // A single point with an open end allows nothing; the comparison layer never builds one.
  const point = low !== null && low === high;
  return { low, high, lowOpen: low !== null && lowOpen && !point, highOpen: high !== null && highOpen && !point };
});

/** By definition: every set of pairwise-overlapping intervals that no larger such set contains. */
function maximalCliquesByDefinition(bounds: Bounds[]): number[][] {
  const n = bounds.length;
  const cliques: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const set = [...Array(n).keys()].filter((i) => mask & (1 << i));
    if (set.every((i) => set.every((j) => overlaps(bounds[i]!, bounds[j]!)))) cliques.push(set);
  }
  const maximal = cliques.filter((c) => !cliques.some((d) => d.length > c.length && c.every((i) => d.includes(i))));
  return maximal.sort((x, y) => y.length - x.length || x.join(',').localeCompare(y.join(','), 'en', { numeric: true }));
}

describe('sweeps over sorted interval endpoints', () => {
  it('find exactly the maximal sets of mutually overlapping intervals', () => {
    fc.assert(
      fc.property(fc.array(boundsArb, { maxLength: 8 }), (bounds) => {
        const byDefinition = maximalCliquesByDefinition(bounds);
        const swept = overlapClusters(bounds);
        expect(new Set(swept.map((c) => c.join(',')))).toEqual(new Set(byDefinition.map((c) => c.join(','))));
        expect(swept.map((c) => c.length)).toEqual(byDefinition.map((c) => c.length));
      }),
      { numRuns: 500 },
    );
  });

  it('find the widest gap between point values of two intervals that do not overlap', () => {
    const item = fc.record({ value: fc.integer({ min: -20, max: 20 }), bounds: boundsArb });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 9 }), (items) => {
        let widest = 0;
        for (const a of items) for (const b of items) if (!overlaps(a.bounds, b.bounds)) widest = Math.max(widest, Math.abs(a.value - b.value));
        expect(widestDisjointGap(items)).toBe(widest);
      }),
      { numRuns: 500 },
    );
  });

  it('orders touching endpoints by whether the wording allows the value itself', () => {
    const closedAt3 = { low: 1, lowOpen: false, high: 3, highOpen: false };
    const from3 = { low: 3, lowOpen: false, high: 5, highOpen: false };
    const above3 = { low: 3, lowOpen: true, high: 5, highOpen: false };
    expect(overlapClusters([closedAt3, from3])).toEqual([[0, 1]]);
    expect(overlapClusters([closedAt3, above3])).toEqual([[0], [1]]);
    expect(
      widestDisjointGap([
        { value: 2, bounds: closedAt3 },
        { value: 4, bounds: above3 },
      ]),
    ).toBe(2);
    expect(
      widestDisjointGap([
        { value: 2, bounds: closedAt3 },
        { value: 4, bounds: from3 },
      ]),
    ).toBe(0);
  });
});
