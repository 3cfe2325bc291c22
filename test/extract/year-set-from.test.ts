import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a year a change is set from or against is its base, not its time', () => {
  it('"down by around 900,000 b/d from 2022", after "last year", is of last year', () => {
    const text = 'Saudi exports averaged 7.93mn b/d last year, down by around 900,000 b/d from 2022.';
    const claim = claimQuoted(text, 'around 900,000', { publishedAt: '2024-01-05', title: 'Oil exporters' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(claim.proposition?.statType).toBe('change');
  });

  it('"3.9% above the full year 2019 level" is of the year the sentence names', () => {
    const text = '2023 domestic air traffic was 3.9% above the full year 2019 level.';
    const claim = claimQuoted(text, '3.9%', { publishedAt: '2024-02-01', title: 'Global airline traffic in 2023' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('"a 4.9 percent hike from 2022" in a text about 2023 is of 2023, and leaves no time to the next sentence', () => {
    const text = 'RevPAR settled at $97.97, a 4.9 percent hike from 2022. The hotel occupancy rate at year-end was 63 percent.';
    const meta = { publishedAt: '2024-01-18', title: 'U.S. hotels posted record revenues in 2023' };
    expect(claimQuoted(text, '4.9 percent', meta).period?.start).toBe('2023-01-01');
    expect(claimQuoted(text, '63 percent', meta).period?.end).toBe('2023-12-31');
  });
});
