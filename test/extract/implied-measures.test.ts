import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a business segment that moves or reaches a sum, with no measure named, states its revenue', () => {
  const META = { publishedAt: '2024-02-22', title: 'Nvidia results beat forecasts' };
  const text = "Nvidia's data center segment surged by 409% in the fourth quarter of fiscal 2024 to reach $18.4 billion.";

  it.each([
    ['409%', /^revenue\.data-center\.nvidia\.growth/],
    ['$18.4 billion', /^revenue\.data-center\.nvidia\.total/],
  ])('%s', (figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('not a count the segment gives ("employs 26,000 people")', () => {
    const c = claimQuoted("Nvidia's data center segment employs 26,000 people.", '26,000', META);
    expect(c.metric).not.toMatch(/^revenue/);
  });
});

describe('prize money paid to a recipient named with its edition', () => {
  it('"The singles champions of 2024 will each earn £2.7 million" is the champions\' prize money', () => {
    const c = claimQuoted('The singles champions of 2024 will each earn £2.7 million at Wimbledon.', '£2.7 million', {
      publishedAt: '2024-06-14',
      title: 'Wimbledon prize money reaches record',
    });
    expect(c.proposition?.measure).toBe('prize-money');
    expect(c.proposition?.facets).toContain('champion');
  });
});
