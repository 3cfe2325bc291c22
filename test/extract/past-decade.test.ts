import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('"in the last decade" is the ten years up to publication', () => {
  it('and not the year the headline names', () => {
    const c = claimQuoted('In the last decade, Canada typically added 310,000 jobs per year.', '310,000', {
      publishedAt: '2025-01-10',
      title: 'Canada added 410,000 jobs in 2024',
    });
    expect(c.period).toMatchObject({ start: '2015-01-01', end: '2025-01-10' });
  });
});
