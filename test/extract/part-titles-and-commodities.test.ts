import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

describe('extract: titles with parts, and metals as commodities', () => {
  it('"Dune: Part Two": the number word of a part in a title is no figure', () => {
    const { claims } = extract('Dune: Part Two opens to $81.5 million', { publishedAt: '2024-03-03', title: null });
    expect(claims.map((c) => c.quote.exact)).toEqual(['$81.5 million']);
  });

  it('a quoted title with a colon owns the figure its clause gives it', () => {
    const { claims } = extract('"Dune: Part Two" opened to $81.5 million at the domestic box office this weekend.', {
      publishedAt: '2024-03-03',
      title: 'Dune sequel tops box office',
    });
    expect(claims[0]!.proposition).toMatchObject({ measure: 'box-office', subject: ['work-dune-part-two'] });
  });

  it('"crude steel" is steel, not oil; "copper" is a commodity of its own', () => {
    const { claims } = extract('China produced 1.019 billion tonnes of crude steel in 2023, and Chile 5.25 million tonnes of copper.', {
      publishedAt: '2024-01-17',
      title: null,
    });
    expect(claims.map((c) => c.proposition?.facets)).toEqual([['steel'], ['copper']]);
  });
});
