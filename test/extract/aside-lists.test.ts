import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-03-01', title: 'Swiss inflation eases in February' };

describe('a measure word listed inside an aside does not name what the figure after the aside measures', () => {
  it.each([
    [
      'Swiss core inflation, which strips out energy, food, and tobacco prices, slowed to 1.1 percent in February.',
      '1.1 percent',
      /^core-inflation\.switzerland\./,
    ],
    [
      'Swiss core inflation, which excludes volatile energy, food, alcohol and tobacco prices, eased to 1.1% in February.',
      '1.1%',
      /^core-inflation\.switzerland\./,
    ],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('a list that is no aside still names the measure of its own figure', () => {
    const c = claimQuoted('Swiss prices of energy, food, and tobacco rose 2.4% in February.', '2.4%', META, { exact: true });
    expect(c.metric).not.toMatch(/^core-inflation/);
  });
});
