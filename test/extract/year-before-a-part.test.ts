import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a part of a year named after the year ("last year’s first quarter")', () => {
  const meta = { publishedAt: '2024-04-24', title: 'Thermo Fisher results' };

  it('"last year’s first quarter" is the first quarter of the year before', () => {
    const text = 'In the first quarter, Thermo Fisher net income was $1.33 billion. This compares with $1.29 billion in last year’s first quarter.';
    expect(claimQuoted(text, '$1.29 billion', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
    expect(claimQuoted(text, '$1.33 billion', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('"2023’s second half" is July to December 2023', () => {
    const claim = claimQuoted('Acme Corp revenue was $4 billion in 2023’s second half.', '$4 billion', meta);
    expect(claim.period).toMatchObject({ start: '2023-07-01', end: '2023-12-31' });
  });
});

describe('"the year up to this June"', () => {
  it('is the twelve months to June of the publication year, not June alone', () => {
    const claim = claimQuoted('Net migration to the UK dropped to 728,000 in the year up to this June.', '728,000', {
      publishedAt: '2024-11-28',
      title: 'UK net migration falls',
    });
    expect(claim.period).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });
});

describe('a time in the possessive before a figure is that figure’s alone', () => {
  const meta = { publishedAt: '2024-07-02', title: 'Tesla Q2 deliveries' };
  const opening = 'Tesla delivered 443,956 vehicles in the second quarter, a 14.8% increase from the first quarter’s 386,810 deliveries';

  it('a change set against "the same period last year" after it is of the sentence’s quarter', () => {
    const text = `${opening} but a 4.8% decrease from the same period last year.`;
    expect(claimQuoted(text, '386,810', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(claimQuoted(text, '4.8%', meta).period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('"the same period last year" steps back from the sentence’s quarter, not from the possessive one', () => {
    const text = `${opening} but a 4.8% decrease from the 466,140 deliveries reported in the same period last year.`;
    expect(claimQuoted(text, '466,140', meta).period).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
  });
});

describe('a change that moved from a level of a year before', () => {
  const meta = { publishedAt: '2024-04-23', title: 'Quest Diagnostics results' };

  it('"rose 1.7 percent to $2.37 billion from $2.33 billion last year" in a quarter is on the year before, from that quarter', () => {
    const text = 'Quest Diagnostics revenue for the first quarter rose 1.7 percent to $2.37 billion from $2.33 billion last year.';
    expect(claimQuoted(text, '1.7 percent', meta).proposition?.basis).toBe('yoy');
    expect(claimQuoted(text, '$2.33 billion', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });

  it('"from $2.33 billion a year earlier" is the same quarter a year before, and no sum per year', () => {
    const text = 'Quest Diagnostics revenue for the first quarter rose 1.7 percent to $2.37 billion from $2.33 billion a year earlier.';
    const level = claimQuoted(text, '$2.33 billion', meta, { exact: true });
    expect(level.period).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
    expect(claimQuoted(text, '1.7 percent', meta).proposition?.basis).toBe('yoy');
  });

  it('a sum a year before tax is still a sum per year', () => {
    const claim = claimQuoted('Nurses earn £30,000 a year before tax.', '£30,000', meta);
    expect(claim.quote.exact).toBe('£30,000 a year');
  });

  it('the level a year’s change moved from "last year" is of the year before that year', () => {
    const text = 'Acme Corp revenue for 2023 rose 1.7 percent to $9.37 billion from $9.23 billion last year.';
    expect(claimQuoted(text, '$9.23 billion', { publishedAt: '2024-02-23', title: 'Acme results' }).period).toMatchObject({
      start: '2022-01-01',
      end: '2022-12-31',
    });
  });
});

describe('"one year ago" is "a year ago"', () => {
  it('steps a year back from the time the text is about', () => {
    const text = 'The average 30-year mortgage rate was 6.95% this week. One year ago, the 30-year mortgage rate was 6.63%.';
    const meta = { publishedAt: '2025-01-30', title: 'Mortgage rates' };
    const now = claimQuoted(text, '6.95%', meta).period;
    const then = claimQuoted(text, '6.63%', meta).period;
    expect(now?.start?.slice(0, 4)).toBe('2025');
    expect(then?.start?.slice(0, 4)).toBe('2024');
    expect(then?.start?.slice(5)).toBe(now?.start?.slice(5));
  });
});

describe('a run of days spelled out', () => {
  it('"in the first ten days of July" is 1–10 July, as "the first 10 days" is', () => {
    const meta = { publishedAt: '2023-07-11', title: 'Korea exports' };
    const spelled = claimQuoted('South Korea’s exports in the first ten days of July fell 2.5%.', '2.5%', meta);
    expect(spelled.period).toMatchObject({ start: '2023-07-01', end: '2023-07-10' });
  });
});
