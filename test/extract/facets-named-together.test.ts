import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// Facets of one kind joined by "and", "or" or a comma are named together; the parts that together make a whole
// (`madeOf` in facets.json) are the whole, so every outlet's figure of all electric vehicles meets.
describe('facets named together', () => {
  const at = { publishedAt: '2025-01-15', title: null };

  it.each([
    ['Global sales of fully electric and plug-in hybrid vehicles (EVs) soared by 25.6% in 2024, reaching over 17 million units.', 'over 17 million units'],
    ['Global sales of battery-electric and plug-in hybrid vehicles rose 25% in 2024.', '25%'],
  ])('the parts of a whole are the whole: %s', (text, figure) => {
    expect(claimQuoted(text, figure, at).proposition?.facets).toEqual(['electric-vehicles']);
  });

  it('and meet the whole named as such', () => {
    const parts = claimQuoted('Global sales of battery-electric and plug-in hybrid vehicles rose to 17 million in 2024.', '17 million', at);
    const whole = claimQuoted('Global sales of electric vehicles rose to 17 million in 2024.', '17 million', at);
    expect(parts.metric).toBe(whole.metric);
  });

  it('while one part alone stays that part', () => {
    expect(claimQuoted('Global sales of plug-in hybrid vehicles rose 30% in 2024.', '30%', at).proposition?.facets).toEqual(['hybrid']);
  });
});
