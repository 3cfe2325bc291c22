import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

interface Row {
  publishedAt: string;
  text: string;
  figure: string;
  start: string | null;
  end: string | null;
  resolution: 'explicit' | 'relative' | 'publication' | 'unresolved';
}

const r = (publishedAt: string, text: string, figure: string, start: string | null, end: string | null, resolution: Row['resolution'] = 'explicit'): Row => ({
  publishedAt,
  text,
  figure,
  start,
  end,
  resolution,
});

const ROWS: Array<[string, Row]> = [
  // Fiscal years follow the budget owner's calendar.
  [
    'US fiscal year, named subject',
    r('2024-11-20', "The United States' federal budget deficit reached $1.8 trillion in fiscal year 2024.", '$1.8 trillion', '2023-10-01', '2024-09-30'),
  ],
  ['US fiscal year, "FY2024"', r('2024-11-20', 'The US federal deficit was $1.8 trillion in FY2024.', '$1.8 trillion', '2023-10-01', '2024-09-30')],
  [
    'US fiscal year, subject from the agency',
    r('2024-11-20', 'The CBO said federal spending reached $6.8 trillion in fiscal year 2024.', '$6.8 trillion', '2023-10-01', '2024-09-30'),
  ],
  [
    'Indian fiscal year (April to March)',
    r('2024-06-15', "India's fiscal deficit reached ₹17 trillion in fiscal year 2024.", '₹17 trillion', '2023-04-01', '2024-03-31'),
  ],
  [
    '"fiscal year" of a calendar-year budget',
    r('2024-06-15', "Germany's budget deficit reached €100 billion in fiscal year 2023.", '€100 billion', '2023-01-01', '2023-12-31'),
  ],

  ['"2023-24" in Japan runs April to March', r('2024-06-15', "Japan's defence budget rose 16% in 2023-24.", '16%', '2023-04-01', '2024-03-31')],
  [
    '"2023-24" in Australia runs July to June',
    r('2024-09-15', "Australia's budget surplus was A$16 billion in 2023-24.", 'A$16 billion', '2023-07-01', '2024-06-30'),
  ],
  [
    '"FY2023/24" of a canal is its country’s fiscal year (Egypt: July to June)',
    r('2024-07-10', "Egypt's Suez Canal revenue fell to $7.2 billion in FY2023/24.", '$7.2 billion', '2023-07-01', '2024-06-30'),
  ],
  [
    '"fiscal year 2022/2023", the second year written in full',
    r('2023-07-10', 'Suez Canal revenue rose to $9.4 billion in fiscal year 2022/2023.', '$9.4 billion', '2022-07-01', '2023-06-30'),
  ],
  [
    '"the 2023/2024 fiscal year" in India runs April to March',
    r('2024-07-10', "India's fiscal deficit was 5.6% of GDP in the 2023/2024 fiscal year.", '5.6%', '2023-04-01', '2024-03-31'),
  ],
  ['"2022-2023" with no word of a fiscal year is the two years', r('2024-07-10', 'Exports rose 5% in 2022-2023.', '5%', '2022-01-01', '2023-12-31')],
  [
    '"2023/24" in Britain runs April to March',
    r('2024-06-15', "Britain's public sector net borrowing was £121 billion in 2023/24.", '£121 billion', '2023-04-01', '2024-03-31'),
  ],
  [
    'a quarter of a fiscal year written across two years, in India: April to March',
    r('2024-05-31', "India's real GDP in Q4 of 2023-24 is estimated at Rs 47.24 lakh crore.", 'Rs 47.24 lakh crore', '2024-01-01', '2024-03-31'),
  ],
  [
    'a quarter of a fiscal year across a century: "Q4 of 1999-00"',
    r('2000-06-30', "India's real GDP grew 6.4% in Q4 of 1999-00.", '6.4%', '2000-01-01', '2000-03-31'),
  ],
  [
    'a half of a fiscal year written across two years, its owner unknown: April to March',
    r('2024-11-08', 'Acme Textiles made a net profit of 41 crore rupees in the first half of FY2024-25.', '41 crore rupees', '2024-04-01', '2024-09-30'),
  ],
  [
    'a quarter of a fiscal year written across two years, in Australia: July to June',
    r('2024-06-05', "Australia's GDP grew 0.1% in the fourth quarter of 2023-24.", '0.1%', '2024-04-01', '2024-06-30'),
  ],
  [
    '"the current financial year" of India, in August: April to March',
    r(
      '2024-08-08',
      'The Reserve Bank of India retained its GDP growth forecast of 7.2% for the current financial year.',
      '7.2%',
      '2024-04-01',
      '2025-03-31',
      'relative',
    ),
  ],
  [
    '"next fiscal year" of Japan, in January: the year from April',
    r('2024-01-20', "Japan's government expects the economy to grow 1.3% in real terms next fiscal year.", '1.3%', '2024-04-01', '2025-03-31', 'relative'),
  ],
  [
    '"the current fiscal year" of a company whose convention is unknown is not dated',
    r('2024-08-08', 'Acme Corp expects revenue growth of 5% in the current fiscal year.', '5%', null, null, 'unresolved'),
  ],
  [
    'a level moved up from, with its own time after what was recorded, is of that time, not the quarter before',
    r(
      '2024-05-31',
      "India's GDP growth rate for the quarter ending March 31, 2024, soared to 7.8 per cent, up from the 6.2 per cent growth recorded during the same period in the previous fiscal year.",
      '6.2 per cent',
      '2023-01-01',
      '2023-03-31',
    ),
  ],
  [
    '"the same period in the previous fiscal year" is the base period a year before',
    r(
      '2024-05-31',
      "India's GDP growth rate for the quarter ending March 31, 2024, soared to an impressive 7.8 per cent, marking a substantial leap from the 6.2 per cent growth recorded during the same period in the previous fiscal year.",
      '6.2 per cent',
      '2023-01-01',
      '2023-03-31',
    ),
  ],
  [
    "a change shown between a level and the level it is set against is of the first level's time",
    r(
      '2024-05-31',
      "India's real GDP in Q4 of 2023-24 is estimated at Rs 47.24 lakh crore, against Rs 43.84 lakh crore in Q4 of 2022-23, showing a growth rate of 7.8 per cent.",
      '7.8 per cent',
      '2024-01-01',
      '2024-03-31',
    ),
  ],
  ['"2010-15" is a span of years, not a fiscal year', r('2024-06-15', "Chile's exports to China rose 30% in 2010-15.", '30%', '2010-01-01', '2015-12-31')],

  // The year so far.
  [
    '"since the beginning of 2024" runs to publication',
    r('2024-05-13', "Norway's gas exports to Germany rose 12% since the beginning of 2024.", '12%', '2024-01-01', '2024-05-13'),
  ],
  [
    '"so far this year" runs to publication',
    r('2024-05-13', "Norway's gas exports to Germany rose 12% so far this year.", '12%', '2024-01-01', '2024-05-13', 'relative'),
  ],

  // Twelve months ending in a named month.
  [
    '"the year ending June 2023"',
    r('2024-06-15', 'Net migration to Australia reached 518,000 in the year ending June 2023.', '518,000', '2022-07-01', '2023-06-30'),
  ],
  ['"the year to June 2023"', r('2024-06-15', 'Net migration to Britain reached 685,000 in the year to June 2023.', '685,000', '2022-07-01', '2023-06-30')],
  ['"the year ending March 2024"', r('2024-06-15', "Russia's exports to India fell 5% in the year ending March 2024.", '5%', '2023-04-01', '2024-03-31')],

  // Months, quarters, halves.
  ['"January–February 2024" (en dash)', r('2024-06-15', "China's exports to Russia rose 4% in January–February 2024.", '4%', '2024-01-01', '2024-02-29')],
  ['"January-February 2024" (hyphen)', r('2024-06-15', "China's exports to Russia rose 4% in January-February 2024.", '4%', '2024-01-01', '2024-02-29')],
  ['"January–February" with no year', r('2024-06-15', "China's exports to Russia rose 4% in January–February.", '4%', '2024-01-01', '2024-02-29', 'relative')],
  ['"between January and May 2024"', r('2024-06-15', "China's exports to Russia rose 4% between January and May 2024.", '4%', '2024-01-01', '2024-05-31')],
  [
    '"the first seven months of 2024"',
    r('2024-09-15', 'Trade between China and Russia reached $140 billion in the first seven months of 2024.', '$140 billion', '2024-01-01', '2024-07-31'),
  ],
  [
    '"the first five months of the year"',
    r('2024-06-15', "China's exports to Russia rose 4% in the first five months of the year.", '4%', '2024-01-01', '2024-05-31', 'relative'),
  ],
  ['"Q3 2024"', r('2024-11-15', "China's imports from Russia fell 3% in Q3 2024.", '3%', '2024-07-01', '2024-09-30')],
  ['"the third quarter of 2024"', r('2024-11-15', "China's imports from Russia fell 3% in the third quarter of 2024.", '3%', '2024-07-01', '2024-09-30')],
  [
    '"the first quarter" with no year',
    r('2024-06-15', "China's exports to Russia rose 4% in the first quarter.", '4%', '2024-01-01', '2024-03-31', 'relative'),
  ],
  [
    '"the fourth quarter of last year"',
    r('2024-06-15', "Chile's exports to China rose 9% in the fourth quarter of last year.", '9%', '2023-10-01', '2023-12-31', 'relative'),
  ],
  ['"H1 2024"', r('2024-08-15', "Germany's exports to China fell 8% in H1 2024.", '8%', '2024-01-01', '2024-06-30')],
  ['"the first half of 2024"', r('2024-08-15', "Germany's exports to China fell 8% in the first half of 2024.", '8%', '2024-01-01', '2024-06-30')],
  ['"December 2023"', r('2024-06-15', "Spain's unemployment rate fell to 11.8% in December 2023.", '11.8%', '2023-12-01', '2023-12-31')],
  [
    '"December" read before publication in June',
    r('2024-06-15', "Spain's unemployment rate fell to 11.8% in December.", '11.8%', '2023-12-01', '2023-12-31', 'relative'),
  ],

  [
    '"a now estimated" dates the estimate, not the figure',
    r(
      '2024-11-28',
      'Net migration to Ireland fell 15% in the 12 months to June this year to a now estimated 68,000.',
      'estimated 68,000',
      '2023-07-01',
      '2024-06-30',
      'relative',
    ),
  ],

  // Years relative to publication.
  ['"last year"', r('2024-06-15', "Poland's defence spending rose 75% last year.", '75%', '2023-01-01', '2023-12-31', 'relative')],
  ['"last year" published in January', r('2025-01-20', "Poland's defence spending rose 75% last year.", '75%', '2024-01-01', '2024-12-31', 'relative')],
  ['"the year before last"', r('2024-06-15', "Poland's defence spending rose 75% the year before last.", '75%', '2022-01-01', '2022-12-31', 'relative')],
  ['"this year"', r('2024-06-15', "Poland's defence spending rose 75% this year.", '75%', '2024-01-01', '2024-12-31', 'relative')],

  // A stock is dated at the end of the period it is stated for.
  ['stock, population in a year', r('2024-06-15', "Nigeria's population reached 223 million in 2023.", '223 million', '2023-12-31', '2023-12-31')],
  ['stock, public debt in a year', r('2024-06-15', "Italy's public debt reached €2.9 trillion in 2023.", '€2.9 trillion', '2023-12-31', '2023-12-31')],
  [
    'stock, reserves in a half-year',
    r('2024-06-15', "Russia's gold reserves reached $150 billion in the first half of 2024.", '$150 billion', '2024-06-30', '2024-06-30'),
  ],
  [
    'stock, "at the end of 2023"',
    r('2024-06-15', "Saudi Arabia's foreign exchange reserves stood at $437 billion at the end of 2023.", '$437 billion', '2023-12-31', '2023-12-31'),
  ],
  [
    'a stock "by end-2025" is of the last day of that year',
    r(
      '2024-11-03',
      "Russia's foreign exchange reserves will reach $700 billion by end-2025, the central bank said.",
      '$700 billion',
      '2025-12-31',
      '2025-12-31',
    ),
  ],
  [
    'a rate "by end 2025" is of that year',
    r('2024-11-03', 'The central bank expects inflation in Spain to fall to 2.5% by end 2025.', '2.5%', '2025-01-01', '2025-12-31'),
  ],
  [
    'a flow "year-end 2024" spans that year',
    r(
      '2024-11-03',
      "Goldman Sachs raised its year-end 2024 forecast for Russia's oil production to 9.5 million bpd.",
      '9.5 million bpd',
      '2024-01-01',
      '2024-12-31',
    ),
  ],
  [
    'a pair of quarters, "the third and fourth quarters of 2023", spans both',
    r('2024-06-05', "Spain's exports grew 2% in the third and fourth quarters of 2023.", '2%', '2023-07-01', '2023-12-31'),
  ],
  [
    'a pair of quarters written in the singular, "the second and third quarter of 2023"',
    r('2024-06-05', "Spain's exports grew 2% in the second and third quarter of 2023.", '2%', '2023-04-01', '2023-09-30'),
  ],
  [
    'a rate "by end of 2025" is of that year',
    r('2024-11-03', 'The central bank expects inflation in Spain to fall to 2.5% by end of 2025.', '2.5%', '2025-01-01', '2025-12-31'),
  ],
  [
    'quarters not in a row, "the first and third quarters", are no span of the two',
    r('2024-06-05', "Spain's exports fell 4% in the first and third quarters of 2023.", '4%', '2023-01-01', '2023-12-31'),
  ],
  ['the change of a stock spans the year', r('2024-06-15', "China's installed capacity of wind power rose 21% in 2023.", '21%', '2023-01-01', '2023-12-31')],

  // A year of comparison is not the figure's period.
  [
    'the year a figure follows, "after a record 2022", is no time of the figure',
    r('2024-02-01', "Shell's profits fell to £22bn after a record 2022.", '£22bn', '2024-01-01', '2024-12-31', 'publication'),
  ],
  [
    '"than in 2022" after a stated year',
    r('2024-06-15', 'Trade between India and Russia was 48% higher in 2023 than in 2022.', '48%', '2023-01-01', '2023-12-31'),
  ],
  ['"than in 2022" alone', r('2024-06-15', 'Exports from Brazil to China were 10% higher than in 2022.', '10%', '2024-01-01', '2024-12-31', 'publication')],
  ['"higher than in 2022"', r('2024-06-15', "Turkey's inflation rate was 65%, higher than in 2022.", '65%', '2024-01-01', '2024-12-31', 'publication')],
  [
    '"up from … in 2022" dates the earlier figure',
    r('2024-06-15', 'Trade between India and Russia reached $65 billion in 2023, up from $13 billion in 2022.', '$13 billion', '2022-01-01', '2022-12-31'),
  ],
  [
    '"up from … in 2022" leaves the main figure in 2023',
    r('2024-06-15', 'Trade between India and Russia reached $65 billion in 2023, up from $13 billion in 2022.', '$65 billion', '2023-01-01', '2023-12-31'),
  ],

  // "Since" a record year is not the period.
  [
    '"the highest since 1990" after a stated year',
    r('2024-06-15', 'Inflation in Argentina reached 211% in 2023, the highest since 1990.', '211%', '2023-01-01', '2023-12-31'),
  ],
  [
    '"the highest since 1990" alone',
    r('2024-06-15', 'Inflation in Argentina hit 211%, its highest level since 1990.', '211%', '2024-01-01', '2024-12-31', 'publication'),
  ],
  [
    '"the sharpest drop since 2009"',
    r('2024-06-15', "Japan's exports to China fell 6%, the sharpest drop since 2009.", '6%', '2024-01-01', '2024-12-31', 'publication'),
  ],
  [
    '"a record since 2009" after a stated year',
    r('2024-06-15', 'Sales of electric cars in Norway reached 104,000 in 2023, a record since 2009.', '104,000', '2023-01-01', '2023-12-31'),
  ],

  // Months ending a named month, quarters and halves said in other ways.
  [
    '"the three months to the end of December"',
    r('2024-02-20', "Canada's GDP grew 0.3% in the three months to the end of December.", '0.3%', '2023-10-01', '2023-12-31', 'relative'),
  ],
  [
    '"the 12 months to June this year"',
    r('2024-11-20', 'Net migration to Ireland reached 79,000 in the 12 months to June this year.', '79,000', '2023-07-01', '2024-06-30', 'relative'),
  ],
  [
    '"the final quarter of last year", written in January',
    r('2024-01-20', "Austria's economy shrank 0.2% in the final quarter of last year.", '0.2%', '2023-10-01', '2023-12-31', 'relative'),
  ],
  ['"the final three months of 2023"', r('2024-03-20', "Poland's exports rose 2% in the final three months of 2023.", '2%', '2023-10-01', '2023-12-31')],
  [
    '"last quarter" is the quarter before publication',
    r('2024-08-05', 'Volvo sold 180,000 cars last quarter.', '180,000 cars', '2024-04-01', '2024-06-30', 'relative'),
  ],
  ['"the 3rd quarter of 2023"', r('2024-03-20', "Chile's exports to China rose 9% in the 3rd quarter of 2023.", '9%', '2023-07-01', '2023-09-30')],
  [
    '"in the past three months", written in January',
    r('2024-01-05', 'Hyundai sold 190,000 cars in the past three months.', '190,000 cars', '2023-10-01', '2023-12-31', 'relative'),
  ],
  ['a decade', r('2024-06-15', "In the 1970s Norway's oil output grew 40%.", '40%', '1970-01-01', '1979-12-31')],
  [
    '"the two years of 2016 and 2017" is one span',
    r('2024-06-15', 'Hiring averaged 190,000 jobs a month over the two years of 2016 and 2017.', '190,000 jobs', '2016-01-01', '2017-12-31'),
  ],
  [
    '"since the 1990s" runs from the decade to publication',
    r('2024-06-15', 'Arctic summer ice has shrunk by about 13% since the 1990s.', 'about 13%', '1990-01-01', '2024-06-15'),
  ],

  [
    '"the three months to end of December"',
    r('2025-01-20', "Italy's economy grew 0.1% in the three months to end of December.", '0.1%', '2024-10-01', '2024-12-31', 'relative'),
  ],
  [
    '"during the past year", written in January',
    r('2024-01-12', 'Exports of Kenyan tea rose 8% during the past year.', '8%', '2023-01-01', '2023-12-31', 'relative'),
  ],
  [
    "an annual word before the next figure is that figure's",
    r(
      '2023-01-05',
      'In the final quarter of 2022, Kia built 400,000 cars, bringing annual output up to 1.5 million.',
      '400,000 cars',
      '2022-10-01',
      '2022-12-31',
    ),
  ],

  // A month named without its year is the last such month up to publication.
  [
    'a bare month in brackets',
    r('2024-01-12', 'Payroll gains were revised for October (105,000) and November (173,000).', '173,000', '2023-11-01', '2023-11-30', 'relative'),
  ],
  ['a month as the subject', r('2024-01-12', 'December saw gains in construction (+17,000).', '17,000', '2023-12-01', '2023-12-31', 'relative')],
  ['a possessive month', r('2024-01-12', "The jobless rate held at November's 3.7%.", '3.7%', '2023-11-01', '2023-11-30', 'relative')],
  ['"March last year"', r('2024-06-15', "Chile's exports to China rose 9% in March last year.", '9%', '2023-03-01', '2023-03-31', 'relative')],
  ['"may" the verb names no month', r('2024-06-15', "Chile's exports to China may rise 9% this year.", '9%', '2024-01-01', '2024-12-31', 'relative')],
  // … unless the words before it put it ahead of the writing: then it is this year's, as a day is.
  [
    'a month still to come',
    r('2024-06-13', "Germany's exports to China will reach €8 billion in November.", '€8 billion', '2024-11-01', '2024-11-30', 'relative'),
  ],
  [
    'a month gone, told in the past',
    r('2024-06-13', "Germany's exports to China reached €8 billion in November.", '€8 billion', '2023-11-01', '2023-11-30', 'relative'),
  ],
  [
    'a day still to come',
    r(
      '2024-06-13',
      "Wimbledon's prize money rises to £50 million when the tournament gets underway on 1 July.",
      '£50 million',
      '2024-07-01',
      '2024-07-01',
      'relative',
    ),
  ],
  [
    'a run of days still to come',
    r('2024-06-13', 'The tournament runs from July 1-14, with prize money of £50 million.', '£50 million', '2024-07-01', '2024-07-14', 'relative'),
  ],
  [
    'a day told in the past after a future',
    r('2024-06-13', 'The Fed said on 18 July that inflation will be 2.5%.', '2.5%', '2023-07-18', '2023-07-18', 'relative'),
  ],

  // A change from the period just before is the later period's figure; longer spans end with it.
  [
    '"up 1.7% from 2022" said of 2023',
    r('2024-06-15', "Brazil's exports reached $340 billion in 2023, up 1.7% from 2022.", '1.7%', '2023-01-01', '2023-12-31'),
  ],
  [
    '"in real terms from 2022" said of 2023',
    r('2024-06-15', 'Spending in Brazil reached $22 billion in 2023, an increase of 3% in real terms from 2022.', '3%', '2023-01-01', '2023-12-31'),
  ],
  [
    'a cumulative rise since a year ends with the year stated',
    r('2024-06-15', "Mexico's exports reached $593 billion in 2023, up 40% since 2015.", '40%', '2015-01-01', '2023-12-31'),
  ],
  [
    'a record since a year dates no figure after it',
    r('2024-06-15', "Chile's copper exports rose 9%, the biggest gain since 1995, to $50 billion.", '$50 billion', '2024-01-01', '2024-12-31', 'publication'),
  ],
  [
    '"than expected" compares with a forecast, not a time',
    r('2024-05-15', "Spain's retail sales were stronger than expected in March, rising 2%.", '2%', '2024-03-01', '2024-03-31', 'relative'),
  ],
  [
    '"fell from X to Y in December": X is November',
    r('2025-01-10', "Spain's jobless rate fell from 11.9% to 11.7% in December.", '11.9%', '2024-11-01', '2024-11-30', 'relative'),
  ],
  [
    '"grew from X to Y in 2023": X is 2022',
    r('2024-06-15', "Brazil's exports grew from $330 billion to $340 billion in 2023.", '$330 billion', '2022-01-01', '2022-12-31'),
  ],
  [
    '"revised down from X to Y" restates one period',
    r('2024-08-21', 'Job creation in the year to March 2024 was revised down from 2.9 million to 2.1 million.', '2.9 million', '2023-04-01', '2024-03-31'),
  ],
  [
    '"more than" bounding a figure compares with no time',
    r('2024-01-05', 'BYD sold more than 3 million vehicles in 2023.', 'more than 3 million vehicles', '2023-01-01', '2023-12-31'),
  ],
  [
    '"the same period last year" is a base',
    r('2024-06-15', "Kenya's tea exports rose 8% compared with the same period last year.", '8%', '2024-01-01', '2024-12-31', 'publication'),
  ],

  // No period in the text: the publication year, marked as such.
  ['publication fallback, a flow', r('2024-06-15', "Japan's exports to China fell 6%.", '6%', '2024-01-01', '2024-12-31', 'publication')],
  ['publication fallback, a rate', r('2024-06-15', "Brazil's unemployment rate stood at 7.9%.", '7.9%', '2024-01-01', '2024-12-31', 'publication')],
  ['publication fallback, a stock', r('2024-06-15', 'The population of Nigeria is 223 million.', '223 million', '2024-01-01', '2024-12-31', 'publication')],
];

/** Texts whose figures take their period from the sentences, paragraphs, headline or lead around them. */
interface ContextRow {
  publishedAt: string | null;
  title: string | null;
  text: string;
  figure: string;
  start: string | null;
  end: string | null;
  resolution: Row['resolution'] | 'unresolved';
}

const c = (
  publishedAt: string | null,
  title: string | null,
  text: string,
  figure: string,
  start: string | null,
  end: string | null,
  resolution: ContextRow['resolution'] = 'explicit',
): ContextRow => ({ publishedAt, title, text, figure, start, end, resolution });

const CONTEXT_ROWS: Array<[string, ContextRow]> = [
  [
    'the lead dates a later paragraph',
    c(
      '2024-04-22',
      'Shipbuilders report a record',
      'Shipyards in South Korea delivered 10 million tonnes of ships in 2023, the industry body said.\nHanwha Ocean delivered 2.1 million tonnes.',
      '2.1 million tonnes',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  [
    'a headline repeated as the first line is not the lead',
    c(
      '2024-04-22',
      'Shipbuilders report a record',
      'Shipbuilders report a record\nShipyards in South Korea delivered 10 million tonnes of ships in 2023, the industry body said.\nHanwha Ocean delivered 2.1 million tonnes.',
      '2.1 million tonnes',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  [
    'the headline comes before the lead',
    c(
      '2024-04-22',
      'Shipyards had a record 2022',
      'Shipyards in South Korea delivered 10 million tonnes of ships in 2023, the industry body said.\nHanwha Ocean delivered 2.1 million tonnes.',
      '2.1 million tonnes',
      '2022-01-01',
      '2022-12-31',
    ),
  ],
  [
    'no lead without a publication date',
    c(
      null,
      null,
      'Shipyards in South Korea delivered 10 million tonnes of ships in 2023, the industry body said.\nHanwha Ocean delivered 2.1 million tonnes.',
      '2.1 million tonnes',
      null,
      null,
      'unresolved',
    ),
  ],
  [
    'a lead about the present sets no period',
    c(
      '2025-06-12',
      null,
      'Negotiators met in Delhi earlier this month.\nTariffs of up to 40% still apply to cars.',
      'up to 40%',
      '2025-01-01',
      '2025-12-31',
      'publication',
    ),
  ],
  [
    'a list takes the period of the line above it',
    c(
      '2024-08-21',
      null,
      'Revisions for the 12 months through March 2024 were large:\n- Manufacturing jobs were cut by 40,000.\n- Retail jobs were cut by 25,000.',
      '25,000',
      '2023-04-01',
      '2024-03-31',
    ),
  ],
  [
    '"during the quarter" is the quarter named before',
    c(
      '2024-11-02',
      null,
      'Volvo sold 180,000 cars in the third quarter of 2024, and it is already 2025 in its plans. Its electric models made up 30,000 cars during the quarter.',
      '30,000 cars',
      '2024-07-01',
      '2024-09-30',
    ),
  ],
  [
    '"in the same period" is the period named before',
    c(
      '2024-08-02',
      null,
      'Ford sold 500,000 trucks in the first half of 2024. Toyota sold 450,000 trucks in the same period.',
      '450,000 trucks',
      '2024-01-01',
      '2024-06-30',
    ),
  ],
  [
    '"for the full year" is the year of the period named before',
    c(
      '2024-01-10',
      null,
      'Mazda delivered 300,000 cars in the fourth quarter of 2023. For the full year, it delivered 1.2 million cars.',
      '1.2 million cars',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  [
    'so is "throughout the year" after a month of it',
    c(
      '2025-01-15',
      null,
      'Global EV sales rose 25% in 2024. China maintained its dominance with December EV sales rising 36.5% to 1.3 million units, contributing to a total of 11 million vehicles sold throughout the year.',
      '11 million vehicles',
      '2024-01-01',
      '2024-12-31',
      'relative',
    ),
  ],
  [
    '"now" in a report on last month',
    c('2024-04-05', null, 'The economy added 150,000 jobs in March.\nThe jobless rate is now 3.9%.', '3.9%', '2024-03-01', '2024-03-31', 'relative'),
  ],
  [
    '"now" with a publication year only',
    c('2024', null, 'The economy added 150,000 jobs in March.\nThe jobless rate is now 3.9%.', '3.9%', '2024-01-01', '2024-12-31', 'relative'),
  ],
  [
    'a time said of a figure it follows dates no later figure',
    c(
      '2024-02-02',
      null,
      'Payrolls rose by 150,000 in January, down from 200,000 in December and below the 170,000 forecast.',
      '170,000',
      '2024-01-01',
      '2024-01-31',
      'relative',
    ),
  ],
  [
    'a comparison month leaves the paragraph its own',
    c(
      '2024-02-02',
      null,
      'Payrolls rose by 150,000 in January, down from 200,000 in December. The jobless rate held at 3.7%.',
      '3.7%',
      '2024-01-01',
      '2024-01-31',
      'relative',
    ),
  ],
  [
    'a change from the month before is the later month',
    c('2024-05-03', null, 'Canada added 90,000 jobs in April.\nAverage hourly wages rose 0.4% from March.', '0.4%', '2024-04-01', '2024-04-30', 'relative'),
  ],
  [
    'two changes from two bases are both the later month',
    c(
      '2024-05-03',
      null,
      'Canada added 90,000 jobs in April.\nHourly wages rose 0.4% from March and 4.8% from April 2023.',
      '4.8%',
      '2024-04-01',
      '2024-04-30',
      'relative',
    ),
  ],
  [
    'a change from a month with nothing else said is the month after',
    c('2024-05-20', null, "Sweden's jobless rate fell 0.2% from February's 8.6%.", '0.2%', '2024-03-01', '2024-03-31', 'relative'),
  ],
  [
    'the participants of an undated event know only the year',
    c(
      '2024-10-02',
      null,
      'The two navies held joint drills in July last year. Russia also staged a larger exercise, involving over 20,000 sailors and 300 vessels.',
      '300 vessels',
      '2023-01-01',
      '2023-12-31',
      'relative',
    ),
  ],
  [
    'a time closing a coordination dates each figure in it',
    c('2024-04-03', null, 'Kia built 210,000 cars and sold 190,000 cars during the first quarter.', '210,000 cars', '2024-01-01', '2024-03-31', 'relative'),
  ],
  [
    '"the same period" skips a year that only names a target',
    c(
      '2024-01-05',
      null,
      'Kia sold 190,000 cars in the fourth quarter of 2023, which let it meet its 2023 target.\nHyundai sold 210,000 cars in the same period.',
      '210,000 cars',
      '2023-10-01',
      '2023-12-31',
    ),
  ],
  [
    '"the full year" in a later clause leaves a quarter as it is',
    c(
      '2024-01-16',
      null,
      "Austria's economy shrank by 0.4% in the final quarter of last year and by 0.8% over the full-year 2023.",
      '0.4%',
      '2023-10-01',
      '2023-12-31',
      'relative',
    ),
  ],
  [
    'a year compared against leaves the paragraph its own',
    c(
      '2024-10-09',
      null,
      "The US federal deficit was $1.8 trillion in fiscal year 2024. It was $140 billion more than the shortfall recorded during fiscal year 2023. The US government's revenues rose by $480 billion.",
      '$480 billion',
      '2023-10-01',
      '2024-09-30',
    ),
  ],
  [
    'the month a report came out dates no figure',
    c(
      '2025-08-22',
      null,
      "Austria's economy shrank in the second quarter, official data showed.\nOutput fell 0.4 percent, as the agency revised an earlier July estimate of 0.2 percent.",
      '0.4 percent',
      '2025-04-01',
      '2025-06-30',
      'relative',
    ),
  ],
  [
    'the day of a press release dates no figure',
    c(
      '2024-01-12',
      null,
      'The planemaker said in a Jan. 11 press release that it delivered 735 aircraft to 87 customers in 2023.',
      '735 aircraft',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  [
    'a comparison base later in the clause dates no figure before it',
    c(
      '2025-02-07',
      null,
      'Employers added 140,000 jobs in January.\nHospitals added 40,000 jobs, down from a 2024 average of 55,000.',
      '40,000 jobs',
      '2025-01-01',
      '2025-01-31',
      'relative',
    ),
  ],
  [
    'times coordinated with one set against leave the paragraph its own',
    c(
      '2023-10-31',
      null,
      "Austria's GDP fell 0.2% in the third quarter of 2023. This follows growth in the second quarter of 2023 and stagnation in the first quarter. On a year-on-year basis, GDP was down 0.5%.",
      '0.5%',
      '2023-07-01',
      '2023-09-30',
    ),
  ],
  [
    "a rate's change over the past twelve months is the final month's",
    c(
      '2025-01-10',
      null,
      'Average hourly earnings rose to $35.69 in December.\nOver the past year, average hourly earnings have risen by 3.9%.',
      '3.9%',
      '2024-12-01',
      '2024-12-31',
      'relative',
    ),
  ],
  [
    '"the yearly increase" leaves the month as it is',
    c(
      '2024-06-07',
      null,
      'Average hourly pay rose 10 cents to $31.20 in May, nudging up the yearly increase to 4.1%.',
      '$31.20',
      '2024-05-01',
      '2024-05-31',
      'relative',
    ),
  ],
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

  it.each(CONTEXT_ROWS)('context: %s', (_name, row) => {
    const { claims } = extract(row.text, { publishedAt: row.publishedAt, title: row.title });
    const claim = claims.find((x) => x.quote.exact === row.figure);
    expect(claim, `no claim quoted "${row.figure}"; got ${claims.map((x) => JSON.stringify(x.quote.exact)).join(', ')}`).toBeDefined();
    expect(claim!.period).toMatchObject({ start: row.start, end: row.end, resolution: row.resolution });
    if (row.resolution === 'publication' || row.resolution === 'unresolved') expect(claim!.comparable).toBe(false);
  });

  it('compares a figure whose period the text states and whose proposition is complete', () => {
    const [c] = extract("Germany's exports to China fell 8% in H1 2024.", { publishedAt: '2024-08-15', title: null }).claims;
    expect(c!.comparable).toBe(true);
  });
});
