import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { claimQuoted } from './claim-of.js';

const units = (sentence: string) => findQuantities(sentence).map((q) => [sentence.slice(q.start, q.end), q.unit, q.value]);

describe('findQuantities: a sum set against another with its currency left out', () => {
  it('"$1.45 trillion …, up from 1.17 trillion": the second sum is in dollars too', () => {
    expect(units('Chinese banks extended $1.45 trillion in new loans in January, up from 1.17 trillion in December.')).toEqual([
      ['$1.45 trillion', 'USD', 1.45e12],
      ['1.17 trillion', 'USD', 1.17e12],
    ]);
  });

  it('"1.45 trillion yuan …, up from 1.17 trillion" and "from $5 billion to 4.2 billion" carry the currency', () => {
    expect(units('Banks extended 1.45 trillion yuan in January, up from 1.17 trillion in December.').map((u) => u[1])).toEqual(['CNY', 'CNY']);
    expect(units('Revenue fell from $5 billion to 4.2 billion.').map((u) => u[1])).toEqual(['USD', 'USD']);
  });

  it('a number with a noun of its own, or with no scale word, keeps its own unit', () => {
    expect(units('Revenue rose to $5 billion, and it had 3 million customers.').map((u) => u[1])).toEqual(['USD', 'count']);
    expect(units('The fund paid $2 billion to 350 investors.').map((u) => u[1])).toEqual(['USD', 'count']);
  });

  it('a count that follows a new clause keeps its unit: "… as its subscriber base grew to 282.7 million"', () => {
    expect(units('Netflix reported revenue of $9.8 billion in the third quarter as its subscriber base grew to 282.7 million.').map((u) => u[1])).toEqual([
      'USD',
      'count',
    ]);
  });

  it('"from 4.5 billion a year earlier": the sum moved from, its quote the number alone', () => {
    expect(units('Revenue rose to $5 billion from 4.5 billion a year earlier.')).toEqual([
      ['$5 billion', 'USD', 5e9],
      ['4.5 billion', 'USD', 4.5e9],
    ]);
  });
});

describe('extract: a sum whose measure is counted only in money, its currency left out', () => {
  const META = { publishedAt: '2024-06-13', title: 'Club results' };
  const unitOf = (text: string, figure: string) => claimQuoted(text, figure, META, { exact: true }).unit;

  it('"turnover of 380.2 million pounds … and an operating profit of 53.8 million": the profit is in pounds', () => {
    const text = 'The club reported turnover of 380.2 million pounds last year and an operating profit of 53.8 million.';
    expect(unitOf(text, '53.8 million')).toBe('GBP');
    expect(claimQuoted(text, '53.8 million', META, { exact: true }).proposition?.measure).toBe('operating-profit');
  });

  it('"revenue rose to 5.2 billion yuan, while net profit was 1.1 billion": the profit is in yuan', () => {
    expect(unitOf('Revenue rose to 5.2 billion yuan, while net profit was 1.1 billion.', '1.1 billion')).toBe('CNY');
  });

  it('a measure that counts things as well as sums leaves the number a count ("sales of … and 1.2 million vehicles" elided)', () => {
    expect(unitOf('Revenue rose to 5.2 billion yuan, while sales reached 1.2 million.', '1.2 million')).toBe('count');
  });

  it('a measure named before the sum, or two currencies before the number, leave it a count', () => {
    expect(unitOf('Profit was 5 billion yuan, and the firm now has 1.2 million.', '1.2 million')).toBe('count');
    expect(unitOf('Revenue was 5 billion yuan and $700 million abroad, while net profit was 1.1 billion.', '1.1 billion')).toBe('count');
  });
});

describe('extract: what keeps a number from taking the currency of the sum before it', () => {
  const META = { publishedAt: '2024-06-13', title: 'Results' };
  const unitOf = (text: string, figure: string) => claimQuoted(text, figure, META, { exact: true }).unit;

  it('a counted noun between the measure and the number: "profit grew as subscribers reached 282.7 million"', () => {
    expect(unitOf('Netflix posted revenue of $9.8 billion, and profit grew as subscribers reached 282.7 million.', '282.7 million')).toBe('count');
  });

  it("a country's GDP, which may be given in another currency than the sum before it", () => {
    expect(unitOf('Tax revenue reached 9.3 trillion rupees, while GDP was 375 billion.', '375 billion')).toBe('count');
  });
});
