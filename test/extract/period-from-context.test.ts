import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { itDatesEach, type PeriodRow, periodRow } from './period-rows.js';

/**
 * Where a figure's period comes from when its own words do not name one: the lead's month when the report came out on
 * that month's last day, a record's reach back that is not the figure's time, and the figure moved from after a
 * participle ("declining to … from …") that is of the period before.
 */
const ROWS: Array<[string, PeriodRow]> = [
  [
    'a month reported on its last day dates the figures after the lead',
    periodRow(
      '2024-05-31',
      'Chile jobless rate eases',
      'Unemployment in Chile fell in May, the statistics office said on Friday.\nThe jobless rate stood at 8.3 percent.',
      '8.3 percent',
      '2024-05-01',
      '2024-05-31',
    ),
  ],
  [
    '"a more than three-year low in May" bounds a time, it sets no month against another',
    periodRow(
      '2024-05-31',
      'Peru inflation slows',
      'Consumer prices in Peru rose at a more than three-year low pace in May, the central bank said.\nThe annual rate reached 2.1 percent.',
      '2.1 percent',
      '2024-05-01',
      '2024-05-31',
    ),
  ],
  [
    'a superlative a noun phrase before "since" makes the since a record’s reach',
    periodRow(
      '2024-04-10',
      'Swedish retail sales',
      'March brought the smallest monthly gain in Swedish retail sales since August 2022 (0.3%).',
      '0.3%',
      '2024-03-01',
      '2024-03-31',
    ),
  ],
  [
    '"declining to X from Y": Y is of the period before',
    periodRow(
      '2024-04-15',
      'Copper exports',
      "Chile's copper exports fell in March.\nShipments slowed, with copper exports declining to $3.1 billion from $3.6 billion.",
      '$3.6 billion',
      '2024-02-01',
      '2024-02-29',
    ),
  ],
  [
    '"falling to X from Y": X is of the period at hand',
    periodRow(
      '2024-04-15',
      'Copper exports',
      "Chile's copper exports fell in March.\nShipments slowed, with copper exports falling to $3.1 billion from $3.6 billion.",
      '$3.1 billion',
      '2024-03-01',
      '2024-03-31',
    ),
  ],
  [
    '"the same month last year" in a monthly release dates its later undated figures to the month before publication',
    periodRow(
      '2024-03',
      'Wizz Air traffic',
      'Wizz Air carried 4.3 million passengers, up 12% on the same month last year.\nIts load factor reached 91%.',
      '91%',
      '2024-02-01',
      '2024-02-29',
    ),
  ],
  [
    '"down from prior month\'s X", without its article, is the month before',
    periodRow(
      '2024-07-03',
      'Turkey inflation eases',
      "Turkey's annual inflation eased to 71.6% in June.\nThe rate was down from prior month's 75.5%.",
      '75.5%',
      '2024-05-01',
      '2024-05-31',
    ),
  ],
  [
    '"this month" in the first days of a month, in a report on the month before, is that month',
    periodRow(
      '2024-07-02',
      'Spain jobless claims',
      'Registered unemployment in Spain fell in June.\nClaims by young people dropped 3.1% this month, the ministry said.',
      '3.1%',
      '2024-06-01',
      '2024-06-30',
    ),
  ],
  [
    'a year a multiple is set against ("double the amount paid in 2015") is not the time the next sentence is about',
    periodRow(
      '2025-03-10',
      'Harbour City Marathon',
      'The Harbour City Marathon will pay out $1.2 million this year, double the amount paid in 2015. Winners will receive $90,000 each.',
      '$90,000',
      '2025-01-01',
      '2025-12-31',
    ),
  ],
  [
    '"this month" later in a month is the month it is written in',
    periodRow(
      '2024-07-20',
      'Spain jobless claims',
      'Registered unemployment in Spain fell in June.\nClaims by young people dropped 3.1% this month, the ministry said.',
      '3.1%',
      '2024-07-01',
      '2024-07-20',
    ),
  ],
];

describe('periods from context', () => {
  itDatesEach(ROWS);

  it('a figure restated value for value, with no time of its own, takes its dated statement’s period', () => {
    const text =
      "Adidas beat analysts' forecasts, the company said.\nAdidas's revenue was $12.4 billion in the first quarter, it said.\nAdidas's revenue of $12.4 billion was well above what analysts had expected.";
    const { claims } = extract(text, { publishedAt: '2024-05-10', title: 'Adidas beats forecasts', publisher: null });
    const restated = claims.filter((c) => c.quote.exact === '$12.4 billion');
    expect(restated).toHaveLength(2);
    expect(restated.map((c) => [c.period?.start, c.period?.end])).toEqual([
      ['2024-01-01', '2024-03-31'],
      ['2024-01-01', '2024-03-31'],
    ]);
  });
});

// A time a sentence sets against its own ("up on its 32.1 % share in 2019", "a gain of 211 on 2019", "reduced to nine
// seats from 48 in 2019") dates neither the figure before it nor the sentences after it; and the step after a time long
// past is not known.
describe('times set against the sentence’s own', () => {
  itDatesEach([
    [
      '"barely up on its 32.1% share in 2019" is no time of the lead',
      periodRow(
        '2024-07-05',
        'Labour wins landslide',
        'Labour took 33.7% of the vote, barely up on its 32.1% share in 2019.\n\nThe Liberal Democrats won 72 seats.',
        '72 seats',
        '2024-01-01',
        '2024-12-31',
      ),
    ],
    [
      '"a gain of 211 on 2019" is no time of the lead',
      periodRow(
        '2024-07-05',
        'Labour wins landslide',
        'Labour won 412 seats, a gain of 211 on 2019.\n\nThe Liberal Democrats won 72 seats.',
        '72 seats',
        '2024-01-01',
        '2024-12-31',
      ),
    ],
    [
      '"reduced to nine seats from 48 in 2019", written in 2024: not of 2020',
      periodRow('2024-07-05', 'Labour wins landslide', 'The SNP was reduced to nine seats from 48 in 2019.', 'nine seats', '2024-01-01', '2024-12-31'),
    ],
    [
      'the sentence after "reduced to nine seats from 48 in 2019" is not of 2019',
      periodRow(
        '2024-07-05',
        'Labour wins landslide',
        'The SNP was reduced to nine seats from 48 in 2019. Turnout in Britain was 59.9%.',
        '59.9%',
        '2024-01-01',
        '2024-12-31',
      ),
    ],
    [
      'a day a change happened on is its time, not a base ("fell 1.2% on 24 June")',
      periodRow(
        '2024-07-05',
        'Markets',
        'Oil output in Saudi Arabia rose on June 30, 2024, to 12.9 million barrels a day.',
        '12.9 million',
        '2024-06-30',
        '2024-06-30',
      ),
    ],
    [
      '"has grown to 2.1 million from 1.6 million in 2000": the level reached is not of 2000',
      periodRow(
        '2024-07-05',
        'City figures',
        "The city's population has grown to 2.1 million from 1.6 million in 2000.",
        '2.1 million',
        '2024-01-01',
        '2024-12-31',
      ),
    ],
    [
      'a level dated only by the change set right after it ("€4.3 billion (RM22.1 billion), up 28 per cent from 2022") is of the change\'s year',
      periodRow(
        '2024-02-09',
        'Hermes posts record annual sales',
        'The group reported a profit of €4.3 billion (RM22.1 billion), up 28 per cent from 2022.',
        '€4.3 billion',
        '2023-01-01',
        '2023-12-31',
      ),
    ],
    [
      '"declined to 24.24 million tonnes from 26.05 million tonnes", in a story about 2023-24: the level moved from is of 2022-23',
      periodRow(
        '2024-09-26',
        'India crop output 2023-24',
        'Rice production in India touched a record 137.82 million tonnes in 2023-24. However, pulses production declined to 24.24 million tonnes from 26.05 million tonnes.',
        '26.05 million',
        '2022-04-01',
        '2023-03-31',
      ),
    ],
    [
      "… and the level moved to keeps the story's year",
      periodRow(
        '2024-09-26',
        'India crop output 2023-24',
        'Rice production in India touched a record 137.82 million tonnes in 2023-24. However, pulses production declined to 24.24 million tonnes from 26.05 million tonnes.',
        '24.24 million',
        '2023-04-01',
        '2024-03-31',
      ),
    ],
    [
      '"has 270 million subscribers, up 16% from 2023": a present level takes no year from the change after it',
      periodRow('2024-05-20', 'Latest figures', 'Netflix has 270 million subscribers, up 16% from 2023.', '270 million', '2024-01-01', '2024-12-31'),
    ],
    [
      '"stands at $34 trillion, up 40% from 2019": nor the year after a base long past',
      periodRow(
        '2024-05-20',
        'Latest figures',
        'The national debt of the United States stands at $34 trillion, up 40% from 2019.',
        '$34 trillion',
        '2024-01-01',
        '2024-12-31',
      ),
    ],
    [
      'a step from a recent month still dates the level reached ("fell to 4.1% from 4.3% in March", in May)',
      periodRow('2024-05-10', 'Jobless rate falls', 'The unemployment rate in Canada fell to 4.1% from 4.3% in March.', '4.1%', '2024-04-01', '2024-04-30'),
    ],
  ]);
});
