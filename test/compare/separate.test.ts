import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionBySeparations } from '../../src/compare/separate.js';
import type { ComparableClaim } from '../../src/compare/types.js';

const claim = (id: string, sourceId: string, start = 0): ComparableClaim => ({
  id,
  sourceId,
  sourceLabel: sourceId,
  metric: 'trade.test',
  unit: 'USD',
  value: 1,
  qualifier: 'exact',
  interval: { low: 1, high: 1 },
  period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
  quote: id,
  start,
});

const ids = (parts: ComparableClaim[][]) => parts.map((p) => p.map((c) => c.id));

describe('partitionBySeparations', () => {
  it('keeps every claim together when nothing is separated', () => {
    expect(ids(partitionBySeparations([claim('b', 's2'), claim('a', 's1')], []))).toEqual([['b', 'a']]);
  });

  it('puts a separated pair apart and the third claim with the first of them', () => {
    const claims = [claim('c', 's3'), claim('a', 's1'), claim('b', 's2')];
    expect(ids(partitionBySeparations(claims, [['a', 'b']]))).toEqual([['a', 'c'], ['b']]);
  });

  it('splits every claim apart when every pair is separated', () => {
    const claims = [claim('a', 's1'), claim('b', 's2'), claim('c', 's3')];
    expect(ids(partitionBySeparations(claims, [['a', 'b'], ['a', 'c'], ['b', 'c']]))).toEqual([['a'], ['b'], ['c']]);
  });

  const scenario = fc
    .uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 })
    .chain((ns) => {
      const claims = ns.map((n) => claim(`c${n}`, `s${n % 4}`, n));
      const pair = fc.tuple(fc.constantFrom(...claims.map((c) => c.id)), fc.constantFrom(...claims.map((c) => c.id))).filter(([a, b]) => a !== b);
      return fc.tuple(fc.constant(claims), fc.array(pair, { maxLength: 10 }), fc.shuffledSubarray(claims, { minLength: claims.length }));
    });

  it('never puts a separated pair together, keeps every claim once, and ignores input order', () => {
    fc.assert(
      fc.property(scenario, ([claims, pairs, shuffled]) => {
    const parts = partitionBySeparations(claims, pairs);
    for (const part of parts) for (const [a, b] of pairs) expect(part.some((c) => c.id === a) && part.some((c) => c.id === b)).toBe(false);
    expect(parts.flat().map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(ids(partitionBySeparations(shuffled, pairs))).toEqual(ids(parts));
      }),
      { numRuns: 200 },
    );
  });
});
