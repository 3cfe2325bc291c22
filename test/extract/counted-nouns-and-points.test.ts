import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findQuantities } from '../../src/extract/quantities.js';
import { claimQuoted } from './claim-of.js';

const quoted = (sentence: string) => findQuantities(sentence).map((q) => sentence.slice(q.start, q.end));

describe('a counted noun after the words that qualify it', () => {
  it('"180,000 new jobs" and "about 18,000 estimated deaths" quote the noun, not the qualifier alone', () => {
    expect(quoted('Analysts had expected 180,000 new jobs.')).toEqual(['180,000 new jobs']);
    expect(quoted('There were about 18,000 estimated deaths.')).toEqual(['about 18,000 estimated deaths']);
    expect(quoted('The economy added 275,000 net new jobs.')).toEqual(['275,000 net new jobs']);
  });

  it('"28 million foreign tourists" quotes the noun its adjective of origin qualifies', () => {
    expect(quoted('Thailand welcomed 28 million foreign tourists.')).toEqual(['28 million foreign tourists']);
    expect(quoted('The airport is served by 102 international carriers.')).toEqual(['102 international carriers']);
  });

  it('a word of time or distribution after the figure is no counted noun: "11.15 million last year", "1.4 million each"', () => {
    expect(quoted('Arrivals reached 28 million, against 11.15 million last year.')).toEqual(['28 million', '11.15 million']);
    expect(quoted('The two champions will receive 1.4 million each.')).toEqual(['1.4 million']);
    expect(quoted('Visitors numbered 86.8 million this year.')).toEqual(['86.8 million']);
  });

  it('"above the 200,000 expected" counts nothing named', () => {
    expect(quoted('Payrolls rose by 275,000, well above the 200,000 expected.')).toEqual(['275,000', '200,000']);
    expect(quoted('The scheme will add 3 million planned.')).toEqual(['3 million']);
  });
});

describe('points a percentage moved by are percentage points', () => {
  const meta = { publishedAt: '2024-03-08', title: 'US unemployment rate' };

  it('"rose 0.4 points to 4.1%" and "down 0.2 points" after a percentage', () => {
    const up = findQuantities('The unemployment rate rose 0.4 points to 4.1% in February.');
    expect(up[0]).toMatchObject({ value: 0.4, unit: 'percentage_point' });
    const down = findQuantities('The unemployment rate fell to 3.9% in February, down 0.2 points.');
    expect(down[1]).toMatchObject({ value: 0.2, unit: 'percentage_point' });
    const claim = claimQuoted('The US unemployment rate rose 0.4 points to 4.1% in February.', '0.4 points', meta);
    expect(claim.proposition).toMatchObject({ measure: 'unemployment-rate', statType: 'change' });
  });

  it('index points set against no percentage they moved to stay points', () => {
    const qs = findQuantities('The S&P 500 rose 50 points, or 1%, to 5,000.');
    expect(qs[0]).toMatchObject({ value: 50, unit: 'count', noun: 'points' });
  });
});

describe('container throughput and hotel measures', () => {
  it('"handled 13.4 million twenty-foot equivalent units" and "million TEUs" are container throughput', () => {
    const meta = { publishedAt: '2024-02-01', title: 'Port volumes' };
    expect(claimQuoted('Rotterdam handled 13.4 million twenty-foot equivalent units last year.', '13.4 million', meta).proposition?.measure).toBe(
      'container-throughput',
    );
    expect(claimQuoted('The port handled 49.16 million TEUs in 2023.', '49.16 million', meta).proposition?.measure).toBe('container-throughput');
  });

  it('"RevPAR" is the measure, not a party; the "daily" and "average" of the average daily rate are its own', () => {
    const text = 'In the US, the average daily rate rose 4% to $155.62 and RevPAR climbed 5% to $98.10 in 2023.';
    const meta = { publishedAt: '2024-01-18', title: 'US hotels posted record revenues in 2023' };
    expect(claimQuoted(text, '$98.10', meta).proposition).toMatchObject({ measure: 'revpar', subject: ['united-states'] });
    const rate = claimQuoted(text, '4%', meta).proposition;
    expect(rate).toMatchObject({ measure: 'average-daily-rate', subject: ['united-states'], facets: [] });
    expect(claimQuoted('ADR in the US rose 4% to $155.62 in 2023.', '4%', meta).proposition?.facets).toEqual(rate?.facets);
  });
});

describe('a space groups thousands only where no name follows', () => {
  it('"73 787 Dreamliners" are 73 of the 787, while "1 234 567 people" and "3 870 Gigawatts" are one number', () => {
    expect(findQuantities('It delivered 73 787 Dreamliners last year.').map((q) => q.value)).toEqual([73]);
    expect(findQuantities('The population is 1 234 567 people.').map((q) => q.value)).toEqual([1234567]);
    expect(findQuantities('Capacity reached 3 870 Gigawatts.')[0]).toMatchObject({ value: 3870, unit: 'GW' });
  });
});

describe('a count of something else is no figure of the measure before it', () => {
  const text =
    "The US economy added 227,000 nonfarm jobs in November, more than six times that of the previous month, which was weighed down by the effects of two hurricanes and Boeing's labor union strike.";
  const claims = extract(text, { publishedAt: '2024-12-06' }).claims;
  const metricOf = (quote: string) => claims.find((c) => c.quote.exact === quote)?.metric;

  it('reads the payrolls as jobs', () => {
    expect(metricOf('227,000 nonfarm')).toBe('jobs.united-states.total');
  });

  it.each(['more than six times', 'two hurricanes'])('does not read "%s" as jobs', (quote) => {
    expect(metricOf(quote)).toBeDefined();
    expect(metricOf(quote)).not.toMatch(/^jobs\./);
  });

  it('still reads a count of its own noun that a gapped clause states', () => {
    const [, samsung] = extract('Apple shipped 234.6 million phones in 2023 and Samsung 226.6 million phones.', { publishedAt: '2024-01-16' }).claims;
    expect(samsung!.metric).toBe('shipments.samsung.total');
  });
});
