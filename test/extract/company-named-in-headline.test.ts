import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

function claim(title: string, body: string, quote: string, publishedAt: string) {
  const { claims } = extract(body, { publishedAt, title });
  const found = claims.find((c) => c.quote.exact === quote);
  expect(found, claims.map((c) => c.quote.exact).join(', ')).toBeDefined();
  return found!;
}

describe('extract: a company named by the headline or as "the group"', () => {
  it('"LVMH posts record 2023 sales": a verb of results between a name and an organisation\'s measure makes the name the headline\'s party', () => {
    const c = claim('LVMH posts record 2023 sales', 'Net profit rose 8% to 15.2 billion euros in 2023.', '15.2 billion euros', '2024-01-26');
    expect(c.proposition).toMatchObject({ measure: 'profit', subject: ['lvmh'] });
    expect(c.comparable).toBe(true);
  });

  it.each([
    ['Amazon.com Announces Fourth Quarter Results', 'amazon'],
    ['Spotify Q4 results', 'spotify'],
    ['Acme Corp. Reports Financial Results for Fourth Quarter 2023', 'acme'],
    ['Widgets posts first-half earnings', 'widgets'],
  ])('"%s": the name a results headline opens with is the release\'s company', (title, company) => {
    const c = claim(title, 'Revenue grew 16% to 3.7 billion euros in the fourth quarter.', '16%', '2024-02-06');
    expect(c.proposition).toMatchObject({ measure: 'revenue', subject: [company], statType: 'change' });
    expect(c.comparable).toBe(true);
  });

  it('a results headline that names no one gives no party', () => {
    const c = claim('Quarterly Results Beat Forecasts', 'Revenue grew 16% to 3.7 billion euros in the fourth quarter.', '16%', '2024-02-06');
    expect(c.proposition?.subject).toEqual([]);
  });

  it('"The group reported …" after a sentence on a company the gazetteer does not hold is that company', () => {
    const c = claim(
      'Zara owner Inditex posts record sales',
      'Inditex said revenue rose 9% to 36 billion euros in 2023. The group reported profit of 5.4 billion euros.',
      '5.4 billion euros',
      '2024-03-13',
    );
    expect(c.proposition?.subject).toEqual(['inditex']);
  });

  it('a verb of results before a measure no organisation owns makes no party of the name', () => {
    const c = claim('Trump raises tariffs on Chinese goods', 'Tariffs on Chinese goods will rise to 25% in 2025.', '25%', '2024-05-14');
    expect(c.proposition?.subject ?? []).not.toContain('trump');
  });
});
