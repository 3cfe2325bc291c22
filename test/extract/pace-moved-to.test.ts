import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-10-08', title: 'Austria exports rise in August' };

describe('the pace a change moved to, and from, is a change, not a share', () => {
  it.each([
    ['Year-on-year, Austrian exports growth accelerated to 6.4 percent in August.', '6.4 percent'],
    ['Year-on-year, Austrian exports growth accelerated to 6.4 percent from 5.1 percent in July.', '5.1 percent'],
    ['Growth in Austrian imports slowed to 2.2% in August.', '2.2%'],
  ])('%s', (text, figure) => {
    const c = claimQuoted(text, figure, META, { exact: true });
    expect(c.metric).toMatch(/^(?:exports|imports)\.austria\.growth/);
  });

  it('a share reached is still a share', () => {
    const c = claimQuoted('Austria’s share of EU exports rose to 2.1% in August.', '2.1%', META, { exact: true });
    expect(c.metric).not.toMatch(/\.growth/);
  });
});
