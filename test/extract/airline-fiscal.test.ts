import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

describe('airlines report by their own fiscal years', () => {
  it.each([
    ['Ryanair’s first quarter runs from April to June', 'Ryanair said first-quarter revenue rose 1% to €3.6bn.', '€3.6bn', '2024-04-01', '2024-06-30'],
    ['easyJet’s first quarter runs from October to December', 'easyJet said first-quarter revenue rose 20% to £1.8bn.', '£1.8bn', '2023-10-01', '2023-12-31'],
  ])('%s', (_name, text, quote, start, end) => {
    const c = extract(text, { publishedAt: '2024-07-22', title: 'Airline results' }).claims.find((x) => x.quote.exact === quote);
    expect(c?.period?.start).toBe(start);
    expect(c?.period?.end).toBe(end);
  });
});
