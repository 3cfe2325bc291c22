import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-01-20', title: 'Results for 2023' };
const measureOf = (text: string, quote: string) => extract(text, META).claims.find((c) => c.quote.exact === quote)?.proposition?.measure ?? null;

describe('a verb that states a measure only with the figure as its object', () => {
  it.each([
    ['Apple took first place in 2023 by shipping 234.6 million iPhones.', '234.6 million', 'shipments'],
    ["Toyota stayed the world's top carmaker in 2023, selling a record 11.2 million vehicles.", '11.2 million vehicles', 'sales'],
    ['Chile remained the top miner in 2023, producing about 5.25 million tonnes of copper.', 'about 5.25 million tonnes', 'production'],
  ])('%s', (text, quote, measure) => {
    expect(measureOf(text, quote)).toBe(measure);
  });

  it.each([
    ['A 1 % increase in shipping emissions was recorded in 2023.', '1 %', 'emissions'],
    ['Selling prices rose 3% in 2023.', '3%', 'price'],
    ['Exporting countries saw revenue rise 5% in 2023.', '5%', 'revenue'],
  ])('names nothing measured where no figure is its object: %s', (text, quote, measure) => {
    expect(measureOf(text, quote)).toBe(measure);
  });
});
