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

describe('a figure of an event with no time of its own, told soon after an edition, is that edition’s', () => {
  it('viewers of a ceremony reported two days after it are of that ceremony', () => {
    const c = claimQuoted('The Oscars lifted ratings again as 19.5 million tuned in to watch the Academy Awards.', '19.5 million', {
      publishedAt: '2024-03-12',
      title: 'Oscars ratings climb',
    });
    expect(c.period).toMatchObject({ start: '2024-03-10', end: '2024-03-10', label: 'Academy Awards 2024', resolution: 'relative' });
    expect(c.comparable).toBe(true);
  });

  it('another ceremony’s audience reported the week after it is of that ceremony', () => {
    const c = claimQuoted('The Grammy Awards drew 16.9 million viewers across CBS and Paramount+.', '16.9 million', {
      publishedAt: '2024-02-07',
      title: 'Grammys audience',
    });
    expect(c.period).toMatchObject({ start: '2024-02-04', end: '2024-02-04', label: 'Grammy Awards 2024' });
  });

  it('not long after, not from a month without its day, and not before the edition', () => {
    const text = 'The Grammy Awards drew 16.9 million viewers across CBS and Paramount+.';
    const late = claimQuoted(text, '16.9 million', { publishedAt: '2024-05-20', title: 'TV' });
    expect(late.period?.resolution).toBe('publication');
    const monthOnly = claimQuoted(text, '16.9 million', { publishedAt: '2024-02', title: 'TV' });
    expect(monthOnly.period?.resolution).toBe('publication');
    const preview = claimQuoted('The Grammy Awards could draw 17 million viewers, analysts say.', '17 million', { publishedAt: '2024-02-02', title: 'TV' });
    expect(preview.period?.label ?? '').not.toMatch(/Grammy/);
  });
});

describe('who watched a broadcast', () => {
  it('"people watched the telecast" counts viewers', () => {
    const c = claimQuoted('An estimated 19.5 million people watched the telecast on ABC, up 4% on last year.', 'An estimated 19.5 million', {
      publishedAt: '2024-03-12',
      title: 'Oscars ratings climb',
    });
    expect(c.proposition?.measure).toBe('viewers');
  });

  it('watching something that is no broadcast counts nothing ("analysts watched the bond market")', () => {
    const c = claimQuoted('Analysts watched the bond market closely as shares of the network rose 5% in March 2024.', '5%', {
      publishedAt: '2024-03-12',
      title: 'Markets',
    });
    expect(c.proposition?.measure ?? null).not.toBe('viewers');
  });
});
