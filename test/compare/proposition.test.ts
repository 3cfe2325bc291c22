import { describe, expect, it } from 'vitest';
import { compareClaims, groupByProposition, propositionKey, toGroupUnit, unitFamily, type ComparableClaim } from '../../src/compare/index.js';

const year2024 = { start: '2024-01-01', end: '2024-12-31', label: '2024' };
const year2023 = { start: '2023-01-01', end: '2023-12-31', label: '2023' };
const since2003 = { start: '2003-01-01', end: '2025-12-31', label: '2003–2025' };

let nextId = 0;
function claim(fields: Partial<ComparableClaim> & Pick<ComparableClaim, 'sourceId' | 'value' | 'unit'>): ComparableClaim {
  nextId += 1;
  return {
    id: `claim-${nextId}`,
    sourceLabel: fields.sourceId,
    metric: 'trade.china-russia.total',
    qualifier: 'exact',
    interval: { low: fields.value, high: fields.value },
    period: year2024,
    quote: String(fields.value),
    start: 0,
    ...fields,
  };
}

describe('groupByProposition', () => {
  it('never puts USD and CNY figures in one group', () => {
    const groups = groupByProposition([claim({ sourceId: 'a', value: 244.8e9, unit: 'USD' }), claim({ sourceId: 'b', value: 1.74e12, unit: 'CNY' })]);
    expect(groups).toHaveLength(2);
    expect(compareClaims(groups.flat())).toEqual([]);
  });

  it('never puts a percentage and a count in one group', () => {
    const metric = 'military.china-russia.joint-drills';
    const groups = groupByProposition([
      claim({ sourceId: 'a', metric, value: 40, unit: 'percent' }),
      claim({ sourceId: 'b', metric, value: 40, unit: 'count' }),
    ]);
    expect(groups.map((g) => g.map((c) => c.unit))).toEqual([['count'], ['percent']]);
  });

  it('never groups different years', () => {
    const claims = [claim({ sourceId: 'a', value: 240e9, unit: 'USD', period: year2023 }), claim({ sourceId: 'b', value: 244.8e9, unit: 'USD' })];
    expect(groupByProposition(claims)).toHaveLength(2);
    expect(compareClaims(claims)).toEqual([]);
  });

  it('never groups a multi-year span with one year inside it', () => {
    const claims = [claim({ sourceId: 'a', value: 90, unit: 'count', period: since2003 }), claim({ sourceId: 'b', value: 9, unit: 'count' })];
    expect(propositionKey(claims[0]!)).not.toBe(propositionKey(claims[1]!));
    expect(compareClaims(claims)).toEqual([]);
  });

  it('groups kilometres with miles and compares them in kilometres', () => {
    const metric = 'geography.china-russia.border-length';
    const claims = [
      claim({ sourceId: 'scmp', metric, value: 3045, unit: 'km', interval: { low: 3044.5, high: 3045.5 }, quote: '3,045km' }),
      claim({ sourceId: 'other', metric, value: 1892, unit: 'mi', interval: { low: 1891.5, high: 1892.5 }, quote: '1,892 miles' }),
    ];
    expect(groupByProposition(claims)).toHaveLength(1);
    const [group] = compareClaims(claims);
    expect(group).toMatchObject({ unit: 'km', status: 'agreement', consensus: { unit: 'km' } });
    expect(group?.consensus.value).toBeCloseTo((3045 + 1892 * 1.609344) / 2, 6);
    // Members keep the units their sources used.
    expect(group?.members.map((m) => m.unit).sort()).toEqual(['km', 'mi']);
  });

  it('orders groups by key and claims canonically, whatever the input order', () => {
    const claims = [
      claim({ sourceId: 'b', value: 1, unit: 'USD' }),
      claim({ sourceId: 'a', value: 2, unit: 'USD', period: year2023 }),
      claim({ sourceId: 'a', value: 3, unit: 'USD' }),
    ];
    expect(groupByProposition([...claims].reverse())).toEqual(groupByProposition(claims));
  });
});

describe('unit helpers', () => {
  it('converts only where the conversion is exact by definition', () => {
    expect(toGroupUnit(1, 'mi')).toEqual({ value: 1.609344, unit: 'km' });
    expect(toGroupUnit(50e9, 'm³')).toEqual({ value: 50e9, unit: 'm3' });
    expect(toGroupUnit(2, 'week')).toEqual({ value: 14, unit: 'day' });
    expect(toGroupUnit(5, 'CNY')).toEqual({ value: 5, unit: 'CNY' });
  });

  it('keeps every currency, and units it does not know, in families of their own', () => {
    expect(unitFamily('USD')).not.toBe(unitFamily('CNY'));
    expect(unitFamily('percent')).not.toBe(unitFamily('count'));
    expect(unitFamily('year')).not.toBe(unitFamily('day'));
    expect(unitFamily('km')).toBe(unitFamily('mi'));
  });
});
