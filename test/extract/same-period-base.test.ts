import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// A figure set against "the same period last year" is of that earlier period even when a few words
// ("tallied over", "reported in 12 regions during") stand between it and the period.
describe('a base figure a few words before "the same period last year"', () => {
  const meta = { publishedAt: '2025-03-24' };
  it.each([
    [
      'Freedonia shipped $41.2 billion of goods in the March 1-20 period, compared with $37.05 billion tallied over the same period last year.',
      '$37.05 billion',
      '$41.2 billion',
    ],
    [
      'Freedonia logged a surplus of $6.4 billion in February, compared to a surplus of $4.9 billion during the same period the previous year.',
      '$4.9 billion',
      '$6.4 billion',
    ],
    [
      'From January to February, Freedonia reported 8,412 flu cases, up from 3,105 cases reported in its hospitals during the same period last year.',
      '3,105',
      '8,412',
    ],
    ['Freedonia counted 12,860 arrivals in the first quarter. That total compares to 20,311 at this time last year.', '20,311', '12,860'],
  ])('%s', (text, base, now) => {
    const then = claimQuoted(text, base, meta).period;
    const current = claimQuoted(text, now, meta).period;
    expect(then?.start?.slice(0, 4)).toBe('2024');
    expect(current?.start?.slice(0, 4)).toBe('2025');
  });

  it('while the change before "from what it sold in the same period" stays of the current period', () => {
    const text = 'Freedonia Motors sold 48,000 cars in the first quarter, better than expected and up nearly 20% from what it sold in the same period of 2024.';
    expect(claimQuoted(text, 'nearly 20%', meta).period?.start?.slice(0, 4)).toBe('2025');
  });
});
