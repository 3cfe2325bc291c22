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

describe('a threshold not reached is a ceiling, and the verb before it moved the figure past it, not by it', () => {
  const read2 = (text: string) => extract(text, { publishedAt: '2024-02-28', title: null }).claims;

  it.each([
    ['Births in South Korea fell to 230,000 in 2023, after falling below the 400,000 mark for the first time in 2017.', 400_000],
    ['The fertility rate has stayed under the 1.0 level since 2018.', 1],
    ["The country's fertility rate kept falling past the 0.7 mark in the fourth quarter of 2023.", 0.7],
  ])('%s', (text, threshold) => {
    const c = read2(text).find((x) => x.value === threshold)!;
    expect(c.qualifier).toBe('less_than');
    expect(c.interval).toEqual({ low: 0, high: threshold });
    expect(c.proposition?.statType ?? 'level').not.toBe('change');
  });

  it('reads "dropped below the 400,000 level" as a level under 400,000, not a fall of 400,000', () => {
    const c = read2('Births in South Korea dropped below the 400,000 level in 2017.').find((x) => x.value === 400_000)!;
    expect(c.qualifier).toBe('less_than');
    expect(c.proposition?.statType).toBe('level');
  });

  it('reads a rise past a threshold as a floor', () => {
    const c = read2("Japan's exports rose past the 100 trillion yen mark in 2023.").find((x) => x.value === 1e14)!;
    expect(c.qualifier).toBe('more_than');
    expect(c.interval).toEqual({ low: 1e14, high: null });
  });

  it('lets a ceiling agree with a figure under it and differ from one over it', () => {
    const ceiling = read2('Births in South Korea fell below the 250,000 mark in 2023.').find((x) => x.value === 250_000)!;
    const under = read2('South Korea recorded 230,000 births in 2023.').find((x) => x.value === 230_000)!;
    const over = read2('South Korea recorded 260,000 births in 2023.').find((x) => x.value === 260_000)!;
    expect(ceiling.metric).toBe(under.metric);
    expect(compareClaims([comparable(ceiling, 'a'), comparable(under, 'b')])[0]?.status).toBe('agreement');
    expect(compareClaims([comparable(ceiling, 'a'), comparable(over, 'c')])[0]?.status).toBe('discrepancy');
  });
});

describe('passing a round figure bounds the figure; passing a precise one states it', () => {
  const read3 = (text: string) => extract(text, { publishedAt: '2024-01-24', title: null }).claims;
  it.each([
    ["Freedonia's exports topped ¥100 trillion for the first time in 2023.", 1e14],
    ['Kestrel Motors delivered vehicles in 2023, surpassing 1.8 million.', 1.8e6],
    ['Kestrel Motors deliveries crossed 1.8 million in 2023.', 1.8e6],
  ])('%s', (text, value) => {
    const c = read3(text).find((x) => x.value === value)!;
    expect(c.qualifier).toBe('more_than');
    expect(c.interval).toEqual({ low: value, high: null });
  });

  it('reads "topped 15.342 billion bushels" as the figure reached', () => {
    const c = read3('Freedonia corn production topped 15.342 billion bushels in 2023.').find((x) => x.value === 15.342e9)!;
    expect(c.qualifier).toBe('exact');
  });
});
