import { describe } from 'vitest';
import { itDatesEach, periodRow as r, type PeriodRow as Row } from './period-rows.js';

const ROWS: Array<[string, Row]> = [
  // A count of years back from the publication.
  [
    '"10 years ago", written in 2024: 2014',
    r(
      '2024-06-13',
      'Harbour regatta prize fund',
      'The new £9 million prize fund is twice the £4.5 million that was paid out to crews 10 years ago.',
      '£4.5 million',
      '2014-01-01',
      '2014-12-31',
    ),
  ],
  [
    '"a decade ago", written in 2021: 2011',
    r(
      '2021-03-02',
      'Valley orchards',
      'Apple growers in the valley shipped 310,000 tonnes of fruit a decade ago.',
      '310,000 tonnes',
      '2011-01-01',
      '2011-12-31',
    ),
  ],
  [
    '"five years earlier", written in 2019: 2014',
    r(
      '2019-09-20',
      'Ferry traffic',
      'The ferry line carried 2.1 million passengers five years earlier, the operator said.',
      '2.1 million passengers',
      '2014-01-01',
      '2014-12-31',
    ),
  ],
  // "In that time": the period the sentence before named.
  [
    '"in that time" is the period the sentence before named',
    r(
      '2023-08-02',
      'Gullwing Air traffic',
      'Gullwing Air posted €210m in profit after tax for the three months to the end of June. In that time it generated €1.4bn in total revenue.',
      '€1.4bn',
      '2023-04-01',
      '2023-06-30',
    ),
  ],
  // A span up to now ("since 2015") is what one sentence says of a trend: the sentences after it keep the text's time.
  [
    'a figure after a sentence about a trend "since 2015" keeps the time of the text',
    r(
      '2024-12-11',
      'Cholera report 2023',
      'Cholera cases reached 535,000 in 2023, the agency said. Gains against the disease have stalled since 2015, it warned. Funding stands at $1.2 billion, half of what is needed.',
      '$1.2 billion',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  // A change measured against the same period a year before is of that period a year on.
  [
    '"up 3% from 20.2 million during the same month last year", in a monthly release that names no month',
    r(
      '2025-08',
      'Skylark Air sets monthly record',
      'Skylark Air sets monthly record\nThat is up 4% from 6.1 million during the same month last year.',
      '4%',
      '2025-07-01',
      '2025-07-31',
    ),
  ],
  [
    '… but a change whose sentence names its own month keeps it',
    r('2024-07-15', 'Mill town retail', 'Shop sales in the county rose 5% in May from the same month last year.', '5%', '2024-05-01', '2024-05-31'),
  ],
  // "after X reported …": what was reported is the sentence's own time, however many words name the reporter.
  [
    '"come after the 2023 Harbour Regatta reported profits of £3.1 million and revenue of £40.2 million": both 2023',
    r(
      '2024-06-13',
      'Harbour Regatta 2024 prize money',
      'The Harbour Regatta 2024 prize fund rose 9%. These increases come after the 2023 Harbour Regatta reported profits of £3.1 million and revenue of £40.2 million.',
      '£40.2 million',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  // A sentence that opens by pointing back at the one before it is about that sentence's figures.
  [
    '"That is an increase of 9%" after a figure of the first quarter, in a sentence that also names the year: the quarter',
    r(
      '2024-03-10',
      'Arlen port report',
      "The port of Arlen handled 1.2 million containers in the first quarter of 2023, according to its report on 2023 as a whole. That is an increase of 9% on the port's own count.",
      '9%',
      '2023-01-01',
      '2023-03-31',
    ),
  ],
  [
    '… but a sentence that does not point back keeps the time of the paragraph',
    r(
      '2024-03-10',
      'Arlen port report',
      'The port of Arlen handled 1.2 million containers in the first quarter of 2023, according to its report on 2023 as a whole. Cargo revenue rose 9%.',
      '9%',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  // A month a change is measured "on" is its base: it dates neither the change nor what its clause goes on to say.
  [
    '"a 7% increase on July last year": the change is this July\'s',
    r(
      '2023-08-03',
      'Gullwing Air July traffic',
      'Gullwing Air flew a record 4.2 million people during the month of July.\nIt represents a 7% increase on July last year with 93% of seats being filled.',
      '7%',
      '2023-07-01',
      '2023-07-31',
    ),
  ],
  [
    '"… on July last year with 93% of seats being filled": so is the load factor',
    r(
      '2023-08-03',
      'Gullwing Air July traffic',
      'Gullwing Air flew a record 4.2 million people during the month of July.\nIt represents a 7% increase on July last year with 93% of seats being filled.',
      '93%',
      '2023-07-01',
      '2023-07-31',
    ),
  ],
  // A weekday read against the day of publication, after "by" or "as of", or in the possessive.
  [
    '"by Sunday afternoon", in a Monday story: the Sunday before',
    r(
      '2018-11-26',
      'Canyon fire update',
      "By Sunday afternoon, officials couldn't account for 212 people, the sheriff's office said.",
      '212 people',
      '2018-11-25',
      '2018-11-25',
    ),
  ],
  [
    '"in Saturday\'s quake", in a Sunday story: the Saturday',
    r(
      '2005-10-09',
      'Quake toll rises',
      "At least 1,250 people died in Saturday's quake in the northern valleys.",
      'At least 1,250 people',
      '2005-10-08',
      '2005-10-08',
    ),
  ],
  [
    '… but "by Friday, Oct. 7" is the date it names, not the Friday before',
    r('2022-10-03', 'Storm outages', 'The utility expects to restore power to 95% of customers by Friday, Oct. 7.', '95%', '2022-10-07', '2022-10-07'),
  ],
];

describe('periods of classes first seen on held-out text', () => {
  itDatesEach(ROWS);
});
