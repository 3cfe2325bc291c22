import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = (publishedAt: string) => ({ publishedAt, title: null });

// A measure's everyday names read only where they name it: the longer name of another measure wins, and words that
// also say something else ("watched", "through the year") are read only where they cannot.
describe('everyday names of measures', () => {
  it('a capitalised "Per" opening a sentence is no party', () => {
    const c = claimQuoted('Per capita GDP in Chile rose 1.9% in 2023.', '1.9%', {
      publishedAt: '2024-06-05',
      title: 'Per capita GDP in Chile rose 1.9% in 2023.',
    });
    expect(c.proposition?.subject).toEqual(['chile']);
  });

  it('net earnings per share are earnings per share, not profit', () => {
    const c = claimQuoted("Walmart's net earnings per share rose 9% to $0.60 in the first quarter of 2024.", '$0.60', meta('2024-06-05'));
    expect(c.proposition?.measure).toBe('earnings-per-share');
  });

  it('"watched by" counts an audience; someone who watched a price names none', () => {
    const audience = claimQuoted('The final was watched by 26.7 million people in Britain in July 2024.', '26.7 million', meta('2024-08-05'));
    expect(audience.proposition?.measure).toBe('viewers');
    const investors = claimQuoted('Investors watched as shares of Nvidia climbed 7% on Wednesday.', '7%', meta('2024-06-05'));
    expect(investors.proposition?.measure).not.toBe('viewers');
    expect(investors.proposition?.subject).toEqual(['nvidia']);
  });

  it('fares named after a passenger figure are prices, not passengers', () => {
    const c = claimQuoted("Ryanair's passenger volumes will rise to 198 million in the year to March 2025, with fares down 5%.", '5%', meta('2024-06-05'));
    expect(c.proposition?.measure).not.toBe('passengers');
    expect(c.comparable).toBe(false);
  });
});

describe('"through the year" as the statistics offices write it', () => {
  it('right after a change, is on the same period a year before', () => {
    const c = claimQuoted(
      'GDP per capita in Australia fell 0.4 per cent in the March quarter and 1.3 per cent through the year.',
      '1.3 per cent',
      meta('2024-06-05'),
    );
    expect(c.proposition?.basis).toBe('yoy');
  });

  it('elsewhere in the sentence, is the rest of the year and no comparison', () => {
    const c = claimQuoted('Sales in Australia rose 5% in May and are expected to keep rising through the year.', '5%', meta('2024-06-05'));
    expect(c.proposition?.basis).not.toBe('yoy');
  });
});

describe('"over" before a part of a year', () => {
  it('a single quarter stays the base a change is measured from', () => {
    const c = claimQuoted('Revenue at Ford rose 12% over the first quarter to $3.4 billion in the second quarter.', '12%', meta('2024-08-01'));
    expect(c.period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('a half that a later half has since followed is a base, never the time covered', () => {
    const c = claimQuoted('Sales at Ford were up 10% over the first half of last year.', '10%', meta('2024-08-01'));
    expect(c.period?.end).not.toBe('2023-06-30');
  });
});

describe('a word of scope opening a sentence', () => {
  it('"International passengers rose …" names what is counted, not a party: the airport the paragraph named is', () => {
    const text = 'Istanbul Airport traffic\n\nIstanbul Airport handled 80.1 million passengers in 2024. International passengers rose 6.4% to 64.5 million.';
    const c = claimQuoted(text, '64.5 million', meta('2025-01-13'));
    expect(c.proposition?.subject).toEqual(['istanbul-airport']);
    expect(c.proposition?.facets).toContain('international');
  });
});

describe('a share of the vote', () => {
  it('is one kind of figure whether "of the vote" follows it or it is the level a change came from', () => {
    const text = 'Election results\n\nThe ANC won 40.2% of the vote in 2024, down from 57.5% in 2019.';
    const now = claimQuoted(text, '40.2%', meta('2024-07-10'));
    const then = claimQuoted(text, '57.5%', meta('2024-07-10'));
    expect(now.proposition?.measure).toBe('vote-share');
    expect(then.proposition?.statType).toBe(now.proposition?.statType);
  });
});
