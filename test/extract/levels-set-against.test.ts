import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-04-26', title: 'UK retail sales' };

// "over" before a stretch that runs up to a date ("over the year to March 2024") names the time the figure covers;
// before a point in time ("over 2022", "over the same period last year") it names a base.
describe('a figure over a stretch up to a date', () => {
  const text =
    'Retail sales volumes in Britain rose 0.8% over the year to March 2024, while remaining 1.2% below their pre-coronavirus (Covid-19) pandemic level in February 2020.';

  it('is dated by the stretch, not by the level named later in the sentence', () => {
    const c = claimQuoted(text, '0.8%', meta);
    expect(c.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });

  it('while a year after "over" is still the base a change is measured from', () => {
    const c = claimQuoted('Retail sales in Britain rose 5% in 2023 over 2022.', '5%', meta);
    expect(c.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
});

// "1.2 % below their pre-pandemic level in February 2020": the time of the level a figure is set against is its
// comparison, named in full, and never the figure's own time.
describe('a figure set against the level of a named month', () => {
  const text =
    'Retail sales volumes in Britain rose 0.8% over the year to March 2024, while remaining 1.2% below their pre-coronavirus (Covid-19) pandemic level in February 2020.';

  it('states its comparison as that month of that year', () => {
    const c = claimQuoted(text, '1.2%', meta);
    expect(c.proposition?.basis).toBe('vs-2020-m2');
    expect(c.period?.start).not.toBe('2020-02-01');
  });

  it('so it never meets the change the sentence states over the year', () => {
    const level = claimQuoted(text, '1.2%', meta);
    const change = claimQuoted(text, '0.8%', meta);
    expect(level.metric).not.toBe(change.metric);
  });

  it('a named month a year or a month before the figure’s own is the usual comparison', () => {
    const text2 = 'Retail sales in Britain in March 2024 were 2% above their level in February 2024 and 3% above their level in March 2023.';
    expect(claimQuoted(text2, '2%', meta).proposition?.basis).toBe('mom');
    expect(claimQuoted(text2, '3%', meta).proposition?.basis).toBe('yoy');
  });
});

// An aside that lists what a measure takes in ("including landings and take-offs") stands before the sentence's first
// figure; the figure set against that one ("compared to 382,000 in 2019") is the same measure, not a part.
describe('a figure set against one whose measure an aside explains', () => {
  const meta2 = { publishedAt: '2024-01-25', title: 'Changi Airport traffic' };
  it('takes the measure of the figure it is compared with', () => {
    const text = 'At Changi Airport, aircraft movements, including landings and take-offs, totalled 328,000 in 2023, compared to 382,000 in 2019.';
    const first = claimQuoted(text, '328,000', meta2);
    const base = claimQuoted(text, '382,000', meta2);
    expect(first.proposition?.measure).toBe('flights');
    expect(base.proposition).toMatchObject({ measure: 'flights', subject: first.proposition!.subject });
    expect(base.period).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
  });

  it('while a figure listed after "including" is still a part of the one before', () => {
    const text = 'BYD sold 3.02 million vehicles in 2023, including 1.4 million plug-in hybrids and 0.8 million trucks.';
    const part = claimQuoted(text, '0.8 million', meta2);
    expect(part.metric).not.toBe(claimQuoted(text, '3.02 million', meta2).metric);
  });
});
