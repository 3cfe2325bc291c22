import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-06-05', title: 'Grand Slam purses keep growing' };

describe('a figure of a recurring event stated for a year is of that year’s edition', () => {
  // [what, text, figure, start, end, label]
  const ROWS: Array<[string, string, string, string, string, string]> = [
    [
      'a year named',
      'Wimbledon will pay out a record £53.5 million in prize money in 2025, organisers said.',
      '£53.5 million',
      '2025-06-30',
      '2025-07-13',
      'Wimbledon 2025',
    ],
    [
      'an earlier year named',
      'The French Open offered total prize money of €49.6 million in 2023.',
      '€49.6 million',
      '2023-05-28',
      '2023-06-11',
      'French Open 2023',
    ],
    [
      '"this year", read against the publication date',
      'The Tour de France prize money pot stays at €2.3 million this year.',
      '€2.3 million',
      '2025-07-05',
      '2025-07-27',
      'Tour de France 2025',
    ],
  ];
  it.each(ROWS)('%s', (_what, text, figure, start, end, label) => {
    const c = claimQuoted(text, figure, META);
    expect(c.period).toMatchObject({ start, end, label });
  });

  it('a year the lexicon holds no edition for keeps the year', () => {
    const c = claimQuoted('Wimbledon paid out £7 million in prize money in 1995.', '£7 million', META);
    expect(c.period).toMatchObject({ start: '1995-01-01', end: '1995-12-31' });
  });

  it('a figure dated only by the publication year stays so', () => {
    const c = claimQuoted('Wimbledon prize money rose to £53.5 million.', '£53.5 million', { publishedAt: '2025-06-05' });
    expect(c.period?.resolution).toBe('publication');
  });
});
