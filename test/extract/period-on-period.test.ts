import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-06-20' };

describe('"year on year" after a figure is its comparison, not a length of time or the thing counted', () => {
  it.each([
    ['Net migration to the UK is estimated to be up by 65,000 year on year, the latest figures show.', '65,000'],
    ['Car sales rose by 3,000 month-on-month in May 2024.', '3,000'],
  ])('%s', (text, figure) => {
    const c = claimQuoted(text, figure, META);
    expect(c.quote.exact).toBe(figure);
    expect(c.unit).toBe('count');
  });

  it('while "3 years" is still a length of time', () => {
    expect(claimQuoted('The project will take 3 years to finish.', '3 years', META).unit).toBe('year');
  });
});
