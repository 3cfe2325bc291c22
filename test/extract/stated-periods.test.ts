import { describe } from 'vitest';
import { itDatesEach, periodRow as r, type PeriodRow as Row } from './period-rows.js';

const AIRPORT = [
  'Norvik Airport handled 41 million passengers last year.',
  'Passenger numbers rose in the second half. November was the busiest month with 4.1m passengers with 11.2m across the fourth quarter. Q3 was the busiest quarter since 2019 with 12m passengers.',
  'Cargo volumes rose 8% in the first nine months of 2023, 2 percent above 2019.',
  'India was the largest market with 5.2m passengers.',
].join('\n');

const ROWS: Array<[string, Row]> = [
  // A year a figure is measured against is not the figure's time.
  [
    'a headline year after "surpasses" is the level surpassed, not the period',
    r('2024-02-22', 'Norvik Airport surpasses 2019 traffic in 2023', AIRPORT, '5.2m passengers', '2023-01-01', '2023-12-31'),
  ],
  [
    '"2 percent above 2019" is of the period its clause names',
    r('2024-02-22', 'Norvik Airport traffic report', AIRPORT, '2 percent', '2023-01-01', '2023-09-30'),
  ],
  [
    '"the busiest quarter since 2019" reaches back for a record, the figure is Q3\'s',
    r('2024-02-22', 'Norvik Airport traffic report', AIRPORT, '12m passengers', '2023-07-01', '2023-09-30'),
  ],
  [
    "a time after another figure is that figure's when the clause named its own before",
    r('2024-02-22', 'Norvik Airport traffic report', AIRPORT, '4.1m passengers', '2023-11-01', '2023-11-30'),
  ],
  ['… and the later figure keeps the time after it', r('2024-02-22', 'Norvik Airport traffic report', AIRPORT, '11.2m', '2023-10-01', '2023-12-31')],
  // A period the text says ended on a day or in a month.
  [
    '"its fiscal year that ended 31 March": the twelve months to March',
    r(
      '2013-05-10',
      'Kestrel Motors results',
      'Kestrel Motors said profits for its fiscal year that ended 31 March reached ¥612 billion.',
      '¥612 billion',
      '2012-04-01',
      '2013-03-31',
    ),
  ],
  [
    '"the fiscal year that ended in March"',
    r(
      '2024-05-10',
      'Kestrel Motors results',
      "In the fiscal year that ended in March, the carmaker's net profit rose to ¥2.1 trillion.",
      '¥2.1 trillion',
      '2023-04-01',
      '2024-03-31',
    ),
  ],
  [
    '"the quarter that ended July 27" is the quarter of the month it ends in',
    r(
      '2018-08-20',
      'Shopco results',
      'Shopco posted a net loss of $412 million for the quarter that ended July 27, the company said.',
      '$412 million',
      '2018-05-01',
      '2018-07-31',
    ),
  ],
  [
    '"after the bank posted a rise in profit in the half year ended 30 June" dates "the period" below it',
    r(
      '2010-08-03',
      'Bank profit doubles',
      'Shares in Ardent Bank rose after the bank posted a rise in pre-tax profit in the half year ended 30 June.\nThe bank said its pre-tax profit doubled to $5.2 billion in the period.',
      '$5.2 billion',
      '2010-01-01',
      '2010-06-30',
    ),
  ],
  [
    'a base after a comparison word still dates the figure after it, a figure between or not',
    r(
      '2019-08-12',
      'Measles report',
      'From January to July, 90 countries reported 200,100 measles infections, up from 80,400 cases reported in 88 countries during the same period last year.',
      '80,400 cases',
      '2018-01-01',
      '2018-07-31',
    ),
  ],
  [
    '"its first quarter, which ended in June": the three months to June',
    r(
      '2024-08-05',
      'Skyway passengers in July 2024',
      'Skyway reported a 46% drop in profit during its first quarter, which ended in June.',
      '46%',
      '2024-04-01',
      '2024-06-30',
    ),
  ],
  // A monthly release: the month at hand and the one before it.
  [
    "a time inside a bracket closed before the figure dates the bracket's figures, not the next one",
    r(
      '2023-12-19',
      'Euro area inflation eases in November',
      'Euro area inflation fell to 2.4% in November. Prices rose more slowly for services (+4% versus +4.6% in October), for non-energy goods (2.9% versus 3.5% in October).',
      '2.9%',
      '2023-11-01',
      '2023-11-30',
    ),
  ],
  [
    '… but a bracket that holds only a time is an aside on the noun before it',
    r(
      '2019-05-23',
      'Election turnout',
      'Turnout in the fourth phase of the election (April 29) stood at 64 per cent.',
      '64 per cent',
      '2019-04-29',
      '2019-04-29',
    ),
  ],
  [
    '"slower than the 7.4 percent rise a month ago": the base is the month before\'s',
    r(
      '2023-12-19',
      'Euro area inflation eases in November',
      'Euro area inflation fell to 2.4% in November.\nFood prices rose 6.9 percent, slower than the 7.4 percent rise a month ago.',
      '7.4 percent',
      '2023-10-01',
      '2023-10-31',
    ),
  ],
  [
    '"gained 2.9 percent, following a 3.5 percent increase": the month before the one at hand',
    r(
      '2023-12-19',
      'Euro area inflation eases in November',
      'Euro area inflation fell to 2.4% in November.\nIndustrial goods prices gained 2.9 percent, following a 3.5 percent increase.',
      '3.5 percent',
      '2023-10-01',
      '2023-10-31',
    ),
  ],
  [
    '… while the figure that follows it keeps the month at hand',
    r(
      '2023-12-19',
      'Euro area inflation eases in November',
      'Euro area inflation fell to 2.4% in November.\nIndustrial goods prices gained 2.9 percent, following a 3.5 percent increase.',
      '2.9 percent',
      '2023-11-01',
      '2023-11-30',
    ),
  ],
  // Runs of days.
  [
    '"the June 1-20 period": twenty days of June',
    r(
      '2025-06-23',
      'Exports rise',
      'Outbound shipments reached $41.2 billion in the June 1-20 period, customs data showed.',
      '$41.2 billion',
      '2025-06-01',
      '2025-06-20',
    ),
  ],
  [
    '"in the first 20 days of February"',
    r(
      '2025-02-24',
      'Exports rise',
      'Chip exports rose 18 percent in the first 20 days of February, customs data showed.',
      '18 percent',
      '2025-02-01',
      '2025-02-20',
    ),
  ],
  [
    '"between Jan. 1 and March 21": from one day to the other',
    r('2019-03-26', 'Measles cases', 'Between Jan. 1 and March 21, 287 measles cases were documented in 12 states.', '287 measles', '2019-01-01', '2019-03-21'),
  ],
  [
    '"an increase of 9% from a year earlier (82.3m at 92%)": the bracket restates the base',
    r(
      '2024-08-05',
      'Skyway passengers in July 2024',
      'In the 12 months to the end of July, Skyway flew 90.4m passengers, an increase of 9% from a year earlier (82.3m at 92%).',
      '82.3m',
      '2022-08-01',
      '2023-07-31',
    ),
  ],
  // A text dated only by its year.
  [
    '"in Q4", published in a year given without its month, is Q4 of the year the text is about',
    r(
      '2024',
      'Phone makers lose ground',
      'The global smartphone market slumped last year as shipments declined 3.2%.\nThe fourth quarter did see growth. The 8.5% shipments increase in Q4 was higher than expected.',
      '8.5%',
      '2023-10-01',
      '2023-12-31',
    ),
  ],
  // Spans and flows.
  [
    '"a 57% increase since 2021, rising to 17.9 cases … in 2023": the span ends with the year the sentence names',
    r(
      '2024-12',
      'World malaria report 2024',
      'The Eastern region has seen a 57% increase in malaria incidence since 2021, rising to 17.9 cases per 1000 population at risk in 2023.',
      '57%',
      '2021-01-01',
      '2023-12-31',
    ),
  ],
  // Months by other names.
  [
    '"in the seventh month of the year" is July',
    r(
      '2017-09-01',
      'Remittances rise',
      'The central bank reported that in the seventh month of the year migrants sent $2.1 billion home.',
      '$2.1 billion',
      '2017-07-01',
      '2017-07-31',
    ),
  ],
  [
    '"the June-through-September quarter" runs from June to September',
    r('2014-10-23', 'Airline profit', 'Skyco earned a record $612 million in the June-through-September quarter.', '$612 million', '2014-06-01', '2014-09-30'),
  ],
  [
    '"the same month last year", in a release that names no month, is the month before publication a year earlier',
    r(
      '2025-08',
      'Skyway sets monthly passenger record',
      'Skyway carried more passengers than ever. That is up 3% from 12.2 million passengers in the same month last year.',
      '12.2 million',
      '2024-07-01',
      '2024-07-31',
    ),
  ],
  [
    'a company\'s forecast for "Q4" is of the fourth quarter still ahead of it',
    r('2018-11-15', 'Walmart results', 'Looking ahead, Walmart expects Q4 earnings per share of $1.24 to $1.34.', '$1.24 to $1.34', '2018-11-01', '2019-01-31'),
  ],
];

describe('periods as the article states them', () => {
  itDatesEach(ROWS);
});
