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

  it('while a year after "over" is still the base a change is measured from, the figure of the year after', () => {
    const c = claimQuoted('Retail sales in Britain rose 5% over 2022.', '5%', meta);
    expect(c.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a part of a year named by its place ("over the first three months of 2024") is the time covered, not a base', () => {
    const au = claimQuoted(
      "Australia's economy grew by 0.1 per cent over the first three months of 2024 and 1.1 per cent over the year.",
      '0.1 per cent',
      meta,
    );
    expect(au.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    const nine = claimQuoted('Retail sales in Britain rose 5% over the first nine months of 2023.', '5%', meta);
    expect(nine.period).toMatchObject({ start: '2023-01-01', end: '2023-09-30' });
  });

  it('but after a time the sentence gave its figure first, such a part is still a base', () => {
    // (The change runs from the base to the quarter the sentence gave it, as "over 2022" does; never the first quarter alone.)
    const c = claimQuoted('In the fourth quarter of 2023, Britain’s GDP grew 0.5% over the first quarter of 2023.', '0.5%', meta);
    expect(c.period?.end).toBe('2023-12-31');
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
    expect(c.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
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

// A year that names a level of reference ("closes in on 2019 benchmark", "back to 2019 levels") is a base: in a
// headline it dates none of the figures below it.
describe('a year named as a benchmark in the headline', () => {
  it('leaves an undated figure the time of the text', () => {
    const text =
      'Singapore Changi Airport handled 58.9 million passenger movements in 2023.\n\nAircraft movements totalled 328,000, compared to 382,000 in 2019.';
    const c = claimQuoted(text, '328,000', { publishedAt: '2024-01-26', title: 'Changi closes in on 2019 benchmark' });
    expect(c.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
});

// "This was 91 per cent of traffic levels in December 2019": a share of the level of a named time is a share of the
// time at hand, the named time its base.
describe('a share of the level of an earlier time', () => {
  it('is of the time the text is about', () => {
    const text =
      'Changi Airport handled 58.9 million passengers in 2023.\n\nDecember was the busiest month of the year, with 5.8 million passengers moving through the airport.\nThis was 91 per cent of traffic levels in December 2019.';
    const c = claimQuoted(text, '91 per cent', { publishedAt: '2024-01-25', title: 'Changi traffic recovers' });
    expect(c.period).toMatchObject({ start: '2023-12-01', end: '2023-12-31' });
  });
});

// An outturn for "the full year" reported in the first months of the next year is of the year just ended; the day a
// release came out names no year of data.
describe('"the full year" early in the next year', () => {
  const meta3 = { publishedAt: '2024-01-15', title: 'German economy shrinks' };
  it('is the year just ended for a figure reported as done', () => {
    const text = 'Official data released Monday (January 15) showed German GDP shrank 0.3% over the full-year - in line with analyst forecasts.';
    expect(claimQuoted(text, '0.3%', meta3).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('a month named in the sentence is no sign of a forecast ("since May 2020")', () => {
    const text = 'German GDP shrank 0.3% over the full year, the first contraction since May 2020.';
    expect(claimQuoted(text, '0.3%', meta3).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('and the year at hand for what is expected of it', () => {
    const text = 'The German government expects GDP to grow 0.2% over the full year.';
    expect(claimQuoted(text, '0.2%', meta3).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('a level that says what would be needed is not the party’s figure', () => {
  const at = { publishedAt: '2024-02-28', title: null };
  it.each([
    ["Freedonia's fertility rate fell to 0.72 in 2023, far behind the required rate of 2.1 per woman.", '2.1'],
    ["Freedonia's fertility rate fell to 0.72 in 2023, well below the 2.1 births per woman needed to keep the population stable.", '2.1 births'],
    ["Freedonia's fertility rate fell to 0.72 in 2023, below the replacement level of 2.1.", '2.1'],
  ])('%s', (text, figure) => {
    const benchmark = claimQuoted(text, figure, at);
    const own = claimQuoted(text, '0.72', at);
    expect(benchmark.comparable).toBe(false);
    expect(benchmark.metric).not.toBe(own.metric);
    expect(own.proposition?.subject).toEqual(['freedonia']);
  });
});
