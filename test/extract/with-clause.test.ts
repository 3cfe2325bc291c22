import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-04-05', title: 'Austrian imports rise in February' };

describe('", with most …" opens a clause of its own: the origin it names is not the origin of the figure before it', () => {
  const text =
    'Austria’s total imports amounted to 21.5 billion euros in February, with most continuing to come from Germany, up 6 percent to 7.1 billion euros.';
  it('the total is Austria’s imports from everywhere', () => {
    expect(claimQuoted(text, '21.5 billion euros', META).metric).toMatch(/^imports\.austria\.total$/);
  });
  it('the figure after it is the imports from Germany', () => {
    expect(claimQuoted(text, '7.1 billion euros', META).metric).toMatch(/^imports\.austria-from-germany\./);
  });
  it('", with 80 %" still states a figure of the clause before it', () => {
    const c = claimQuoted('Austria led the region, with 80% of its imports coming from the EU in 2023.', '80%', META);
    expect(c.metric).toMatch(/austria/);
  });
});
