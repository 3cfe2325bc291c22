import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = (publishedAt: string) => ({ publishedAt, title: 'Latest figures' });

// How markets desks and wire reports write a statistics release: "-0.1% mom", "a 0.3% qoq GDP contraction", "the 0.1pc drop
// predicted by analysts", "in the previous three-month period".
describe('releases as markets desks write them', () => {
  it('"-0.1% mom" right after a change is on the month before', () => {
    const c = claimQuoted("December's GDP in the UK offered a slight respite with a marginal -0.1% mom decrease.", '-0.1%', meta('2024-02-15'));
    expect(c.proposition?.basis).toBe('mom');
  });

  it('"qoq" and "quarter-on-quarter" before the measure name it alike', () => {
    const short = claimQuoted('The UK saw a 0.3% qoq GDP contraction in the fourth quarter of 2023.', '0.3%', meta('2024-02-15'));
    const long = claimQuoted('The UK saw a 0.3% quarter-on-quarter GDP contraction in the fourth quarter of 2023.', '0.3%', meta('2024-02-15'));
    expect(short.metric).toBe(long.metric);
  });

  it('a noun of change after the measure gives the direction ("a 0.3% GDP contraction", "a 9% revenue drop")', () => {
    expect(claimQuoted('The UK saw a 0.3% GDP contraction in the fourth quarter of 2023.', '0.3%', meta('2024-02-15')).value).toBe(-0.3);
    expect(claimQuoted('Tesla reported a 9% revenue drop in the first quarter of 2024.', '9%', meta('2024-05-15')).value).toBe(-9);
  });

  it('a verb between the figure and a noun of change keeps the noun from it ("to 5% making this cut the first")', () => {
    const c = claimQuoted(
      'On 1 August 2024 the Bank of England cut interest rates by 25 basis points to 5% making this cut the first since March 2020.',
      '5%',
      meta('2024-08-02'),
    );
    expect(c.value).toBe(5);
    expect(c.proposition?.statType).toBe('rate');
  });

  it('the change analysts or economists expected, named after the figure, is their forecast', () => {
    const predicted = claimQuoted(
      'The economy of Britain shrank 0.3pc in the final three months of 2023. This was much larger than the 0.1pc drop predicted by analysts.',
      '0.1pc',
      meta('2024-02-15'),
    );
    expect(predicted.proposition?.modality).toBe('forecast');
    const anticipated = claimQuoted(
      "Britain's GDP shrank 0.3% in the fourth quarter, more than the 0.1% decline anticipated by economists.",
      '0.1%',
      meta('2024-02-15'),
    );
    expect(anticipated.proposition?.modality).toBe('forecast');
  });

  it('"the previous three-month period" is the quarter before', () => {
    const c = claimQuoted(
      "Britain's GDP shrank 0.3% in the fourth quarter of 2023. The quarterly decline followed a 0.1% fall in the previous three-month period.",
      '0.1%',
      meta('2024-02-15'),
    );
    expect([c.period?.start, c.period?.end]).toEqual(['2023-07-01', '2023-09-30']);
  });

  it('a month coordinated with one set against the sentence\'s own ("That followed … in November, and … in October") dates no later sentence', () => {
    const c = claimQuoted(
      "December's GDP in the UK fell 0.1% mom. That followed 0.2% mom growth in November, and -0.5% mom contraction in October. Production grew 0.6% mom.",
      '0.6%',
      meta('2024-02-15'),
    );
    expect([c.period?.start, c.period?.end]).toEqual(['2023-12-01', '2023-12-31']);
  });

  it('"mom" as a word of its own, as written: not "mom-and-pop", "Mom said"', () => {
    const c = claimQuoted('Loans to 5,000 mom-and-pop businesses in Texas rose 8% last year.', '8%', meta('2024-05-20'));
    expect(c.proposition).toMatchObject({ statType: 'change' });
    expect(c.proposition!.basis ?? '').not.toContain('mom');
    expect(claimQuoted('Retail sales in Canada rose 0.3% MoM in March.', '0.3%', meta('2024-05-20')).proposition?.basis).toBe('mom');
  });

  it('a rate named between the figure and a noun of change is the rate set ("a 100% tariff hike"), not how far it moved', () => {
    const c = claimQuoted('Biden announced a 100% tariff hike on Chinese electric vehicles in May.', '100%', meta('2024-05-20'));
    expect(c.value).toBe(100);
    expect(c.proposition?.statType).toBe('rate');
  });

  it('an outturn set beside a forecast stays an outturn whoever "projected" the forecast', () => {
    const c = claimQuoted(
      'Global EV sales are expected to reach 17 million in 2024, up from 14 million in 2023, the IEA projected.',
      '14 million',
      meta('2024-04-23'),
    );
    expect(c.proposition?.modality).toBe('actual');
  });

  it('a percentage opening a list item with its measure’s words right after it is of that measure (“114 thousand Jobs, 4.3% Unemployment Rate”)', () => {
    const headline = 'July Employment Report: 114 thousand Jobs, 4.3% Unemployment Rate';
    const c = claimQuoted(`${headline}\n\nThe US added 114,000 jobs in July.`, '4.3%', { publishedAt: '2024-08-02', title: headline });
    expect(c.proposition?.measure).toBe('unemployment-rate');
    const wage = claimQuoted('The US report for July showed 114,000 jobs, a 4.3% unemployment rate and 3.6% wage growth.', '3.6%', meta('2024-08-02'));
    expect(wage.proposition?.measure).toBe('wages');
  });

  it('a plural common noun opening a quotation is no name ("… sums it up: \u201cEmployers added just 114,000 jobs")', () => {
    const c = claimQuoted(
      'As the AP sums it up: "Employers added just 114,000 jobs in July – 35% fewer than expected – and unemployment, now at 4.3%, is the highest since 2021."',
      '114,000 jobs',
      meta('2024-08-02'),
    );
    expect(c.proposition).toMatchObject({ measure: 'jobs' });
    expect(c.proposition!.subject).not.toContain('employers');
    const named = claimQuoted('The results were clear: Lenovo shipped 59 million PCs in 2023.', '59 million', meta('2024-08-02'));
    expect(named.proposition?.subject).toEqual(['lenovo']);
    // (Only a plural common noun: a name before its measure's noun after a colon keeps its reading, and the label is no party.)
    const label = claimQuoted('Key result: Ocado revenue rose 12% to £1.5 billion in 2023.', '12%', meta('2024-08-02'));
    expect(label.proposition?.subject).toEqual(['ocado']);
  });

  it('"and" before a percentage is the word, not the end of one ("electricity demand 5% inflation-adjusted")', () => {
    const c = claimQuoted('With electricity demand 5% inflation-adjusted prices rose.', '5%', meta('2024-08-02'));
    expect(c.proposition?.measure).not.toBe('inflation');
  });
});
