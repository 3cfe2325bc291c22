import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-01-16', title: 'Samsung loses smartphone market crown for the first time since 2010' };

// "The smartphone market had a terrible 2023. A 3.2% decline to 1.17 billion units …": a sentence about a market as a
// whole, before any party, is about the world's market; the figures after it that name no party are the world's — not
// the headline's company, nor what the sentence opened by likening the market to.
describe('a market as a whole, the subject of the sentence before', () => {
  it('owns the figures after it that name no party', () => {
    const text =
      'The smartphone market had a terrible 2023. A 3.2% decline to 1.17 billion units shipped last year marked the lowest full-year volume in a decade, writes IDC.';
    const c = claimQuoted(text, '1.17 billion units', meta);
    expect(c.proposition?.subject).toEqual(['world']);
    expect(c.proposition?.facets).toContain('smartphones');
  });

  it('also after an opening that likens it to another industry', () => {
    const text =
      'Much like the PC industry, which has just experienced its worst 12 months in history, the smartphone market had a terrible 2023. A 3.2% decline to 1.17 billion units shipped last year marked the lowest full-year volume in a decade, writes IDC.';
    const c = claimQuoted(text, '3.2%', meta);
    expect(c.proposition?.subject).toEqual(['world']);
  });

  it('but a market of a place named in the sentence is that place’s', () => {
    const text = "China's car market had a strong 2023. Sales rose 12% to 30 million vehicles, the association said.";
    const c = claimQuoted(text, '30 million vehicles', { publishedAt: '2024-01-12', title: 'China car sales' });
    expect(c.proposition?.subject).not.toEqual(['world']);
  });
});

describe('a party a sentence opens by likening to', () => {
  it('is not what the next sentence is about', () => {
    const text = 'Unlike Germany, which contracted in 2023, France grew last year. The economy expanded 0.9% in 2023, the statistics office said.';
    const c = claimQuoted(text, '0.9%', { publishedAt: '2024-01-30', title: 'French economy in 2023' });
    expect(c.proposition?.subject).toEqual(['france']);
  });
});
