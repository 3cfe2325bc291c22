import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-01-10' };
const TEXT =
  'Freedonia added 256,000 jobs in December 2024. December saw job growth in healthcare (+46,000), government (+33,000), and social assistance (+23,000).';

describe('a list of bracketed figures', () => {
  it('gives each figure the item named right before its bracket, and no other item', () => {
    const health = claimQuoted(TEXT, '46,000', META);
    const government = claimQuoted(TEXT, '33,000', META);
    const social = claimQuoted(TEXT, '23,000', META);
    expect(health.proposition?.facets).toEqual(['health-care']);
    expect(social.proposition?.facets).toEqual(['social-assistance']);
    expect(government.proposition?.facets).toEqual(['government']);
    expect(new Set([health.metric, government.metric, social.metric]).size).toBe(3);
  });

  it('leaves a measure or a party before a bracket to the usual reading', () => {
    const text = 'Kestrel reported revenue ($22.1 billion) and profit ($12.3 billion) for 2024.';
    expect(claimQuoted(text, '$22.1 billion', META).proposition?.measure).toBe('revenue');
    expect(claimQuoted(text, '$12.3 billion', META).proposition?.measure).toBe('profit');
  });
});

describe('a move said to be "in" an item with one bracketed figure is that item\'s', () => {
  const META = { publishedAt: '2024-12-06' };
  it('reads the sector, not the total, and keeps it out of the total of the month', () => {
    const text = 'Employers added 227,000 jobs in November. Over the month, employment trended up in food services and drinking places (+29,000).';
    const total = claimQuoted(text, '227,000', META);
    const part = claimQuoted(text, '29,000', META);
    expect(part.proposition?.measure).toBe('jobs');
    expect(part.proposition?.facets).not.toEqual([]);
    expect(part.metric).not.toBe(total.metric);
  });

  it('leaves a month in brackets a time, not an item', () => {
    const c = claimQuoted('Exports rose in March (+5%).', '5%', META);
    expect(c.proposition?.facets).toEqual([]);
  });
});
