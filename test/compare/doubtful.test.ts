import { describe, expect, it } from 'vitest';
import { judgeProposition, type ComparableClaim } from '../../src/compare/index.js';
import { quoteQualifiers } from '../../src/compare/doubtful.js';

const period = { start: '2023-01-01', end: '2023-12-31', label: '2023' };

let nextId = 0;
/** A claim stated exactly, to the unit's last digit, by its own source. */
function claim(value: number, unit: string, quote: string): ComparableClaim {
  nextId += 1;
  return {
    id: `claim-${nextId}`,
    sourceId: `source-${nextId}`,
    sourceLabel: `Source ${nextId}`,
    metric: 'exports.ruritania.total',
    unit,
    value,
    qualifier: 'exact',
    interval: { low: value - 0.05, high: value + 0.05 },
    period,
    quote,
    start: nextId,
  };
}

describe('a level far out of scale with the group is a different quantity, not a disagreement', () => {
  // [name, values, unit, members judged (values), status]
  const ROWS: Array<[string, number[], string, number[] | null, string | null]> = [
    ['a monthly figure beside annual ones', [120, 120.4, 10.1], 'USD', [120, 120.4], 'discrepancy'],
    ['two figures a scope apart', [950, 40], 'USD', null, null],
    ['figures that differ, in scale', [346, 181, 345.5], 'GW', [346, 181, 345.5], 'discrepancy'],
    ['a sign flip of a level', [50, -50, 50], 'USD', [50, 50], 'agreement'],
    ['percentages are never out of scale', [0.3, 0.9, 0.3], 'percent', [0.3, 0.9, 0.3], 'discrepancy'],
  ];
  it.each(ROWS)('%s', (_name, values, unit, judged, status) => {
    const group = judgeProposition(values.map((v) => claim(v, unit, String(v))));
    if (judged === null) {
      expect(group).toBeNull();
      return;
    }
    expect(group?.members.map((m) => m.value).sort((a, b) => a - b)).toEqual([...judged].sort((a, b) => a - b));
    expect(group?.status).toBe(status);
  });
});

describe('quotes that carry different qualifiers never make a discrepancy', () => {
  it('reads the known qualifiers in a quote, by id', () => {
    expect(quoteQualifiers('$40 billion of net exports')).toEqual(['net']);
    expect(quoteQualifiers('1.6 million tonnes of cargo')).toEqual(['freight']);
    expect(quoteQualifiers('$244.8 billion')).toEqual([]);
  });

  it('leaves a group that disagrees over differently qualified quotes unjudged', () => {
    expect(judgeProposition([claim(40, 'USD', '$40 billion net'), claim(95, 'USD', '$95 billion gross')])).toBeNull();
  });

  it('still judges agreeing figures whatever their quotes say', () => {
    expect(judgeProposition([claim(40, 'USD', '$40 billion net'), claim(40, 'USD', '$40 billion')])?.status).toBe('agreement');
  });

  it('still judges a disagreement between quotes qualified alike', () => {
    expect(judgeProposition([claim(40, 'USD', '$40 billion net'), claim(45, 'USD', '$45 billion net')])?.status).toBe('discrepancy');
  });
});
