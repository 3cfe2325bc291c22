import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('"over 2023" said of the year a change happened in is its time, not its base', () => {
  it('"recorded growth of 0.1% over 2023", early in 2024, is 2023’s outturn', () => {
    const claim = claimQuoted('The British economy recorded growth of 0.1% over 2023, the ONS said.', '0.1%', {
      publishedAt: '2024-02-15',
      title: 'UK economy',
    });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(claim.proposition?.modality).toBe('actual');
  });

  it('the level at the end of that year stays in it', () => {
    const text = 'Employment in Spain showed an increase of 3% over 2023, with 21 million people in work at the end of the year.';
    const meta = { publishedAt: '2024-02-20', title: 'Spain jobs' };
    expect(claimQuoted(text, '3%', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(claimQuoted(text, '21 million', meta).period?.end).toBe('2023-12-31');
  });

  it('a base years back is said in the comparison ("an increase of 8 percent over 2019" of 2023)', () => {
    const text = 'Portugal welcomed 30 million tourists in 2023, an increase of 8 percent over 2019.';
    const claim = claimQuoted(text, '8 percent', { publishedAt: '2024-01-10', title: 'Portugal tourism' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(claim.metric).toContain('vs-2019');
  });

  it('a fiscal year starting in the calendar year after the one it is set over is set over its previous year', () => {
    const text = 'Nvidia reported record sales for the fiscal year 2024. Its total annual revenue hit $60.9 billion, a 126 percent increase over 2022.';
    const claim = claimQuoted(text, '126 percent', { publishedAt: '2024-02-22', title: 'Nvidia results' });
    expect(claim.metric).not.toContain('vs-2022');
    expect(claim.period?.label).toBe('fiscal year 2024');
  });
});

describe('a change from a quarter steps to the next one only within the text’s year, once that one is over', () => {
  it('"fell 4% from the third quarter of 2022" in a report on 2023 is no change of Q4 2022', () => {
    const text = 'The chipmaker reported 2023 revenue of $26 billion. Revenue fell 4% from the third quarter of 2022.';
    const claim = claimQuoted(text, '4%', { publishedAt: '2024-02-01', title: 'Chipmaker results' });
    expect(claim.period?.start).not.toBe('2022-10-01');
  });

  it('"rose 5% from Q2", written in August, is no change of the third quarter', () => {
    const text = 'So far in 2024, the airline has flown 40 million passengers. Traffic rose 5% from Q2.';
    const claim = claimQuoted(text, '5%', { publishedAt: '2024-08-05', title: 'Airline traffic' });
    expect(claim.period?.end).not.toBe('2024-09-30');
    expect(claim.metric).not.toContain('vs-0-');
  });
});

describe('a month’s own change of prices is not read as the annual rate', () => {
  const meta = { publishedAt: '2024-04-17', title: 'UK inflation' };

  it('"rose 0.6 percent in the month" is on the month before', () => {
    const text = 'UK annual inflation fell to 3.2% in March. Consumer prices rose 0.6 percent in the month, the ONS said.';
    const claim = claimQuoted(text, '0.6 percent', meta);
    expect(claim.proposition?.statType).toBe('change');
    expect(claim.metric).toContain('mom');
  });

  it('a change of consumer prices as a whole keeps its comparison unsaid ("inflation rose 0.4 percent in December, after a fall of 0.2 percent")', () => {
    const text = 'UK inflation rose 0.4 percent in December, after a fall of 0.2 percent in November.';
    const claim = claimQuoted(text, '0.4 percent', { publishedAt: '2024-02-01', title: 'UK inflation' });
    expect(claim.proposition?.statType).toBe('change');
  });
});

describe('what an outturn is set against, said to be expected, inside the figure’s quote or with the forecaster named', () => {
  const meta = { publishedAt: '2024-06-01', title: 'Inflation' };
  it.each([
    ['Inflation came in above 2.3% as expected by economists.', 'above 2.3%'],
    ['Inflation was below 2.4% as economists had expected.', 'below 2.4%'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, meta).proposition?.modality).toBe('forecast');
  });

  it('"stayed below 6%, as expected" is the outturn', () => {
    expect(claimQuoted('Inflation stayed below 6%, as expected.', 'below 6%', meta).proposition?.modality).toBe('actual');
  });
});

describe('a signed change in brackets whose sign opens its quote, or after a level per share', () => {
  const meta = { publishedAt: '2025-02-20', title: 'Acme results' };
  const text =
    'Acme reported its 2024 results. Orders: €5 billion (+2%), net income: €2.2 billion (-48%), revenue: €9 billion (+3%), dividend: €0.80 per share (+10%).';

  it.each([
    ['€2.2 billion', '-48%'],
    ['€0.80', '10%'],
  ])('the change after %s is of its measure', (level, change) => {
    const l = claimQuoted(text, level, meta).proposition!;
    const c = claimQuoted(text, change, meta).proposition!;
    expect([c.measure, c.statType]).toEqual([l.measure, 'change']);
  });
});

describe('a third reading', () => {
  it('a forecast in the present tense looks ahead: not the period of the reading the lead reports', () => {
    const text = "Canada's unemployment rate held at 6.5% in October.\nEconomists expect the unemployment rate to peak at 7%.";
    const claim = claimQuoted(text, '7%', { publishedAt: '2024-11-08', title: 'Canada jobs' });
    expect(claim.period?.start).not.toBe('2024-10-01');
  });

  it('a line that says it is of the whole year does not take the quarter the line above named', () => {
    const text =
      'Apple shipped 234.6 million units in 2023.\nIn the fourth quarter of 2023, Apple shipped 80.5 million units.\nSamsung remained the biggest vendor by annual shipments, with 226.6 million units.';
    const claim = claimQuoted(text, '226.6 million', { publishedAt: '2024-01-20', title: 'Smartphone shipments in 2023' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a year two back set over, early in the year, leaves the change the year after it', () => {
    const claim = claimQuoted('Tourism revenue in Greece recorded growth of 143% over 2020.', '143%', { publishedAt: '2022-01-20', title: 'Greek tourism' });
    expect(claim.period).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('in a paragraph about a later year, the change set over an earlier one is of the later year, and so is the next sentence', () => {
    const text = 'Acme reported record sales in 2024. Revenue hit $60.9 billion, a 26 percent increase over 2022. Profit hit $11.95 billion.';
    const meta = { publishedAt: '2025-02-20', title: 'Acme results' };
    expect(claimQuoted(text, '26 percent', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(claimQuoted(text, '$11.95 billion', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('"from last year’s …": the same span a year before', () => {
  const meta = { publishedAt: '2024-04-28', title: 'Spain industry' };

  it('"fell 2% from last year’s March figure" is on the year before', () => {
    const claim = claimQuoted('Industrial output in March fell 2% from last year’s March figure.', '2%', meta);
    expect(claim.metric).toContain('yoy');
  });

  it('not a peak or a record of last year ("fell 10% from last year’s peak")', () => {
    const claim = claimQuoted('Industrial output in March fell 10% from last year’s peak.', '10%', meta);
    expect(claim.metric).not.toContain('yoy');
  });
});

describe('a noun of change with a percentage of its own names no measure for the sentence', () => {
  it('"an expansion of 0.4 percent …, which came after a contraction of 2.9 percent": no capacity expansion', () => {
    const text =
      'The contraction in the first quarter follows a modest expansion of 0.4 percent in the final quarter of 2023, which itself came after a contraction of 2.9 percent in the third quarter.';
    const claim = claimQuoted(text, '2.9 percent', { publishedAt: '2024-05-16', title: 'Japan economy' });
    expect(claim.proposition?.measure).not.toBe('capacity-additions');
  });
});

describe('a year named with "so far" or "to date" is that year up to the publication', () => {
  const meta = { publishedAt: '2023-11-20', title: 'Exports' };
  it.each(['Exports increased 1.6% in 2023 so far.', 'Exports increased 1.6% so far in 2023.', 'Exports increased 1.6% over 2023 so far.'])('%s', (text) => {
    const claim = claimQuoted(text, '1.6%', meta);
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-11-20' });
    expect(claim.proposition?.modality).toBe('actual');
    expect(claim.metric).not.toContain('vs-2023');
  });
});
