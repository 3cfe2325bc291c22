import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a "with" clause that gives the figure of the sentence’s measure in the measure’s own word', () => {
  it('takes the words that qualify the measure where the sentence names it ("emissions from fossil fuels …, with 36.8 billion tonnes emitted")', () => {
    const text = 'Global carbon emissions from fossil fuels are at a record high – with 36.8 billion tonnes emitted in 2023, a study found.';
    const c = claimQuoted(text, '36.8 billion tonnes', { publishedAt: '2023-12-05', title: 'Emissions at a record' });
    expect(c.proposition?.facets).toEqual(['fossil']);
    expect(c.proposition?.measure).toBe('emissions');
  });

  it('not those of another measure named before it ("Car sales hit a record, with 3 million electric vehicles exported")', () => {
    const text = 'Chinese car sales from coal regions hit a record in 2023, with 3 million vehicles exported.';
    const c = claimQuoted(text, '3 million', { publishedAt: '2024-01-15', title: 'Car market' });
    expect(c.proposition?.measure).toBe('exports');
    expect(c.proposition?.facets ?? []).not.toContain('coal');
  });
});
