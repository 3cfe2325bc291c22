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
    expect(
      ids(
        partitionBySeparations(claims, [
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([['a'], ['b'], ['c']]);
  });
});
