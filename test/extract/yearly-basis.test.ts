import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2022-11-02', title: 'Austria’s exports drop in September' };

describe('"on a yearly basis" states a year-on-year change of the month, not a figure of the whole year', () => {
  it('is year-on-year and keeps the month', () => {
    const text = 'Austrian exports fell 0.5% month-on-month in September. On a yearly basis, Austrian exports grew 20.3% in September.';
    const c = claimQuoted(text, '20.3%', META, { exact: true });
    expect(c.metric).toMatch(/^exports\.austria\.growth\.yoy$/);
    expect(c.period?.start).toBe('2022-09-01');
  });

  it('"slower than the prior month’s 23.1 % increase" names an earlier figure, not the comparison', () => {
    const text = 'On a yearly basis, Austrian exports grew 20.3% in September, slower than the prior month’s 23.1% increase.';
    const c = claimQuoted(text, '20.3%', META, { exact: true });
    expect(c.metric).not.toMatch(/\.mom/);
  });
});
