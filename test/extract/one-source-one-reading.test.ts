import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

// A source that gives two values for what we read as one proposition is dropped from the comparison: each of these
// pairs of figures was read as one proposition of one time until their words were read as they are.

describe('a sentence that opens by naming its currency', () => {
  it('"In US dollars, … revenue was $7.75 billion, down 1.4 percent": changes in dollars, apart from those in the local currency', () => {
    const text =
      'TSMC reported second-quarter revenue of NT$240.1 billion, an increase of 3.3 percent year over year. In US dollars, second-quarter revenue was $7.75 billion, down 1.4 percent year-over-year.';
    const meta = { publishedAt: '2019-07-18', title: 'TSMC second-quarter results' };
    const local = claimQuoted(text, '3.3 percent', meta, { exact: true });
    const dollars = claimQuoted(text, '1.4 percent', meta, { exact: true });
    expect(dollars.proposition?.basis).toContain('USD');
    expect(dollars.metric).not.toBe(local.metric);
  });
});

describe('an earlier estimate named after the figure', () => {
  it('"revised … to 1.6%, up from 1.4% in the prior reading": the 1.6 % is the revised estimate; the 1.4 % the reading other sources gave', () => {
    const text = 'The report also revised first-quarter GDP growth to 1.6%, up from 1.4% in the prior reading.';
    const meta = { publishedAt: '2024-08-29', title: 'US economy grew faster than thought' };
    const now = claimQuoted(text, '1.6%', meta, { exact: true });
    const before = claimQuoted(text, '1.4%', meta, { exact: true });
    const earlier = claimQuoted(
      'The US economy grew at a 1.4% annualized rate in the first quarter of 2024.',
      '1.4%',
      { publishedAt: '2024-07-25', title: 'US GDP' },
      { exact: true },
    );
    expect(now.proposition?.basis).toContain('revised-estimate');
    expect(before.metric).not.toBe(now.metric);
    expect(before.metric).toBe(earlier.metric);
  });

  it('"underestimating net migration in 2023 by 181,000" states a revision, not the level', () => {
    const text = 'The Office for National Statistics has admitted underestimating net migration in 2023 by 181,000. Net migration in 2023 was 866,000.';
    const meta = { publishedAt: '2024-11-28', title: 'Net migration revised' };
    const by = claimQuoted(text, '181,000', meta, { exact: true });
    const level = claimQuoted(text, '866,000', meta, { exact: true });
    expect(by.proposition?.basis).toContain('revision');
    expect(by.metric).not.toBe(level.metric);
  });
});

describe('a time that opens its clause', () => {
  it('"In the same period last year, GDP growth was 6.1%" is of the quarter a year before the one at hand', () => {
    const text =
      'India GDP grew 7.8% in the January-March quarter. In the same period last year, GDP growth was 6.1%, and in the previous quarter, it was 8.4%.';
    const { claims } = extract(text, { publishedAt: '2024-05-31', title: 'India economy grows 7.8%' });
    const period = (q: string) => claims.find((c) => c.quote.exact === q)?.period;
    expect(period('6.1%')).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
    expect(period('8.4%')).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('is still the base of a comparison where one precedes it: "up from 6.1% in the same period last year"', () => {
    const c = claimQuoted('India GDP grew 7.8% in the January-March quarter, up from 6.1% in the same period last year.', '7.8%', {
      publishedAt: '2024-05-31',
      title: 'India economy grows 7.8%',
    });
    expect(c.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('a figure set against an earlier one of its sentence', () => {
  it('"Nominal GDP … 9.6% in FY 2023-24 over the growth rate of 14.2% in FY 2022-23": both nominal', () => {
    const text = 'Nominal GDP has witnessed a growth rate of 9.6% in FY 2023-24 over the growth rate of 14.2% in FY 2022-23.';
    const c = claimQuoted(text, '14.2%', { publishedAt: '2024-05-31', title: 'India GDP' }, { exact: true });
    expect(c.proposition?.basis).toContain('nominal');
  });

  it('takes no terms it does not share the measure of: "Nominal GDP grew 9.6%, while inflation was 5%"', () => {
    const c = claimQuoted(
      'Nominal GDP grew 9.6% in 2023, while inflation was 5% in 2023.',
      '5%',
      { publishedAt: '2024-05-31', title: 'India' },
      { exact: true },
    );
    expect(c.proposition?.basis ?? '').not.toContain('nominal');
  });
});

describe('the estimate a revision moved to and from', () => {
  const meta = { publishedAt: '2024-08-22', title: 'Payrolls revised' };
  it('"… to 173,500 …, down from the unrevised average of 242,000": the unrevised figure is the earlier estimate', () => {
    const text =
      'This revised figure averages out to 173,500 payroll jobs added per month during the 12 months to March 2024, down from the unrevised average of 242,000 per month.';
    const revised = claimQuoted(text, '173,500', meta);
    const unrevised = claimQuoted(text, '242,000', meta);
    expect(unrevised.proposition?.basis).toContain('previous-estimate');
    expect(revised.metric).not.toBe(unrevised.metric);
  });

  it('"revised first-quarter GDP growth to 1.6%" is the revised estimate; "this revised figure averages out to" is no verb of revision', () => {
    const moved = claimQuoted('The report also revised first-quarter GDP growth to 1.6%.', '1.6%', meta, { exact: true });
    expect(moved.proposition?.basis).toContain('revised-estimate');
    const adjective = claimQuoted('This revised figure averages out to 173,500 payroll jobs added per month in 2023.', '173,500', meta);
    expect(adjective.proposition?.basis ?? '').not.toContain('revised-estimate');
  });
});

describe('a count written in full', () => {
  const interval = (text: string, quote: string) => claimQuoted(text, quote, { publishedAt: '2024-08-22', title: 'Jobs' }).interval;

  it('ending in three zeros past ten thousand is rounded to the thousand: "174,000 jobs" allows 173,500', () => {
    expect(interval('Employers added an average 174,000 jobs per month in 2023.', '174,000')).toEqual({ low: 173_500, high: 174_500 });
  });

  it('otherwise states itself exactly: "4,243 theaters", "1,000 workers"', () => {
    expect(interval('The film opened in 4,243 theaters in 2023.', '4,243')).toEqual({ low: 4243, high: 4243 });
    expect(interval('The plant employed 1,000 workers in 2023.', '1,000')).toEqual({ low: 1000, high: 1000 });
  });
});

describe('the base of a change named beside it', () => {
  it('"Data today showed … slower than the 7.4 percent rise a month ago": the day of the report does not date the earlier rise', () => {
    const text =
      'Euro zone inflation fell to 2.4% in November. Data today showed that food, alcohol and tobacco logged an annual increase of 6.9 percent, slower than the 7.4 percent rise a month ago.';
    const c = claimQuoted(text, '7.4 percent', { publishedAt: '2023-12-01', title: 'Euro zone inflation eases in November' }, { exact: true });
    expect(c.period).toMatchObject({ start: '2023-10-01', end: '2023-10-31' });
  });

  it('"after a 11.9% or £5.3 million increase, on £44.7 million from the previous year": the £44.7 million is of the year before', () => {
    const text =
      'The prize money for Wimbledon reached a record £50 million in 2024 after a 11.9% or £5.3 million increase, on £44.7 million from the previous year.';
    const { claims } = extract(text, { publishedAt: '2024-06-13', title: 'Wimbledon prize money' });
    const year = (q: string) => claims.find((c) => c.quote.exact === q)?.period?.start?.slice(0, 4);
    expect(year('£44.7 million')).toBe('2023');
    expect(year('£50 million')).toBe('2024');
  });

  it('"rose 5% from the previous year": the change itself stays of the year at hand', () => {
    const c = claimQuoted('Sales at Acme rose 5% in 2024 from the previous year.', '5%', { publishedAt: '2025-01-13', title: 'Acme' }, { exact: true });
    expect(c.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('the measure of a figure followed by another figure', () => {
  it('"trade … surged by 7.1% to $21.97bn, bolstered by a 6.2% rise in imports": the imports are the 6.2 %’s, not the $21.97bn’s', () => {
    const text =
      'In December alone, trade between China and Russia surged by 7.1% month-on-month to $21.97bn, bolstered by a 6.2% rise in imports from Russia, totalling $10.67bn.';
    const { claims } = extract(text, { publishedAt: '2025-01-14', title: 'China-Russia trade in 2024' });
    const measure = (q: string) => claims.find((c) => c.quote.exact === q)?.proposition?.measure;
    expect(measure('$21.97bn')).toBe('trade');
    expect(measure('6.2%')).toBe('imports');
  });

  it('still takes the measure named right after it: "$11bn in exports"', () => {
    expect(claimQuoted('China shipped $11bn in exports to Russia in 2024.', '$11bn', { publishedAt: '2025-01-14', title: 'Trade' }).proposition?.measure).toBe(
      'exports',
    );
  });
});

describe('a part of the figure before it', () => {
  it('"Healthcare added 46,000 jobs, with 15,000 new jobs in home health care services": the 15,000 is no second count of health-care jobs', () => {
    const text = 'Healthcare added 46,000 jobs in December, with 15,000 new jobs in home health care services.';
    const { claims } = extract(text, { publishedAt: '2025-01-10', title: 'US jobs report' });
    const whole = claims.find((c) => c.quote.exact.startsWith('46,000'));
    const part = claims.find((c) => c.quote.exact.startsWith('15,000'));
    expect(whole?.proposition?.measure).toBe('jobs');
    expect(part?.metric).not.toBe(whole?.metric);
  });

  it('"…, with a 20.1% market share": a figure of another measure after ", with" is still its own', () => {
    const c = claimQuoted('Apple shipped 234.6 million iPhones in 2023, with a 20.1% market share.', '20.1%', {
      publishedAt: '2024-01-16',
      title: 'Smartphones',
    });
    // (The headline names the market's product, which the share is of.)
    expect(c.metric).toBe('market-share.smartphones.apple.rate');
  });
});

describe('where these readings stop', () => {
  const meta = { publishedAt: '2024-06-10', title: 'Economy' };

  it('"revised their views after UK inflation fell to 2.3%": the figure is no revised estimate', () => {
    const c = claimQuoted('Economists revised their views after UK inflation fell to 2.3% in April 2024, the ONS said.', '2.3%', meta, { exact: true });
    expect(c.proposition?.basis ?? '').not.toContain('revised-estimate');
  });

  it('"up from 3.9% in the previous reading" in a sentence that speaks of no revision is the month before, not an earlier estimate', () => {
    const c = claimQuoted('The US unemployment rate rose to 4% in May 2024, up from 3.9% in the previous reading.', '3.9%', meta, { exact: true });
    expect(c.proposition?.basis ?? '').not.toContain('previous-estimate');
  });

  it('the currency a sentence opens with stops at "; in constant currency"', () => {
    const nike = claimQuoted('In US dollars, revenue was $12.6 billion in 2024, up 0.3%; in constant currency, revenue rose 2%.', '2%', meta, { exact: true });
    expect(nike.proposition?.basis ?? '').not.toContain('USD');
  });

  it('"Over the same period last year, deliveries fell 8.5%": set against the quarter, not of it', () => {
    const text = 'Tesla delivered 387,000 cars in the first quarter of 2024. Over the same period last year, deliveries fell 8.5%.';
    const c = claimQuoted(text, '8.5%', { publishedAt: '2024-04-20', title: 'Tesla deliveries' }, { exact: true });
    expect(c.period?.start).toBe('2024-01-01');
  });

  it('"a 12% profit rise on sales of £68 billion from the previous year": only a level right after "on" is of the year it is from', () => {
    const c = claimQuoted('Tesco posted a 12% profit rise in 2024 on sales of £68 billion from the previous year.', '£68 billion', meta, { exact: true });
    expect(c.period?.start).not.toBe('2023-01-01');
  });

  it('"Regular pay growth was 5.7%. Growth of 5.8% had been expected": growth is still said of pay', () => {
    const c = claimQuoted('Regular pay growth was 5.7% in the three months to May. Growth of 5.8% had been expected.', '5.8%', meta, { exact: true });
    expect(c.proposition?.measure).toBe('wages');
  });

  it('"Net migration fell 10% in 2023. The figure was 685,000": a sentence opening on the figure goes on about it', () => {
    const c = claimQuoted('Net migration to the UK fell 10% in 2023. The figure was 685,000 in 2023.', '685,000', meta, { exact: true });
    expect(c.proposition?.measure).toBe('net-migration');
  });
});

describe('where ", with" and a number between stop', () => {
  const meta = { publishedAt: '2025-01-10', title: 'Economy' };
  it.each([
    ['The economy added 256,000 jobs in December, with 143,000 in November.', '143,000', 'jobs'],
    ['Tesla delivered 1.8 million cars in 2024, with some 2 million expected in 2025.', 'some 2 million', 'sales'],
    ['Exports rose to $5bn in 2024, with $4.2bn in 2023.', '$4.2bn', 'exports'],
  ])('"%s": a figure of another time or a forecast after ", with" is no part', (text, quote, measure) => {
    expect(claimQuoted(text, quote, meta).proposition?.measure).toBe(measure);
  });

  it.each([
    ['Profit dropped though the group reported £3.2bn in H1 revenue.', '£3.2bn', 'revenue'],
    ['Net income fell even as the company logged $5.2 billion in Q4 sales.', '$5.2 billion', 'revenue'],
  ])('"%s": the digits of a period between are no other figure', (text, quote, measure) => {
    expect(claimQuoted(text, quote, meta, { exact: true }).proposition?.measure).toBe(measure);
  });
});
