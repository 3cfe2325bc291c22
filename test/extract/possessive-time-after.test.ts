import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// "imports were down 10 % following April's 6.4 % increase": the month in the possessive is the time of the
// figure it introduces; the figure before it keeps the time the text is about.
describe('a time in the possessive after a figure ("following April\'s 6.4 % increase")', () => {
  const meta = { publishedAt: '2024-07-08' };
  it.each([
    ['Freedonia data for May were weak. Similarly, imports were down 10.0 percent following April’s 6.4 percent increase.', '10.0 percent', '6.4 percent'],
    ["Freedonia data for May were weak. Exports fell 3.6 percent after March's 2.1 percent rise.", '3.6 percent', '2.1 percent'],
  ])('%s', (text, own, introduced) => {
    expect(claimQuoted(text, introduced, meta).period?.label).not.toBe(claimQuoted(text, own, meta).period?.label);
    expect(claimQuoted(text, own, meta).period?.start).toBe('2024-05-01');
  });

  it('while a figure that moved from the month in the possessive is of the month after it', () => {
    const text = "The economy added 256,000 jobs in December. The unemployment rate fell by 0.1% from November's 4.2%.";
    expect(claimQuoted(text, '0.1%', { publishedAt: '2025-01-10' }).period?.start).toBe('2024-12-01');
  });
});
