import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// The way a statistics office's consumer-price release names its components: "the index for shelter", "the energy index".
const RELEASE = [
  'The U.S. Consumer Price Index rose 0.3 percent in December on a seasonally adjusted basis.',
  'The index for shelter rose 0.4 percent in December.',
  'The energy index rose 0.4 percent over the month.',
  'The gasoline index fell 7.6 percent over the last 12 months.',
  'The index for electricity increased 1.3 percent over the month.',
  'The food index increased 2.7 percent over the last year.',
  'The all items index increased 3.4 percent for the 12 months ending December.',
].join(' ');

const claims = extract(RELEASE, { publishedAt: '2024-01-11', title: 'US consumer prices rise in December' }).claims;
const measureOf = (quote: string, nth = 0) => {
  const found = claims.filter((c) => c.quote.exact === quote);
  expect(found.length, `claims quoted "${quote}"`).toBeGreaterThan(nth);
  return found[nth]!.proposition?.measure;
};

describe('a component index of consumer prices is that component, never the index of all items', () => {
  it.each([
    ['shelter', '0.4 percent', 0, 'shelter-costs'],
    ['energy', '0.4 percent', 1, 'energy-prices'],
    ['gasoline', '7.6 percent', 0, 'petrol-prices'],
    ['electricity', '1.3 percent', 0, 'electricity-prices'],
    ['food', '2.7 percent', 0, 'food-prices'],
    ['all items', '3.4 percent', 0, 'inflation'],
  ])('the %s index', (_name, quote, nth, measure) => {
    expect(measureOf(quote, nth)).toBe(measure);
  });

  it('keeps the food index and the all-items index of the same year apart', () => {
    const food = claims.find((c) => c.quote.exact === '2.7 percent')!;
    const all = claims.find((c) => c.quote.exact === '3.4 percent')!;
    expect(food.metric).not.toBe(all.metric);
    expect(all.metric).toBe('inflation.united-states.rate');
  });

  it('reads electricity prices without an electricity facet, which they all have', () => {
    const [c] = extract('Electricity prices in Germany rose 5% in 2023.', { publishedAt: '2024-02-01' }).claims;
    expect(c!.metric).toBe('electricity-prices.germany.growth');
  });
});
