import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-01-25', title: 'Japan trade in December' };

// "monthly" before a flow of one month, "quarterly" before one of a quarter, say no more than the period does.
describe('a word for the period’s own length', () => {
  it('adds nothing to a flow of that period: "a monthly trade surplus … in December" is December’s surplus', () => {
    const said = claimQuoted('Japan posted a monthly trade surplus of 62.1 billion yen in December.', '62.1 billion yen', meta);
    const plain = claimQuoted('Japan posted a trade surplus of 62.1 billion yen in December.', '62.1 billion yen', meta);
    expect(said.proposition?.facets).not.toContain('monthly');
    expect(said.metric).toBe(plain.metric);
  });

  it('"quarterly" likewise, of a quarter’s earnings per share', () => {
    const c = claimQuoted('Apple reported quarterly earnings per share of $0.97 in the third quarter.', '$0.97', meta);
    expect(c.proposition?.facets ?? []).not.toContain('quarterly');
  });

  it('but "monthly inflation" is the month’s own rise, another figure than the annual rate', () => {
    const c = claimQuoted('Monthly inflation in Argentina reached 25.5 percent in December.', '25.5 percent', meta);
    expect(c.proposition?.facets).toContain('monthly');
  });
});
