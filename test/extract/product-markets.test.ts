import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim as Claim } from '../../src/extract/types.js';

const read = (text: string, title: string | null = null, publishedAt = '2024-01-17') => extract(text, { publishedAt, title }).claims;
const quoted = (claims: Claim[], quote: string) => {
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim quoted "${quote}"; got ${claims.map((x) => JSON.stringify(x.quote.exact)).join(', ')}`).toBeDefined();
  return c!;
};
describe('a story about one product market', () => {
  const headline = 'Apple overtakes Samsung in annual smartphone shipments';

  it('gives the shipments and market shares its sentences leave bare the product the story is about', () => {
    const claims = read(
      'Global smartphone shipments fell 3.2% to 1.17 billion units in 2023. Global shipments declined 8.5% to 326.1 million units in the fourth quarter. Apple shipped 234.6 million units in 2023 and took a 20.1% market share.',
      headline,
    );
    for (const quote of ['1.17 billion units', '326.1 million units', '234.6 million units', '20.1%'])
      expect(quoted(claims, quote).proposition?.facets, quote).toContain('smartphones');
    expect(quoted(claims, '1.17 billion units').metric).toBe(
      quoted(read('Global shipments fell 3.2% to 1.17 billion units in 2023, the lowest volume in a decade.', headline), '1.17 billion units').metric,
    );
  });

  it('leaves bare what a story naming no product, or two, does not narrow', () => {
    const none = read('Apple shipped 234.6 million units in 2023.', 'Apple tops the market');
    expect(quoted(none, '234.6 million units').proposition?.facets).toEqual([]);
    const two = read('Apple shipped 234.6 million units in 2023.', 'Shipments of smartphones and chips slump');
    expect(quoted(two, '234.6 million units').proposition?.facets).toEqual([]);
  });

  it('reads a total after several companies’ figures as the (world) market’s, though every figure carries the story’s product', () => {
    const claims = read(
      'In 2023, Apple shipped 234.6 million smartphones and Samsung shipped 226.6 million. Notably, total smartphone shipments in 2023 fell by 3.2%.',
      headline,
    );
    // (The story names no place: its market is the world's, as "Global shipments fell 3.2 %" is.)
    expect(quoted(claims, '3.2%').proposition?.subject).toEqual(['world']);
    expect(quoted(claims, '226.6 million').proposition?.subject).toEqual(['samsung']);
  });

  it('reads the town a company is based in as the company, as the technology press writes it', () => {
    const claims = read("Cupertino's shipments were up 3.7% in 2023 to 234.6 million.", headline);
    expect(quoted(claims, '234.6 million').proposition?.subject).toEqual(['apple']);
    expect(quoted(read("Redmond's revenue rose 16% to $65.6 billion in the quarter.", 'Microsoft results'), '$65.6 billion').proposition?.subject).toEqual([
      'microsoft',
    ]);
  });
});
