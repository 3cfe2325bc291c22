import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a level set against an earlier one ("X, up from Y in 2023")', () => {
  it('is of the period after the earlier one, when that is the time the text was written about', () => {
    const meta = { publishedAt: '2024-06-13' };
    const text = 'Freedonia Open singles champions will each receive $2.7 million, up from $2.35 million in 2023.';
    const now = claimQuoted(text, '$2.7 million', meta);
    const then = claimQuoted(text, '$2.35 million', meta);
    expect(then.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(now.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', resolution: 'relative' });
  });

  it('dates a total reported early in a year, and the change beside it, to the year before', () => {
    const meta = { publishedAt: '2024-02-13' };
    const text = 'Harbourview Airport welcomed 86.9 million passengers, up 31.7% from 66.1 million in 2022.';
    expect(claimQuoted(text, '86.9 million', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(claimQuoted(text, '31.7%', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    const down = 'Harbourview Airport welcomed 61.2 million passengers, down from 66.1 million in 2022.';
    expect(claimQuoted(down, '61.2 million', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('leaves the figure undated when the earlier level is long past', () => {
    const meta = { publishedAt: '2024-06-13' };
    const claim = claimQuoted('Freedonia welcomed 2.1 million visitors, down from 2.3 million in 2019.', '2.1 million', meta);
    expect(claim.period?.start).not.toBe('2020-01-01');
    expect(claim.comparable).toBe(false);
  });

  it('does not take the earlier time for the figure when "up from" is not set against a figure', () => {
    const meta = { publishedAt: '2024-06-13' };
    const claim = claimQuoted('Freedonia exported $5 billion of coffee in 2022, up from a year earlier.', '$5 billion', meta);
    expect(claim.period).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('a world body reports on the world when the text names no other party', () => {
  const meta = { publishedAt: '2024-12-11' };
  it.each([
    ['The WHO said 597,000 people died of malaria in 2023.', '597,000'],
    ['There were 263 million malaria cases in 2023, according to the World Health Organization.', '263 million'],
    ['UNICEF said 1.4 million children died before their fifth birthday of malaria in 2023.', '1.4 million'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, meta).proposition?.subject).toEqual(['world']);
  });

  it('keeps the country a sentence names', () => {
    const claim = claimQuoted('The WHO said Nigeria recorded 68 million malaria cases in 2023.', '68 million', meta);
    expect(claim.proposition?.subject).toEqual(['nigeria']);
  });
});

describe('a share of an earlier level ("86 % of the traffic recorded in 2019")', () => {
  const meta = { publishedAt: '2024-01-25', title: 'Changi traffic' };
  it.each([
    ['Changi Airport handled 58.9 million passenger movements in 2023, representing 86% of the traffic recorded in 2019.', '86%', '2023-01-01'],
    ['December 2023 was the busiest month for Changi, registering 5.8 million passenger movements, or 91% of traffic in December 2019.', '91%', '2023-12-01'],
  ])('is of the sentence’s own time, the earlier one its base: %s', (text, quote, start) => {
    expect(claimQuoted(text, quote, meta, { exact: true }).period?.start).toBe(start);
  });
  it('and "the month" after it points back to the sentence’s own month, not to the base', () => {
    const text =
      'December 2023 was the busiest month for Changi, registering 5.8 million passenger movements, or 91% of traffic measured in December 2019. Aircraft movements for the month totalled 30,400, reaching 91% of 2019 levels.';
    expect(claimQuoted(text, '30,400', meta, { exact: true }).period).toMatchObject({ start: '2023-12-01', end: '2023-12-31' });
  });
  it('but a share of a year beside an earlier time, or on its own, is of that year', () => {
    const text = 'Over half of electric cars on the road so far worldwide are in China, which was responsible for 60% of electric car sales in 2022.';
    expect(claimQuoted(text, '60%', meta, { exact: true }).period?.start).toBe('2022-01-01');
    expect(claimQuoted('China accounted for 20% of sales in 2023, up from 15% in 2022.', '20%', meta, { exact: true }).period?.start).toBe('2023-01-01');
  });
});

describe('the time a record reaches back to ("the first time … since the third quarter of 2022")', () => {
  const meta = { publishedAt: '2024-07-31', title: 'Samsung profit' };
  const text =
    'Samsung Electronics said its operating profit reached 10.44 trillion won in the April-June period.\n' +
    'It is the first time that Samsung Electronics posted an operating profit of more than 10 trillion won in seven quarters since the third quarter of 2022. Its sales jumped 23.4 per cent on-year to 74.06 trillion won.';
  it('dates neither the record nor the sentences after it, however far "the first time" stands before it', () => {
    for (const quote of ['more than 10 trillion won', '23.4 per cent'])
      expect(claimQuoted(text, quote, meta, { exact: true }).period, quote).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });
});

describe('"99.1% of the passenger movements recorded in 2019" is a share of the level then, in a sentence of its own too', () => {
  it('the share is of the time the sentence before is about', () => {
    const text = 'Changi Airport handled 67.7 million passenger movements in 2024. This was 99.1% of the passenger movements recorded in 2019.';
    expect(claimQuoted(text, '99.1%', { publishedAt: '2025-01-22', title: null }).period?.start).toBe('2024-01-01');
  });
});
