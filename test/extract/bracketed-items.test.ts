import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// A figure in brackets after the word it belongs to: the bracket may hold a sign and spaces before the figure.
describe('bracketed figures after their item', () => {
  it.each([
    ['job growth in health care (+46,000), government ( +33,000 ) and retail (−23,000)', ['+46,000', '+33,000', '−23,000']],
    ['job growth in health care (46,000), government (33,000) and retail (23,000)', ['46,000', '33,000', '23,000']],
    ['job growth in health care ( - 4,000), government (- 3,000) and retail (+ 2,000)', ['4,000', '3,000', '2,000']],
  ])('%s', (sentence, quotes) => {
    const claims = extract(`Payrolls rose last month, the agency said on 5 July 2024. ${sentence}.`, { publishedAt: '2024-07-05' }).claims;
    const facets = quotes.map((q) => claims.find((c) => c.quote.exact.endsWith(q.replace(/^[+−]/, '')))?.proposition?.facets ?? null);
    // Each figure is its own item's, none another's.
    expect(new Set(facets.map((f) => JSON.stringify(f))).size).toBe(quotes.length);
  });

  it('a time before the bracket is when, not an item ("upward in July (+25,000)")', () => {
    const text =
      'US construction employment continued trending upward in July (+25,000), in line with the average monthly gain over the prior 12 months (+19,000).';
    const c = extract(text, { publishedAt: '2024-08-02' }).claims.find((x) => x.quote.exact === '25,000');
    expect(c?.proposition?.facets).toEqual(['construction']);
  });

  it('… as is a half of the year ("in the first half (+7%)")', () => {
    const text = 'Sales in Ruritania grew 5% in 2024, with growth in the first half (+7%) outpacing the second half (+3%).';
    const claims = extract(text, { publishedAt: '2025-03-01' }).claims;
    for (const q of ['7%', '3%']) expect(claims.find((x) => x.quote.exact.includes(q))?.proposition?.facets ?? []).toEqual([]);
  });

  it('… but a part named with "half" or "year" is an item ("the northern half (+15%)")', () => {
    const text = 'Rainfall was above normal in the northern half (+15%) and below normal in the southern half (-10%) of Spain in 2023.';
    const claims = extract(text, { publishedAt: '2024-03-01' }).claims;
    const north = claims.find((x) => x.quote.exact.includes('15%'))?.metric;
    const south = claims.find((x) => x.quote.exact.includes('10%'))?.metric;
    expect(north).toBeDefined();
    expect(north).not.toBe(south);
  });
});
