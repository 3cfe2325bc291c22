import { describe, expect, it } from 'vitest';
import { compareClaims, type ComparableClaim } from '../../src/compare/index.js';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim as Claim } from '../../src/extract/types.js';

const read = (text: string, title: string | null = null, publishedAt = '2024-01-17') => extract(text, { publishedAt, title }).claims;
const quoted = (claims: Claim[], quote: string) => {
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim quoted "${quote}"; got ${claims.map((x) => JSON.stringify(x.quote.exact)).join(', ')}`).toBeDefined();
  return c!;
};
const comparable = (c: Claim, sourceId: string): ComparableClaim => {
  const { start, end, label } = c.period!;
  expect(start && end && c.unit, `"${c.quote.exact}" has a period and a unit`).toBeTruthy();
  return {
    id: `${sourceId}-${c.quote.exact}`,
    start: c.quote.start,
    sourceId,
    sourceLabel: sourceId,
    metric: c.metric!,
    unit: c.unit!,
    period: { start: start!, end: end!, label },
    value: c.value,
    qualifier: c.qualifier,
    interval: c.interval,
    quote: c.quote.exact,
  };
};

describe('a fraction in words states its precision', () => {
  it('reads "a fifth" as 20 % to within half the way to the nearest fraction either side', () => {
    const c = quoted(read('Apple took a fifth of the smartphone market in 2023.'), 'a fifth');
    expect(c.value).toBe(20);
    expect(c.interval.low).toBeCloseTo(17.5, 9);
    expect(c.interval.high).toBeCloseTo(22.5, 9);
  });

  it('gives "half" a wider reach than "a quarter", as the fractions around it are further off', () => {
    const half = quoted(read('Exports to China were half of the total in 2023.'), 'half');
    const quarter = quoted(read('Exports to China were a quarter of the total in 2023.'), 'a quarter');
    expect(half.interval.high! - half.interval.low!).toBeGreaterThan(quarter.interval.high! - quarter.interval.low!);
    expect(quarter.interval.low).toBeCloseTo(22.5, 9);
    expect(quarter.interval.high).toBeCloseTo(27.5, 9);
  });

  it('lets "a fifth" of a market agree with the 20.1 % it rounds, and not with 24 %', () => {
    const fifth = quoted(read("Apple's shipments rose in 2023, giving it a fifth of the total market share."), 'a fifth');
    const exact = quoted(read('Apple took a 20.1% market share in 2023.'), '20.1%');
    const quarter = quoted(read('Apple took a 24% market share in 2023.'), '24%');
    expect(fifth.metric).toBe(exact.metric);
    const [agreeing] = compareClaims([comparable(fifth, 'a'), comparable(exact, 'b')]);
    expect(agreeing?.status).toBe('agreement');
    const [apart] = compareClaims([comparable(fifth, 'a'), comparable(quarter, 'c')]);
    expect(apart?.status).toBe('discrepancy');
  });
});

describe('a threshold passed is a floor on the figure, not its value', () => {
  const claims = extract(
    'Spending by foreign visitors in Japan reached a record 8.14 trillion yen in 2024, surpassing the ¥8 trillion mark for the first time. Growth of 4.0% in 2024 surpasses the 1.1% growth of 2023.',
    { publishedAt: '2025-01-16', title: null },
  ).claims;

  it('reads "surpassing the ¥8 trillion mark" as more than ¥8 trillion, which agrees with 8.14 trillion', () => {
    const mark = claims.find((c) => c.value === 8e12)!;
    expect(mark.qualifier).toBe('more_than');
    expect(mark.interval).toEqual({ low: 8e12, high: null });
    const [group] = compareClaims([comparable(claims.find((c) => c.value === 8.14e12)!, 'a'), comparable(mark, 'b')]);
    expect(group?.status).toBe('agreement');
  });

  it('keeps a value that is surpassed without a threshold word exact', () => {
    expect(claims.find((c) => c.value === 1.1)!.qualifier).toBe('exact');
  });
});
