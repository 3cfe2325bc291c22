import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

interface Row {
  publishedAt: string;
  text: string;
  figure: string;
  start: string;
  end: string;
  resolution: 'explicit' | 'relative' | 'publication';
}

const r = (publishedAt: string, text: string, figure: string, start: string, end: string, resolution: Row['resolution'] = 'explicit'): Row => ({ publishedAt, text, figure, start, end, resolution });

const ROWS: Array<[string, Row]> = [
  // Fiscal years follow the budget owner's calendar.
  ['US fiscal year, named subject', r('2024-11-20', "The United States' federal budget deficit reached $1.8 trillion in fiscal year 2024.", '$1.8 trillion', '2023-10-01', '2024-09-30')],
  ['US fiscal year, "FY2024"', r('2024-11-20', 'The US federal deficit was $1.8 trillion in FY2024.', '$1.8 trillion', '2023-10-01', '2024-09-30')],
  ['US fiscal year, subject from the agency', r('2024-11-20', 'The CBO said federal spending reached $6.8 trillion in fiscal year 2024.', '$6.8 trillion', '2023-10-01', '2024-09-30')],
  ['Indian fiscal year (April to March)', r('2024-06-15', "India's fiscal deficit reached ₹17 trillion in fiscal year 2024.", '₹17 trillion', '2023-04-01', '2024-03-31')],
  ['"fiscal year" of a calendar-year budget', r('2024-06-15', "Germany's budget deficit reached €100 billion in fiscal year 2023.", '€100 billion', '2023-01-01', '2023-12-31')],

  // Twelve months ending in a named month.
  ['"the year ending June 2023"', r('2024-06-15', 'Net migration to Australia reached 518,000 in the year ending June 2023.', '518,000', '2022-07-01', '2023-06-30')],
  ['"the year to June 2023"', r('2024-06-15', 'Net migration to Britain reached 685,000 in the year to June 2023.', '685,000', '2022-07-01', '2023-06-30')],
  ['"the year ending March 2024"', r('2024-06-15', "Russia's exports to India fell 5% in the year ending March 2024.", '5%', '2023-04-01', '2024-03-31')],

  // Months, quarters, halves.
  ['"January–February 2024" (en dash)', r('2024-06-15', "China's exports to Russia rose 4% in January–February 2024.", '4%', '2024-01-01', '2024-02-29')],
  ['"January-February 2024" (hyphen)', r('2024-06-15', "China's exports to Russia rose 4% in January-February 2024.", '4%', '2024-01-01', '2024-02-29')],
  ['"January–February" with no year', r('2024-06-15', "China's exports to Russia rose 4% in January–February.", '4%', '2024-01-01', '2024-02-29', 'relative')],
  ['"between January and May 2024"', r('2024-06-15', "China's exports to Russia rose 4% between January and May 2024.", '4%', '2024-01-01', '2024-05-31')],
  ['"the first seven months of 2024"', r('2024-09-15', 'Trade between China and Russia reached $140 billion in the first seven months of 2024.', '$140 billion', '2024-01-01', '2024-07-31')],
  ['"the first five months of the year"', r('2024-06-15', "China's exports to Russia rose 4% in the first five months of the year.", '4%', '2024-01-01', '2024-05-31', 'relative')],
  ['"Q3 2024"', r('2024-11-15', "China's imports from Russia fell 3% in Q3 2024.", '3%', '2024-07-01', '2024-09-30')],
  ['"the third quarter of 2024"', r('2024-11-15', "China's imports from Russia fell 3% in the third quarter of 2024.", '3%', '2024-07-01', '2024-09-30')],
  ['"the first quarter" with no year', r('2024-06-15', "China's exports to Russia rose 4% in the first quarter.", '4%', '2024-01-01', '2024-03-31', 'relative')],
  ['"the fourth quarter of last year"', r('2024-06-15', "Chile's exports to China rose 9% in the fourth quarter of last year.", '9%', '2023-10-01', '2023-12-31', 'relative')],
  ['"H1 2024"', r('2024-08-15', "Germany's exports to China fell 8% in H1 2024.", '8%', '2024-01-01', '2024-06-30')],
  ['"the first half of 2024"', r('2024-08-15', "Germany's exports to China fell 8% in the first half of 2024.", '8%', '2024-01-01', '2024-06-30')],
  ['"December 2023"', r('2024-06-15', "Spain's unemployment rate fell to 11.8% in December 2023.", '11.8%', '2023-12-01', '2023-12-31')],
  ['"December" read before publication in June', r('2024-06-15', "Spain's unemployment rate fell to 11.8% in December.", '11.8%', '2023-12-01', '2023-12-31', 'relative')],

  // Years relative to publication.
  ['"last year"', r('2024-06-15', "Poland's defence spending rose 75% last year.", '75%', '2023-01-01', '2023-12-31', 'relative')],
  ['"last year" published in January', r('2025-01-20', "Poland's defence spending rose 75% last year.", '75%', '2024-01-01', '2024-12-31', 'relative')],
  ['"the year before last"', r('2024-06-15', "Poland's defence spending rose 75% the year before last.", '75%', '2022-01-01', '2022-12-31', 'relative')],
  ['"this year"', r('2024-06-15', "Poland's defence spending rose 75% this year.", '75%', '2024-01-01', '2024-12-31', 'relative')],

  // A stock is dated at the end of the period it is stated for.
  ['stock, population in a year', r('2024-06-15', "Nigeria's population reached 223 million in 2023.", '223 million', '2023-12-31', '2023-12-31')],
  ['stock, public debt in a year', r('2024-06-15', "Italy's public debt reached €2.9 trillion in 2023.", '€2.9 trillion', '2023-12-31', '2023-12-31')],
  ['stock, reserves in a half-year', r('2024-06-15', "Russia's gold reserves reached $150 billion in the first half of 2024.", '$150 billion', '2024-06-30', '2024-06-30')],
  ['stock, "at the end of 2023"', r('2024-06-15', "Saudi Arabia's foreign exchange reserves stood at $437 billion at the end of 2023.", '$437 billion', '2023-12-31', '2023-12-31')],
  ['the change of a stock spans the year', r('2024-06-15', "China's installed capacity of wind power rose 21% in 2023.", '21%', '2023-01-01', '2023-12-31')],

  // A year of comparison is not the figure's period.
  ['"than in 2022" after a stated year', r('2024-06-15', 'Trade between India and Russia was 48% higher in 2023 than in 2022.', '48%', '2023-01-01', '2023-12-31')],
  ['"than in 2022" alone', r('2024-06-15', 'Exports from Brazil to China were 10% higher than in 2022.', '10%', '2024-01-01', '2024-12-31', 'publication')],
  ['"higher than in 2022"', r('2024-06-15', "Turkey's inflation rate was 65%, higher than in 2022.", '65%', '2024-01-01', '2024-12-31', 'publication')],
  ['"up from … in 2022" dates the earlier figure', r('2024-06-15', 'Trade between India and Russia reached $65 billion in 2023, up from $13 billion in 2022.', '$13 billion', '2022-01-01', '2022-12-31')],
  ['"up from … in 2022" leaves the main figure in 2023', r('2024-06-15', 'Trade between India and Russia reached $65 billion in 2023, up from $13 billion in 2022.', '$65 billion', '2023-01-01', '2023-12-31')],

  // "Since" a record year is not the period.
  ['"the highest since 1990" after a stated year', r('2024-06-15', 'Inflation in Argentina reached 211% in 2023, the highest since 1990.', '211%', '2023-01-01', '2023-12-31')],
  ['"the highest since 1990" alone', r('2024-06-15', 'Inflation in Argentina hit 211%, its highest level since 1990.', '211%', '2024-01-01', '2024-12-31', 'publication')],
  ['"the sharpest drop since 2009"', r('2024-06-15', "Japan's exports to China fell 6%, the sharpest drop since 2009.", '6%', '2024-01-01', '2024-12-31', 'publication')],
  ['"a record since 2009" after a stated year', r('2024-06-15', 'Sales of electric cars in Norway reached 104,000 in 2023, a record since 2009.', '104,000', '2023-01-01', '2023-12-31')],

  // No period in the text: the publication year, marked as such.
  ['publication fallback, a flow', r('2024-06-15', "Japan's exports to China fell 6%.", '6%', '2024-01-01', '2024-12-31', 'publication')],
  ['publication fallback, a rate', r('2024-06-15', "Brazil's unemployment rate stood at 7.9%.", '7.9%', '2024-01-01', '2024-12-31', 'publication')],
  ['publication fallback, a stock', r('2024-06-15', 'The population of Nigeria is 223 million.', '223 million', '2024-01-01', '2024-12-31', 'publication')],
];

describe('extract: periods', () => {
  it.each(ROWS)('%s', (_name, row) => {
    const { claims } = extract(row.text, { publishedAt: row.publishedAt, title: null });
    const claim = claims.find((c) => c.quote.exact === row.figure);
    expect(claim, `no claim quoted "${row.figure}"; got ${claims.map((c) => JSON.stringify(c.quote.exact)).join(', ')}`).toBeDefined();
    expect(claim!.period).toMatchObject({ start: row.start, end: row.end, resolution: row.resolution });
    // A figure dated only by its publication is never compared with others.
    if (row.resolution === 'publication') expect(claim!.comparable).toBe(false);
  });

  it('compares a figure whose period the text states and whose proposition is complete', () => {
    const [c] = extract("Germany's exports to China fell 8% in H1 2024.", { publishedAt: '2024-08-15', title: null }).claims;
    expect(c!.comparable).toBe(true);
  });
});
