import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-08-05', title: 'Monthly traffic' };
const TEXT = 'Skylark carried 15.1m passengers in July. That is a 6% increase from last July, when traffic totalled 14.2m.';

describe('"last July" written in August', () => {
  const claims = extract(TEXT, META).claims;
  const of = (quote: string) => claims.find((c) => c.quote.exact === quote);
  it('is July of the year before: the month just gone would be "last month"', () => {
    expect(of('14.2m')?.period?.start).toBe('2023-07-01');
    expect(of('14.2m')?.period?.end).toBe('2023-07-31');
  });
  it('makes a change from it year on year', () => {
    expect(of('6%')?.metric).toMatch(/\.yoy$/);
  });
  it('leaves "in July" the July just gone', () => {
    expect(of('15.1m passengers')?.period?.start).toBe('2024-07-01');
  });
});
