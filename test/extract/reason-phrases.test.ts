import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// A phrase of cause or circumstance beside a figure ("on the back of …", "amid …", "following …") says why the figure
// moved. What it names is neither what the figure measures nor whose figure it is.
describe('a measure named in a phrase of cause after the figure', () => {
  it.each([
    ['The precious metal has rallied more than 20% this year on anticipation that interest rates could eventually ease.', 'more than 20%'],
    ['Spot gold jumped as much as 1.8% on Friday as fresh housing data gave investors reason to bet on lower interest rates.', 'as much as 1.8%'],
    ['Copper gained 3% in 2024 on expectations of lower interest rates in the United States.', '3%'],
  ])('an expectation or a bet is why the figure moved, not what it measures: %s', (text, figure) => {
    const c = extract(text, { publishedAt: '2024-08-20', title: 'Metals rally' }).claims.find((x) => x.quote.exact === figure);
    expect(c, 'the figure is still read').toBeDefined();
    expect(c!.proposition?.measure ?? null).not.toBe('interest-rate');
  });

  it('is not what the figure measures: core inflation "on the back of falling service prices"', () => {
    const text =
      'Euro zone inflation slows to 2.4 percent in November\nAnnual inflation in the euro area fell to 2.4 percent in November.\n' +
      'Even underlying price pressures eased more quickly than forecast, with inflation excluding food and energy, a measure closely watched by ECB policymakers, declining to 3.6 per cent from 4.2 per cent on the back of falling service prices.';
    const c = extract(text, { publishedAt: '2023-12-01', title: 'Euro zone inflation slows' }).claims.find((x) => x.quote.exact === '3.6 per cent');
    expect(c?.proposition?.measure).toBe('core-inflation');
    expect(c?.proposition?.subject).toEqual(['euro-area']);
  });
  it.each([
    [
      "The 2025 singles champions' earnings represent an 11.1 percent jump from the previous year, a move that comes amid escalating player calls for a larger share of Grand Slam profits.",
    ],
    ["The 2025 winners' cheques represent an 11.1 percent jump on last year and come after player demands for a bigger share of grand slam profits."],
  ])('the profits players call for are not what rose: %s', (text) => {
    const c = extract(text, { publishedAt: '2025-06-05', title: 'Wimbledon prize money' }).claims.find((x) => x.quote.exact === '11.1 percent');
    expect(c, 'the figure is still read').toBeDefined();
    expect(c!.proposition?.measure).not.toBe('profit');
  });
});
