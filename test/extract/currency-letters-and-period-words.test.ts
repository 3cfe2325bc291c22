import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

function claim(title: string, body: string, quote: string, publishedAt = '2024-10-18') {
  const { claims } = extract(`${title}\n${body}`, { publishedAt, title });
  const found = claims.find((c) => c.quote.exact === quote);
  expect(found, claims.map((c) => c.quote.exact).join(', ')).toBeDefined();
  return found!;
}

describe('extract: the letters of a currency and the words of a period are no part of a name', () => {
  it('"Rs" before a number writes rupees, not a party: the company named before is the party', () => {
    const c = claim(
      'Wipro results beat estimates',
      'Wipro reported revenue of Rs 22,302 crore in the September quarter. Net profit rose 21% to Rs 3,209 crore.',
      'Rs 3,209 crore',
    );
    expect(c.unit).toBe('INR');
    expect(c.proposition).toMatchObject({ measure: 'profit', subject: ['wipro'] });
    expect(c.comparable).toBe(true);
  });

  it('nor does "Rs" in a figure\'s sentence count as someone else named there', () => {
    const c = claim(
      'Tata Motors profit falls',
      'Tata Motors reported a consolidated net profit of Rs 5,451 crore for the December quarter. Revenue from operations rose 2.7% to Rs 1.13 lakh crore.',
      'Rs 1.13 lakh crore',
      '2025-02-01',
    );
    expect(c.proposition?.subject).toEqual(['tata-motors']);
    expect(c.comparable).toBe(true);
  });

  it('"Tata Motors Q3 profit falls 22%": the quarter is not part of the company\'s name', () => {
    const c = claim('Tata Motors Q3 profit falls 22%', 'The carmaker blamed weak demand for its trucks.', '22%', '2025-02-01');
    expect(c.proposition?.subject).toEqual(['tata-motors']);
  });

  it('"Wipro Q2 results" as the headline: the body\'s "Wipro" is the name it opens with', () => {
    const c = claim(
      'Wipro Q2 results beat estimates',
      'Wipro reported revenue of Rs 22,302 crore in the September quarter. Net profit rose 21% to Rs 3,209 crore.',
      'Rs 3,209 crore',
    );
    expect(c.proposition?.subject).toEqual(['wipro']);
  });
});
