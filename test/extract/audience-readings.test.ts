import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-03-12', title: 'Oscars hit four-year audience high' };

describe('the audience of a televised show', () => {
  it('peaking "in the final half-hour" is no half of a year', () => {
    const text = 'The Oscars peaked in the final half-hour at 21.9 million viewers.';
    const c = claimQuoted(text, '21.9 million', meta);
    expect(c.period?.start).not.toBe('2023-07-01');
    expect(c.period?.start).not.toBe('2024-07-01');
  });

  it('"the highest numbers since the February 9, 2020 show" reaches back to a record, and dates no figure', () => {
    const text = 'The Oscars drew 19.5 million viewers, the highest numbers since the February 9, 2020 show. The show peaked at 21.9 million viewers.';
    expect(claimQuoted(text, '19.5 million', meta).period?.start).not.toBe('2020-02-09');
    expect(claimQuoted(text, '21.9 million', meta).period?.start).not.toBe('2020-02-09');
  });
});

describe('a half or a quarter of something other than a year', () => {
  it.each([
    ['Membership rose 3% in the first half-century of the club.', '3%'],
    ['The second quarter-final drew 60,000 fans.', '60,000'],
  ])('%s', (text, quote) => {
    // Published in March 2024, a half or quarter of a year unnamed would be one of 2023; these name none.
    expect(claimQuoted(text, quote, { publishedAt: '2024-03-12', title: 'Results' }).period?.start).not.toMatch(/^2023-0[147]-01$/);
  });

  it('while "the second half of 2023" is one', () => {
    const text = 'Sales rose 5% in the second half of 2023.';
    expect(claimQuoted(text, '5%', { publishedAt: '2024-03-12', title: 'Results' }).period?.start).toBe('2023-07-01');
  });
});

describe('a change from last year set against a time of this year', () => {
  it('is the change to that time ("drew 19.5 million viewers on Sunday night, up 4% from last year")', () => {
    const text = 'The telecast drew 19.5 million viewers on Sunday night, up 4% from last year.';
    const c = claimQuoted(text, '4%', meta);
    expect(c.period?.start).toBe(c.period?.end);
    expect(c.period?.start?.startsWith('2024-03')).toBe(true);
  });

  it('"Prices in March were up 4% from last year" is March’s change', () => {
    const c = claimQuoted('Prices in March were up 4% from last year.', '4%', { publishedAt: '2024-05-12', title: 'Prices' });
    expect([c.period?.start, c.period?.end]).toEqual(['2024-03-01', '2024-03-31']);
  });

  it('"Prices in 2024 were up 4% from 2022" still spans the two years', () => {
    const c = claimQuoted('Prices in 2024 were up 4% from 2022.', '4%', { publishedAt: '2024-12-12', title: 'Prices' });
    expect(c.period?.start).toBe('2022-01-01');
  });

  it('"Kicking off an hour earlier than usual, the telecast drew …": a participle opening the sentence leaves the headline its party', () => {
    const text = 'Kicking off an hour earlier than usual, the telecast on Sunday night drew 19.5 million total viewers.';
    const c = claimQuoted(text, '19.5 million', { publishedAt: '2024-03-12', title: 'Oscars hit four-year audience high' });
    expect(c.proposition?.subject).toEqual(['academy-awards']);
  });
});

describe('a change with no verb of its own, set after an event’s figure', () => {
  const title = 'The 2024 Oscars a big hit with viewers';
  it('is told in that figure’s tense: "the Oscars drew 19.5 million viewers – up four percent from last year’s telecast" is held', () => {
    const text = 'According to Nielsen estimates, the Oscars drew 19.5 million viewers – up four percent from last year’s telecast.';
    expect(claimQuoted(text, 'four percent', { publishedAt: '2024-03-12', title }).proposition?.modality).toBe('actual');
  });

  it('and stays a forecast after a figure that is one ("will draw 20 million viewers – up four percent")', () => {
    const text = 'Analysts say the Oscars will draw 20 million viewers in 2024 – up four percent from last year’s telecast.';
    expect(claimQuoted(text, 'four percent', { publishedAt: '2024-02-12', title }).proposition?.modality).toBe('forecast');
  });
});

describe('an audience is of what was watched, not of the channel that carried it', () => {
  const meta = { publishedAt: '2024-03-11', title: 'Oscars hit four-year audience high' };

  it('"ABC’s Jimmy Kimmel-hosted telecast drew 19.5 million viewers", under a headline about the Oscars, is the Oscars’ audience', () => {
    const text = 'ABC’s Jimmy Kimmel-hosted telecast on Sunday night drew 19.5 million total viewers, up 4% from last year.';
    expect(claimQuoted(text, '19.5 million', meta).proposition?.subject).toEqual(['academy-awards']);
    expect(claimQuoted(text, '4%', meta, { exact: true }).proposition?.subject).toEqual(['academy-awards']);
  });

  it('a channel’s own audience, with no programme after it, stays the channel’s', () => {
    const c = claimQuoted('NBC drew 5 million viewers for its primetime lineup on Sunday.', '5 million', meta);
    expect(c.proposition?.subject).toEqual(['nbc']);
  });
});
