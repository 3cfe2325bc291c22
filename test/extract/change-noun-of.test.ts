import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-05-16', title: 'Austria’s economy shrinks in first quarter' };

describe('"an expansion of 0.4 percent" names a change, not a measure of its own', () => {
  it.each([
    'Austria’s GDP fell 0.6% in the first quarter of 2024. This contraction follows a modest expansion of 0.4 percent in the final quarter of 2023.',
    'Austria’s GDP fell 0.6% in the first quarter of 2024, after an expansion of 0.4 percent in the final quarter of 2023.',
  ])('%s', (text) => {
    const c = claimQuoted(text, '0.4 percent', META, { exact: true });
    expect(c.metric).toMatch(/^gdp\.austria\.growth/);
    expect(c.period?.start).toBe('2023-10-01');
  });

  it('capacity additions named as such keep their measure', () => {
    const c = claimQuoted('Austria added 1.2 GW of solar capacity in 2023, a capacity expansion of 30%.', '1.2 GW', META, { exact: true });
    expect(c.metric).not.toMatch(/^gdp/);
  });
});
