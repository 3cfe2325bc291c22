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

describe('the naming a "with" clause restates', () => {
  const meta = { publishedAt: '2024-02-20', title: 'Shipments' };
  it('is the nearest before it ("Smartphone shipments rose 6%, while PC shipments fell 10%, with 39 million PCs shipped")', () => {
    const text = 'Smartphone shipments in China rose 6% in 2023, while PC shipments fell 10%, with 39 million PCs shipped.';
    expect(claimQuoted(text, '39 million', meta).proposition?.facets ?? []).not.toContain('smartphone');
  });

  it('is none where the clause qualifies the figure in its own words ("… – with 37.4 billion tonnes emitted from fossil fuels")', () => {
    const text = 'Global emissions rose 0.8% in 2024 – with 37.4 billion tonnes of carbon dioxide emitted from fossil fuels.';
    expect(claimQuoted(text, '37.4 billion', { publishedAt: '2024-12-05', title: 'Emissions' }).proposition?.facets).toContain('fossil');
  });

  it('never drops the naming’s qualifier where that naming has a figure of its own ("Emissions from coal rose 0.2% in 2024, with 15.5 billion tonnes emitted")', () => {
    const text = 'Carbon dioxide emissions from coal rose 0.2% in 2024, with 15.5 billion tonnes emitted.';
    const c = claimQuoted(text, '15.5 billion', { publishedAt: '2024-12-05', title: 'Emissions' });
    // Either read as coal's or left unread as a part of the change before it; never all emissions.
    expect(c.proposition === null || c.proposition.facets.includes('coal')).toBe(true);
  });
});
