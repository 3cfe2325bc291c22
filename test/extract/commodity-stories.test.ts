import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const read = (text: string, title: string) => extract(text, { publishedAt: '2024-01-12', title }).claims;
const quoted = (claims: ReturnType<typeof read>, quote: string) => {
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim quoted "${quote}"; got ${claims.map((x) => JSON.stringify(x.quote.exact)).join(', ')}`).toBeDefined();
  return c!;
};

describe('a story about one commodity', () => {
  it('gives the production its sentences leave bare the commodity the story is about, as the sentences that name it do', () => {
    const claims = read(
      'Codelco said copper output declined last quarter. Production for the last three months of the year was 358,000 metric tons. Codelco produced 1.325 million tonnes of copper in 2023.',
      'Codelco output falls to a 25-year low',
    );
    expect(quoted(claims, '358,000 metric tons').metric).toBe('production.copper.codelco.total');
    expect(quoted(claims, '1.325 million tonnes').metric).toBe('production.copper.codelco.total');
  });

  it('gives nothing to a count, which no commodity is, nor where the story names two commodities', () => {
    const cars = read('Toyota produced 9.2 million vehicles in 2023.', 'Toyota buys more steel');
    expect(quoted(cars, '9.2 million vehicles').proposition?.facets).not.toContain('steel');
    const two = read('Production for the year was 1.3 million tonnes.', 'Miner lifts copper and zinc output');
    expect(quoted(two, '1.3 million tonnes').proposition?.facets).toEqual([]);
  });
});
