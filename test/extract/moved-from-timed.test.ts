import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-03-18', title: 'Annual inflation in Spain confirmed at 2.9% in February' };

describe('"from X in October to Y": the time after the figure moved from is that figure’s', () => {
  const text = 'Yearly consumer inflation in Spain eased from 3.0% in January to 2.9%, data showed.';
  it('the figure moved from is January’s', () => {
    expect(claimQuoted(text, '3.0%', META).period).toMatchObject({ start: '2025-01-01', end: '2025-01-31' });
  });
  it('the figure moved to is of the month the text is about, not January', () => {
    expect(claimQuoted(text, '2.9%', META).period).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
  });
});

describe('"decelerated to X from Y": the figure moved from is of the period before', () => {
  it.each(['decelerated', 'moderated', 'cooled', 'softened'])('%s', (verb) => {
    const text = `Core inflation in Spain ${verb} to 2.2 percent in February from 2.4 percent.`;
    expect(claimQuoted(text, '2.4 percent', META).period).toMatchObject({ start: '2025-01-01', end: '2025-01-31' });
  });
});
