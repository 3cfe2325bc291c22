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

  it('so is every figure of a base listed with commas before "the year-ago quarter"', () => {
    const text =
      'For the quarter, Freedonia Fruit posted revenue of $94.9 billion and net profit of $14.7 billion, or $0.97 per diluted share, compared to revenue of $89.5 billion and net profit of $23.0 billion, or $1.46 per diluted share, in the year-ago quarter.';
    const at = { publishedAt: '2024-10-31', title: 'Freedonia Fruit results for the quarter ended September 28, 2024' };
    for (const base of ['$89.5 billion', '$23.0 billion', '$1.46']) expect(claimQuoted(text, base, at).period?.start).toBe('2023-07-01');
    for (const now of ['$94.9 billion', '$14.7 billion', '$0.97']) expect(claimQuoted(text, now, at).period?.start).toBe('2024-07-01');
  });

  it('but a change set "over the same period" is no figure of that period, though a base came before it', () => {
    const text =
      'Quarterly revenue came in at $22.1 billion, a 22 percent increase from the previous quarter and a 265 percent rise over the same period in 2023.';
    expect(claimQuoted(text, '265 percent', { publishedAt: '2025-02-22', title: 'Results for the final quarter of 2024' }).period?.start).toBe('2024-10-01');
  });

  it('a year in the possessive right before a figure dates it, even after "since"', () => {
    const text = "Freedonia's trade surplus reached $51.8 billion in 2024, the highest since 2018's $69.7 billion.";
    const at = { publishedAt: '2025-01-01' };
    expect(claimQuoted(text, '$69.7 billion', at).period?.start).toBe('2018-01-01');
    expect(claimQuoted(text, '$51.8 billion', at).period?.start).toBe('2024-01-01');
  });

  it('while the change before "from what it sold in the same period" stays of the current period', () => {
    const text = 'Freedonia Motors sold 48,000 cars in the first quarter, better than expected and up nearly 20% from what it sold in the same period of 2024.';
    expect(claimQuoted(text, 'nearly 20%', meta).period?.start?.slice(0, 4)).toBe('2025');
  });
});

describe('when records began is how far back a record reaches, not the time of what follows', () => {
  const at = { publishedAt: '2024-01-24' };
  it.each([
    [
      "Freedonia's exports rose 2.8 percent to a record 100.89 trillion yen in 2023. It was the highest level since comparable data became available in 1979. Imports dropped 7.0 percent to 110.18 trillion yen.",
      '110.18 trillion yen',
    ],
    [
      "Freedonia's exports expanded 2.8% to ¥100.9 trillion in 2023, the highest since comparable data became available in 1979, and imports fell 7% to ¥110.2 trillion.",
      '¥110.2 trillion',
    ],
    ["Freedonia's fertility rate fell to 1.20 in 2023, the lowest since records began in 1947.", '1.20'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, at).period?.start).toBe('2023-01-01');
  });

  it('still dates a figure by a time after "since" that is no record\'s reach', () => {
    const text = 'Freedonia has had 1.2 million visitors since data from the new border system became available in March 2023.';
    expect(claimQuoted(text, '1.2 million', at).period?.label).toMatch(/2023/);
  });
});
